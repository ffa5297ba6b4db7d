import { describe, expect, it } from 'vitest';
import { CopydeskError } from '../../../shared/errors.ts';
import { createStory } from '../../../shared/story/create.ts';
import {
  recoveredDetails,
  recoveredNote,
  recoveredTitle,
  recoveryCopyText,
  strandedEditsText,
} from '../../../renderer/src/recovery/recovery-note.ts';

const disk = createStory({ id: '01jq0000000000000000000000', now: new Date('2026-11-27T10:00:00Z'), headline: 'Harbour storm' });
const withBody = (text: string) => ({ ...disk, body: [{ type: 'paragraph' as const, children: [{ text }] }] });
const recovered = (text: string) => ({ story: withBody(text), baseRevision: 'a'.repeat(64), typedAt: '2026-11-27T22:07:00.000Z', unreadableEntries: 0 });

describe('what the story view says about recovered edits', () => {
  it('counts the words the recovered story has beyond the one on disk, and says when Copydesk closed', () => {
    const note = recoveredNote(recovered('Boats stayed in port.'), disk, 'a'.repeat(64), 3);
    expect(recoveredTitle(note, 'en-GB')).toBe('Recovered 4 words typed before Copydesk closed at 22:07.');
    expect(recoveredTitle({ ...note, words: 1 }, 'en-GB')).toBe('Recovered 1 word typed before Copydesk closed at 22:07.');
  });

  it('speaks of changes, not words typed, when the recovered story is no longer than the saved one', () => {
    const note = recoveredNote(recovered('Cut.'), withBody('A longer paragraph that was cut.'), 'a'.repeat(64), 1);
    expect(recoveredTitle(note, 'en-GB')).toBe('Recovered changes made before Copydesk closed at 22:07.');
  });

  it('says whether the words are saved yet, and sends the person to the conflict when the disk moved on', () => {
    const note = recoveredNote(recovered('x'), disk, 'b'.repeat(64), 1);
    expect(recoveredDetails(note)).toEqual([
      'The story was also changed on disk since, so they are not saved yet: choose below which version to keep.',
    ]);
    expect(recoveredDetails({ ...note, saved: true })).toEqual(['They are saved now.']);
  });

  it('tells a failing save whether the words are safe outside the library meanwhile', () => {
    expect(recoveryCopyText({ kind: 'kept' })).toBe(
      'Copydesk also keeps a recovery copy outside the library, so it will not be lost if Copydesk closes.',
    );
    const full = new CopydeskError('disk-full', 'Could not keep the recovery copy: the disk holding /home/ana/.config is full.');
    expect(recoveryCopyText({ kind: 'failed', error: full })).toBe(
      'Copydesk could not keep a recovery copy outside the library either. Could not keep the recovery copy: the disk holding /home/ana/.config is full.',
    );
    expect(recoveryCopyText({ kind: 'off' })).toBeNull();
  });

  it('offers the words of a story that cannot be opened as a new story', () => {
    expect(strandedEditsText(recovered('Boats stayed in port.'), 'en-GB')).toBe(
      'Copydesk kept the unsaved text of this story (6 words, as typed at 22:07). You can save it as a new story.',
    );
  });
});
