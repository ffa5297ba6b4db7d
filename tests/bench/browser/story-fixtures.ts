// The generated stories as the browser suites use them: the 100k-word story (or a small one for --quick), a
// second, longer story beside it in the same library under its own id, and the text that ends a story's body
// (its last paragraph or subhead), which tells a probe that the whole story is in the editor's DOM.

import { inlineText } from '../../../shared/story/plain-text.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { generateStory, type GeneratedStory } from '../story/generate-story.ts';

/** The story the issue measures; `--quick` checks that the suite works on a tenth of it. */
export function benchStory(quick: boolean): GeneratedStory {
  return quick ? generateStory({ words: 10_000, photos: 6, videos: 2 }) : generateStory({ words: 100_000, photos: 60, videos: 20 });
}

/** The 1M-word story: ten times the 100k-word one in text, photos and videos, under its own id and slug. */
export function millionWordStory(): GeneratedStory {
  return withIdentity(generateStory({ words: 1_000_000, photos: 600, videos: 200, seed: 1_000_000 }), {
    id: '01jrbench1m000000000000000',
    slug: 'council-budget-a-million-words',
  });
}

/** The same story under another id and slug, so that two generated stories can share a library. */
export function withIdentity(generated: GeneratedStory, identity: Pick<Story, 'id' | 'slug'>): GeneratedStory {
  return { ...generated, story: { ...generated.story, ...identity } };
}

/** The text of the body's last paragraph or subhead: once it is in the editor's DOM, the whole body is. */
export function lastBodyText(story: Story): string {
  for (let index = story.body.length - 1; index >= 0; index--) {
    const block = story.body[index]!;
    if (block.type === 'paragraph' || block.type === 'subhead') return inlineText(block.children);
  }
  throw new Error('The generated story has no paragraph.');
}

/** "100k-word" — for labels. */
export function wordsLabel(words: number): string {
  return words >= 1_000_000 ? `${Math.round(words / 1_000_000)}M-word` : `${Math.round(words / 1000)}k-word`;
}
