// The list of stories found: every result has its place (so the scroll bar is true to the whole list), but
// only the rows on screen are rendered, and their pages are asked for as they come into view. Arrow Up and
// Down move between rows; Arrow Up from the first row goes back to the search box.

import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { SearchSession } from './search-session.ts';
import { PendingRow, ROW_HEIGHT, ROW_HEIGHT_WITH_SNIPPET, StoryRow } from './story-row.tsx';
import { useVisibleRows } from './windowed-rows.ts';

export function StoryResults({
  session,
  total,
  revision,
  withSnippets,
  searching,
  now,
  onLeaveUp,
}: {
  session: SearchSession;
  total: number;
  /** The session's revision: a new one means rows may have arrived. */
  revision: number;
  withSnippets: boolean;
  searching: boolean;
  now: number;
  onLeaveUp: () => void;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const rowHeight = withSnippets ? ROW_HEIGHT_WITH_SNIPPET : ROW_HEIGHT;
  const { start, end } = useVisibleRows(listRef, rowHeight, total);

  useEffect(() => session.want(start, end), [session, start, end, revision]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    event.preventDefault();
    const next = Number(row.dataset.index) + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) onLeaveUp();
    else listRef.current?.querySelector<HTMLElement>(`[data-index="${next}"] a`)?.focus();
  };

  const rows = [];
  for (let index = start; index < end; index++) {
    const story = session.storyAt(index);
    rows.push(
      <li
        key={story ? story.id : `pending-${index}`}
        data-index={index}
        className="story-list-item"
        style={{ top: index * rowHeight, height: rowHeight }}
        aria-setsize={total}
        aria-posinset={index + 1}
      >
        {story ? <StoryRow story={story} now={now} withSnippet={withSnippets} /> : <PendingRow />}
      </li>,
    );
  }

  return (
    <ul
      ref={listRef}
      className="story-list story-list-windowed"
      aria-label="Stories in the library"
      aria-busy={searching}
      style={{ height: total * rowHeight }}
      onKeyDown={onKeyDown}
    >
      {rows}
    </ul>
  );
}
