// What stands between a story and its export. Errors are what a desk would never publish — no headline, a
// picture without a credit or alt text, a picture whose file is missing — and refuse the export unless the
// person says "export anyway" (--force). Warnings are listed and do not stop it: a video without a poster,
// or an embargo that still holds (the export is for the desk's own pipeline, which may hold it until then).

import type { Photo, Poster, Story, Video } from '../story/schema.ts';
import { creditIsEmpty } from '../credits/format-credit.ts';
import type { ExportFormat } from './export-format.ts';
import type { ProblemDetail } from '../errors.ts';

/**
 * `code` is stable for tests and for the UI to act on ("no-headline", "photo-no-credit" …); `message` is a
 * sentence that says what is wrong and where.
 */
export interface ExportProblem extends ProblemDetail {
  /** The data-part of the place it points to in the rendered story. */
  part: 'headline' | 'figure' | 'video';
}

export interface ExportCheckOptions {
  format: ExportFormat;
  /** Whether a media file is in the story's folder; every file counts as present when not given. */
  hasMedia?: (file: string) => boolean;
  /** The moment of the export, which an embargo is compared with; the present moment unless given. */
  now?: Date;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "Tue 2 Dec 2025, 06:00 UTC+01:00": an embargo as it was written — the wall-clock time in the offset it was
 * set in, with that offset — so every machine prints the same words for the same story.
 */
export function formatEmbargoTime(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.exec(iso);
  if (!match) return iso;
  const [, year = '', month = '', day = '', hour = '', minute = '', offset = ''] = match;
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay()];
  const zone = offset.toUpperCase() === 'Z' || offset === '+00:00' ? 'UTC' : `UTC${offset}`;
  return `${weekday} ${Number(day)} ${MONTHS[Number(month) - 1]} ${year}, ${hour}:${minute} ${zone}`;
}

/** A warning while the story's embargo is still ahead of `now`. */
function embargoProblems(story: Story, now: Date): ExportProblem[] {
  if (!story.embargo || !(Date.parse(story.embargo) > now.getTime())) return [];
  return [
    {
      severity: 'warning',
      code: 'embargoed',
      message: `Embargoed until ${formatEmbargoTime(story.embargo)}: the story must not be published before then.`,
      // The embargo is about the whole story, which starts at the headline.
      part: 'headline',
      where: 'embargo',
    },
  ];
}

/** "the lead photo", "photo 2 in the body", "related video 3", with the caption's start to tell them apart. */
function describe(kind: 'photo' | 'video', where: string, index: number, text: string): string {
  const place = where === 'lead' ? `the lead ${kind}` : where.startsWith('related') ? `related video ${index}` : `${kind} ${index} in the body`;
  const snippet = text.trim().replace(/\s+/g, ' ');
  if (!snippet) return place;
  if (snippet.length <= 48) return `${place} (“${snippet}”)`;
  const cut = snippet.slice(0, 40);
  const lastSpace = cut.lastIndexOf(' ');
  return `${place} (“${(lastSpace > 20 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…”)`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function pictureProblems(
  picture: Pick<Poster, 'media' | 'alt' | 'credit'>,
  name: string,
  where: string,
  part: ExportProblem['part'],
  options: ExportCheckOptions,
): ExportProblem[] {
  const problems: ExportProblem[] = [];
  const error = (code: string, message: string) => problems.push({ severity: 'error', code, message, part, where });
  if (!picture.media) {
    error('photo-no-picture', `${capitalize(name)} has no picture: choose one or remove it.`);
    return problems;
  }
  if (options.hasMedia && !options.hasMedia(picture.media)) {
    error('media-missing', `The picture file of ${name} (media/${picture.media}) is missing from the story folder.`);
  }
  if (creditIsEmpty(picture.credit)) error('photo-no-credit', `${capitalize(name)} has no credit.`);
  if (!picture.alt.trim()) error('photo-no-alt', `${capitalize(name)} has no alt text for readers who cannot see it.`);
  return problems;
}

function photoProblems(photo: Photo, where: string, index: number, options: ExportCheckOptions): ExportProblem[] {
  return pictureProblems(photo, describe('photo', where, index, photo.caption), where, 'figure', options);
}

function videoProblems(video: Video, where: string, index: number, options: ExportCheckOptions): ExportProblem[] {
  const name = describe('video', where, index, video.title || video.caption);
  const problems: ExportProblem[] = [];
  const warn = (code: string, message: string) => problems.push({ severity: 'warning', code, message, part: 'video', where });
  if (!video.title.trim()) warn('video-no-title', `${capitalize(name)} has no title.`);
  if (video.poster?.media) {
    problems.push(...pictureProblems(video.poster, `the poster of ${name}`, where, 'video', options));
  } else {
    warn('video-no-poster', `${capitalize(name)} has no poster picture: readers and search engines see no image for it.`);
  }
  if (video.media && options.hasMedia && !options.hasMedia(video.media)) {
    problems.push({
      severity: 'error',
      code: 'media-missing',
      message: `The video file of ${name} (media/${video.media}) is missing from the story folder.`,
      part: 'video',
      where,
    });
  }
  if (video.media && (options.format === 'html' || options.format === 'txt')) {
    warn(
      'video-not-embedded',
      `${capitalize(name)} is shown by its poster: a ${options.format === 'html' ? 'single HTML file' : 'text file'} cannot hold the video itself (export as an HTML folder to include it).`,
    );
  }
  return problems;
}

/** Every problem, in reading order after the embargo (which is about the whole story): headline, lead, body, related videos. */
export function exportProblems(story: Story, options: ExportCheckOptions): ExportProblem[] {
  const problems: ExportProblem[] = embargoProblems(story, options.now ?? new Date());
  if (!story.headline.trim()) {
    problems.push({ severity: 'error', code: 'no-headline', message: 'The story has no headline.', part: 'headline', where: 'headline' });
  }
  if (story.lead?.type === 'photo') problems.push(...photoProblems(story.lead, 'lead', 1, options));
  if (story.lead?.type === 'video') problems.push(...videoProblems(story.lead, 'lead', 1, options));
  let photos = 0;
  let videos = 0;
  story.body.forEach((block, index) => {
    if (block.type === 'photo') problems.push(...photoProblems(block, `body.${index}`, ++photos, options));
    if (block.type === 'video') problems.push(...videoProblems(block, `body.${index}`, ++videos, options));
  });
  story.relatedVideos.forEach((video, index) => {
    problems.push(...videoProblems(video, `relatedVideos.${index}`, index + 1, options));
  });
  return problems;
}

export function hasBlockingProblems(problems: readonly ExportProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
