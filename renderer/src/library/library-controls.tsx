// What narrows and orders the library list: the search box ("Search stories"), the status filter (a
// segmented group of radio buttons named "Status") and the order ("Sort by").

import { useId, type KeyboardEvent, type RefObject } from 'react';
import type { LibrarySort, StatusFilter } from '../../../shared/bridge/contract.ts';
import { MAX_SEARCH_LENGTH } from '../../../shared/bridge/contract.ts';

export const STATUS_FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'draft', label: 'Draft' },
  { value: 'edited', label: 'Edited' },
  { value: 'ready', label: 'Ready' },
];

export const SORTS: { value: LibrarySort; label: string }[] = [
  { value: 'updated', label: 'Last updated' },
  { value: 'created', label: 'Date created' },
  { value: 'headline', label: 'Headline (A–Z)' },
];

export function SearchBox({
  value,
  onChange,
  onLeaveDown,
  inputRef,
}: {
  value: string;
  onChange: (value: string) => void;
  /** Arrow Down from the box: move into the results. */
  onLeaveDown: () => void;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      onLeaveDown();
    } else if (event.key === 'Escape' && value) {
      // The browser's own Escape on a search field clears it too, but without telling React.
      event.preventDefault();
      onChange('');
    }
  };
  return (
    <div className="library-search">
      <svg className="library-search-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="6.5" cy="6.5" r="4.5" />
        <path d="M10 10l4 4" />
      </svg>
      <input
        ref={inputRef}
        type="search"
        className="library-search-input"
        aria-label="Search stories"
        placeholder="Search headlines, slugs and text"
        value={value}
        maxLength={MAX_SEARCH_LENGTH}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}

export function StatusChoice({ value, onChange }: { value: StatusFilter; onChange: (value: StatusFilter) => void }) {
  const name = useId();
  return (
    <div className="segmented" role="radiogroup" aria-label="Status">
      {STATUS_FILTERS.map((option) => (
        <label key={option.value} className="segmented-option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

export function SortChoice({ value, onChange }: { value: LibrarySort; onChange: (value: LibrarySort) => void }) {
  const id = useId();
  return (
    <div className="library-sort">
      <label htmlFor={id}>Sort by</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as LibrarySort)}>
        {SORTS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
