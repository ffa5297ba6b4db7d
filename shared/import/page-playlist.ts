// The video list of a scraped page: each video printed as "Now playing", its running time ("01:17",
// "1:02:03"; sometimes none, sometimes after the title) and its title. A video's poster is printed BEFORE its
// "Now playing" line — the caption (often twice: the alt text and the visible caption, once perhaps cut
// short) and the page's credit line "PHOTO: Richard Drew/AP" — so the lines between one video's title and the
// next "Now playing" are the next video's poster, never the previous one's.

import { splitCaption } from '../credits/parse-credit.ts';
import type { Poster, Video } from '../story/schema.ts';
import { parseDuration } from '../text/duration.ts';
import { isHighlightsHeading } from './assemble-story.ts';
import { emptyCredit, isCreditLine, reconcileCaption } from './caption-lines.ts';
import { findDateline } from '../text/dateline.ts';
import type { ImportNote } from './imported-story.ts';
import { furnitureKind } from './page-furniture.ts';
import { isBlank, lineGroups } from './text-lines.ts';

const NOW_PLAYING = /^now playing$/i;
const RUNNING_TIME = /^\d{1,2}(?::\d{2}){1,2}$/;
/** More lines than this between two videos is story text, not a poster. */
const MOST_POSTER_LINES = 5;

interface Entry {
  marker: number;
  /** The last line the entry uses (its title, or its running time when it has no title). */
  end: number;
  durationLine: number | null;
  titleLine: number | null;
}

export interface Playlist {
  videos: Video[];
  /** The lines the videos and their posters use: the rest is the story. */
  used: Set<number>;
  notes: ImportNote[];
}

const nextFilled = (lines: readonly string[], from: number) => {
  let index = from;
  while (index < lines.length && isBlank(lines[index])) index++;
  return index < lines.length ? index : null;
};

function canBeTitle(line: string): boolean {
  const text = line.trim();
  return !NOW_PLAYING.test(text) && !RUNNING_TIME.test(text) && !isHighlightsHeading(text) && !isCreditLine(text);
}

function readEntries(lines: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (!NOW_PLAYING.test(lines[index]!.trim())) continue;
    let end = index;
    let durationLine: number | null = null;
    let titleLine: number | null = null;
    let next = nextFilled(lines, index + 1);
    if (next !== null && RUNNING_TIME.test(lines[next]!.trim())) {
      durationLine = next;
      end = next;
      next = nextFilled(lines, next + 1);
    }
    if (next !== null && canBeTitle(lines[next]!)) {
      titleLine = next;
      end = next;
      // Some players print the running time after the title.
      const after = nextFilled(lines, next + 1);
      if (durationLine === null && after !== null && RUNNING_TIME.test(lines[after]!.trim())) {
        durationLine = after;
        end = after;
      }
    }
    // "Now playing" with neither a time nor a title is a stray label, left to the story's furniture.
    if (durationLine === null && titleLine === null) continue;
    entries.push({ marker: index, end, durationLine, titleLine });
    index = end;
  }
  return entries;
}

/** Lines that look like a poster: a credit line, a caption with its credit, or a caption printed twice. */
function looksLikePoster(lines: readonly string[]): boolean {
  if (lines.some(isCreditLine)) return true;
  if (lines.some((line) => splitCaption(line).credit !== null)) return true;
  const keys = lines.map((line) => line.replace(/\s+/g, ' ').trim().toLowerCase());
  return keys.some((key, index) => keys.some((other, at) => at !== index && other.startsWith(key)));
}

/**
 * A line that opens the story: highlights, or a dateline with its source ("(CNN) —"). Getty's caption
 * datelines ("CHICAGO, IL - JUNE 29: …") name no source, so a poster caption is not taken for one.
 */
const isStoryLine = (line: string) => isHighlightsHeading(line.trim()) || (findDateline(line.trim())?.dateline.source ?? '') !== '';

/** The poster lines for the video whose "Now playing" is at `marker`, after the line `from` (exclusive). */
function posterLines(lines: readonly string[], from: number, marker: number, first: boolean): number[] {
  const groups = lineGroups(lines, from + 1, marker);
  const filled = groups.flatMap(([start, end]) => range(start, end));
  const candidates = (indexes: number[]) => indexes.filter((index) => furnitureKind(lines[index]!) === null);
  if (!first && filled.length <= MOST_POSTER_LINES && !filled.some((index) => isStoryLine(lines[index]!))) {
    return candidates(filled);
  }
  // Otherwise only the lines printed right above "Now playing", when they look like a poster.
  const last = groups[groups.length - 1];
  if (!last || last[1] !== marker) return [];
  const group = candidates(range(last[0], last[1]));
  if (group.length > MOST_POSTER_LINES || group.some((index) => isStoryLine(lines[index]!))) return [];
  return looksLikePoster(group.map((index) => lines[index]!)) ? group : [];
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, offset) => start + offset);
}

/** The page's videos in order, with running times and posters, and the lines they were read from. */
export function readPlaylist(lines: readonly string[]): Playlist {
  const entries = readEntries(lines);
  const used = new Set<number>();
  const notes: ImportNote[] = [];
  const untimed: string[] = [];
  const videos = entries.map((entry, position): Video => {
    const previousEnd = position === 0 ? -1 : entries[position - 1]!.end;
    const posterAt = posterLines(lines, previousEnd, entry.marker, position === 0);
    for (const index of [entry.marker, entry.durationLine, entry.titleLine, ...posterAt]) if (index !== null) used.add(index);

    const title = entry.titleLine === null ? '' : lines[entry.titleLine]!.replace(/\s+/g, ' ').trim();
    let durationSeconds: number | null = null;
    if (entry.durationLine !== null) {
      const duration = parseDuration(lines[entry.durationLine]!);
      if (duration.ok) durationSeconds = duration.seconds;
      else notes.push({ severity: 'warning', path: ['relatedVideos', position, 'durationSeconds'], message: `The running time of "${title}" could not be read: ${duration.message}.` });
    } else untimed.push(title || `video ${position + 1}`);
    if (!title) {
      notes.push({ severity: 'warning', path: ['relatedVideos', position, 'title'], message: `Video ${position + 1} of the video list has no title: write one.` });
    }

    let poster: Poster | null = null;
    if (posterAt.length > 0) {
      const reconciled = reconcileCaption(posterAt.map((index) => lines[index]!));
      poster = { media: null, alt: '', caption: reconciled.caption, credit: reconciled.credit };
      if (reconciled.disagreement) {
        notes.push({
          severity: 'warning',
          path: ['relatedVideos', position, 'poster', 'caption'],
          message: `The poster of "${title}" is credited one way in its caption and another on the page: both are kept — choose one in the House style panel.`,
        });
      }
      if (reconciled.unreadCredit) {
        notes.push({
          severity: 'warning',
          path: ['relatedVideos', position, 'poster', 'credit'],
          message: `The poster credit "${reconciled.unreadCredit}" of "${title}" could not be read: fill it in by hand.`,
        });
      }
    }
    return {
      type: 'video',
      id: `related-${position + 1}`,
      title,
      durationSeconds,
      media: null,
      poster,
      caption: '',
      credit: emptyCredit(),
    };
  });
  if (untimed.length > 0) {
    const names = untimed.map((name) => `"${name}"`).join(', ');
    notes.push({ severity: 'info', path: ['relatedVideos'], message: `No running time was printed for ${untimed.length === 1 ? 'the video' : `${untimed.length} videos`} ${names}.` });
  }
  return { videos, used, notes };
}
