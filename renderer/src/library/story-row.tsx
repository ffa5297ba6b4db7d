// One story in the library list: headline (or "Untitled story"), status, when it was updated, its words and
// slug, and — when searching — the words around the match, the matched ones marked. Every row has the same
// height, which is what lets the list render only the rows on screen.

import type { ReactNode } from 'react';
import type { FoundStory, SearchSnippet } from '../../../shared/bridge/contract.ts';
import { storyHref } from '../app/route.ts';
import { formatAbsolute, formatRelative } from '../format/time.ts';
import { STATUS_LABELS } from '../workflow/status.ts';

/** Row heights in pixels: with a line of matched text under the meta line while searching, without it otherwise. */
export const ROW_HEIGHT = 76;
export const ROW_HEIGHT_WITH_SNIPPET = 100;

const wordCounts = new Intl.NumberFormat();

export function wordCountLabel(count: number): string {
  return `${wordCounts.format(count)} ${count === 1 ? 'word' : 'words'}`;
}

export function StoryRow({ story, now, withSnippet }: { story: FoundStory; now: number; withSnippet: boolean }) {
  const headline = story.headline.trim();
  return (
    <a className="story-row" href={storyHref(story.id)}>
      <span className={`story-row-headline${headline ? '' : ' untitled'}`}>{headline || 'Untitled story'}</span>
      <span className="story-row-meta">
        <span className={`status-badge status-${story.status}`}>{STATUS_LABELS[story.status]}</span>
        <span>
          Updated{' '}
          <time dateTime={story.updatedAt} title={formatAbsolute(story.updatedAt)}>
            {formatRelative(story.updatedAt, now)}
          </time>
        </span>
        <span>{wordCountLabel(story.wordCount)}</span>
        {story.slug ? <span className="mono story-row-slug">{story.slug}</span> : null}
      </span>
      {withSnippet ? (
        <span className="story-row-snippet">{story.snippet ? <HighlightedText snippet={story.snippet} /> : null}</span>
      ) : null}
    </a>
  );
}

/** The snippet's text with its matched words in <mark>. */
export function HighlightedText({ snippet }: { snippet: SearchSnippet }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of snippet.highlights) {
    if (start < at || end > snippet.text.length) continue; // never trust offsets blindly: skip a bad one
    if (start > at) parts.push(snippet.text.slice(at, start));
    parts.push(<mark key={start}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < snippet.text.length) parts.push(snippet.text.slice(at));
  return <>{parts}</>;
}

/** The place of a row whose story has not come yet: same height, nothing to read. */
export function PendingRow() {
  return (
    <span className="story-row story-row-pending" aria-hidden="true">
      <span className="story-row-headline" />
      <span className="story-row-meta" />
    </span>
  );
}
