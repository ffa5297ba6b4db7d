// The counts under the editor: the body's words, characters and reading time first, then the other
// regions. Updated a moment after typing stops, never on the keystroke itself.

import { useSyncExternalStore } from 'react';
import { HEADLINE_LIMIT } from '../render/regions.tsx';
import type { Count } from './count-story.ts';
import type { CountsStore } from './counts-store.ts';

const number = new Intl.NumberFormat('en-GB');
const words = (count: Count) => `${number.format(count.words)} ${count.words === 1 ? 'word' : 'words'}`;
const characters = (n: number) => `${number.format(n)} ${n === 1 ? 'character' : 'characters'}`;

export function CountsFooter({ store }: { store: CountsStore }) {
  const counts = useSyncExternalStore(store.subscribe, store.get);
  if (!counts) return null;
  return (
    <section className="editor-counts" aria-label="Counts">
      <dl className="counts-list">
        <div className="count count-main">
          <dt>Body</dt>
          <dd>
            {words(counts.body)} · {characters(counts.body.characters)}
            {counts.readingMinutes > 0 ? ` · ${counts.readingMinutes} min read` : ''}
          </dd>
        </div>
        <div className="count">
          <dt>Headline</dt>
          <dd className={counts.headline.characters > HEADLINE_LIMIT ? 'over-limit' : undefined}>
            {counts.headline.characters} / {HEADLINE_LIMIT} characters
          </dd>
        </div>
        <div className="count">
          <dt>Subheadline</dt>
          <dd>{words(counts.subheadline)}</dd>
        </div>
        <div className="count">
          <dt>Highlights</dt>
          <dd>
            {counts.highlights.items} · {words(counts.highlights)}
          </dd>
        </div>
        <div className="count">
          <dt>Captions and credits</dt>
          <dd>{words(counts.media)}</dd>
        </div>
        <div className="count">
          <dt>Total</dt>
          <dd>{words(counts.total)}</dd>
        </div>
      </dl>
    </section>
  );
}
