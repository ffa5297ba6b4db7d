// What the story view says about the recovery journal: what reopening a story brought back after Copydesk
// closed without saving, and, while saves fail, whether the words are safe outside the library meanwhile.

import type { RecoveredEdits } from '../../../shared/bridge/contract.ts';
import { bodyText } from '../../../shared/story/plain-text.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { countWords } from '../../../shared/text/word-count.ts';
import { formatClock } from '../format/time.ts';
import type { JournalStatus } from './story-journal.ts';

/** Edits the journal gave back when the story opened. */
export interface RecoveredNote {
  /** How many more words the recovered story has than the one on disk (0 when it has fewer). */
  words: number;
  /** When the last of them was journaled: about when Copydesk closed. */
  closedAt: string;
  /** Journal entries that could not be read: the moments they held are lost. */
  unreadableEntries: number;
  /** The story changed on disk since those edits were made: the person chooses (the conflict banner). */
  diskChanged: boolean;
  /** A save has since put them on disk. */
  saved: boolean;
  /** The session's edit count when they were taken in: a save that far covers them. */
  seq: number;
}

export function recoveredNote(recovered: RecoveredEdits, onDisk: Story, diskRevision: string, seq: number): RecoveredNote {
  return {
    words: Math.max(0, countWords(typedText(recovered.story)) - countWords(typedText(onDisk))),
    closedAt: recovered.typedAt,
    unreadableEntries: recovered.unreadableEntries,
    diskChanged: recovered.baseRevision !== diskRevision,
    saved: false,
    seq,
  };
}

/** True when the two differ only in when they were saved: there is nothing to recover. */
export function sameStoryContent(a: Story, b: Story): boolean {
  return JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}

/** "Recovered 214 words typed before Copydesk closed at 10:42." */
export function recoveredTitle(note: RecoveredNote, locale?: string): string {
  const when = formatClock(note.closedAt, locale);
  const what = note.words > 0 ? `${note.words} ${note.words === 1 ? 'word' : 'words'} typed` : 'changes made';
  return `Recovered ${what} before Copydesk closed${when ? ` at ${when}` : ''}.`;
}

/** The sentences under the title: whether they are saved, and anything that could not be brought back. */
export function recoveredDetails(note: RecoveredNote): string[] {
  const lines: string[] = [];
  if (note.saved) lines.push('They are saved now.');
  else if (note.diskChanged)
    lines.push('The story was also changed on disk since, so they are not saved yet: choose below which version to keep.');
  else lines.push('They were not saved before it closed; Copydesk saves them now.');
  if (note.unreadableEntries > 0) {
    lines.push('The last moment before it closed could not be read back: the final words typed may be missing.');
  }
  return lines;
}

/** For the banner of a failing save: whether the words are also kept safe outside the library. */
export function recoveryCopyText(status: JournalStatus): string | null {
  switch (status.kind) {
    case 'kept':
      return 'Copydesk also keeps a recovery copy outside the library, so it will not be lost if Copydesk closes.';
    case 'failed':
      return `Copydesk could not keep a recovery copy outside the library either. ${status.error.message}`;
    case 'none':
    case 'off':
      return null;
  }
}

/** For a story that cannot be opened, what its journal still holds. */
export function strandedEditsText(stranded: RecoveredEdits, locale?: string): string {
  const words = countWords(typedText(stranded.story));
  const when = formatClock(stranded.typedAt, locale);
  return (
    `Copydesk kept the unsaved text of this story (${words} ${words === 1 ? 'word' : 'words'}, as typed` +
    `${when ? ` at ${when}` : ''}). You can save it as a new story.`
  );
}

/** The words a person types: headline, subheadline, highlights and body. */
function typedText(story: Story): string {
  return [story.headline, story.subheadline, ...story.highlights, bodyText(story)].join('\n');
}
