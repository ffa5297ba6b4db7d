// Lines a page or a wire prints around a story that are not the story: gallery counters ("1 of 4."), promo
// lines ("Read more:", "Sign up for …"), "Related:" links, share prompts, advertisement markers, the video
// player's leftovers ("Now playing", "JUST WATCHED"), time stamps, separator rules and copyright trailers.
// An importer leaves them out, but never silently: each kind left out is counted in a note with examples.

import type { ImportNote } from './imported-story.ts';

export type FurnitureKind =
  | 'gallery'
  | 'player'
  | 'embedded-video'
  | 'promo'
  | 'related'
  | 'share'
  | 'advertisement'
  | 'time-stamp'
  | 'rule'
  | 'trailer';

const PATTERNS: [FurnitureKind, RegExp][] = [
  ['gallery', /^(?:hide caption\s*)?(?:(?:image|photo|picture|slide)s?:?\s+)?\d{1,3}\s+of\s+\d{1,3}\.?$/i],
  ['gallery', /^(?:hide|show|expand|close) caption$/i],
  ['gallery', /^(?:previous|next)(?: (?:photo|image|slide|picture))?$/i],
  // CNN's gallery title: "Photos: California wildfires".
  ['gallery', /^photos:\s+\S.{0,80}$/i],
  ['player', /^(?:now playing|just watched|must watch|replay|up next|more videos(?:\s*(?:\.\.\.|…))?|autoplay(?: (?:on|off))?)$/i],
  ['player', /^\d{1,2}:\d{2}(?::\d{2})?$/],
  ['related', /^related(?: (?:stories|story|articles?|coverage|content|links?|video|reading))?\s*(?::.*)?$/i],
  // CNN's old topic links: "All About Iraq • Nouri al-Maliki".
  ['related', /^all about [^.!?]{1,150}$/i],
  ['promo', /^(?:read more|read|more|watch|see also|see more|listen|also read|don['’]t miss|must read)\s*:/i],
  ['promo', /^(?:sign up|subscribe) (?:for|to|now)\b/i],
  ['promo', /^follow (?:us|@?\w+(?: \w+)?) on (?:twitter|facebook|instagram|x|tiktok|linkedin|youtube|threads)\b/i],
  ['promo', /^click here\b/i],
  ['promo', /^(?:read|see|view|show) more(?:\s*(?:\.\.\.|…))?$/i],
  ['promo', /^follow (?:the )?(?:ap|cnn|reuters)['’]s (?:coverage|live)\b/i],
  ['promo', /^(?:get|download) (?:the|our) [\w ]{1,40}\bapp\b/i],
  ['promo', /^chat with us in facebook messenger\b/i],
  ['share', /^(?:share(?: (?:this|the))?(?: (?:article|story|page|video))?|share (?:on|via|to|with) [\w ]{1,20}|tweet(?: this)?|e-?mail(?: this)?(?: (?:article|story|page))?|e-?mail to a friend|print(?: this)?(?: (?:article|story|page))?|pin(?: it)?|copy link|save(?: for later)?|whatsapp|facebook|twitter|linkedin|reddit|messenger)$/i],
  ['advertisement', /^(?:advertisement|advertising|ad feedback|sponsored(?: content)?|paid content|paid partner content|story continues below(?: this)? advertisement|continue reading(?: the main story| below)?)$/i],
  ['rule', /^(?:[_\-–—=*#~·•]\s*){3,}$/],
  ['rule', /^-30-$/],
  ['trailer', /^(?:copyright\s*(?:©|\(c\))?\s*\d{4}|©|\(c\)\s*\d{4})/i],
  ['trailer', /\ball rights reserved\b/i],
  ['trailer', /^our standards:\s*the thomson reuters trust principles\.?$/i],
];

/**
 * The heading of the list of other stories that closes many pages: "More on this story", "Related topics",
 * "Top stories", "Most read". What follows it is other stories' headlines, unless story text comes again.
 */
const MORE_STORIES = /^(?:more on this (?:story|topic)|related topics|related internet links|top stories|most read|most popular|more from [\w ]{1,30}|around the [\w ]{1,20}|you may also like|recommended(?: for you)?)$/i;

export function isMoreStoriesHeading(line: string): boolean {
  return MORE_STORIES.test(line.replace(/\s+/g, ' ').trim());
}

/** Longer than this, a line is story text whatever it starts with. */
const LONGEST_FURNITURE = 400;

/** The kind of page furniture the line is, or null when it may be story text. */
export function furnitureKind(line: string): FurnitureKind | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > LONGEST_FURNITURE) return null;
  // "Watch the video »", "Read the full letter »": old link promos end in a chevron.
  if (text.length < 160 && /\s[»›]$/.test(text)) return 'promo';
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) return kind;
  if (isTimeStamp(text)) return 'time-stamp';
  return null;
}

const STAMP_START = /^(?:updated|published|posted|last updated|first published|last modified)\b/i;
/** "7 December 2024", "December 7, 2024", "Sat 7 Dec 2024 10.00 GMT": a line that is a date and nothing more. */
const DATE_ALONE = /^(?:\p{L}{3,9},?\s+)?(?:\d{1,2}\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2},?)\s+\d{4}\b/u;
const DATE_WORDS = new Set(
  [
    'updated', 'published', 'posted', 'last', 'first', 'modified', 'at', 'on', 'by', 'am', 'pm', 'a', 'p', 'm',
    'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'pt', 'pst', 'pdt', 'mt', 'gmt', 'bst', 'utc', 'cet', 'cest', 'st',
    'nd', 'rd', 'th', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'monday',
    'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jan', 'feb', 'mar', 'apr', 'may',
    'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june',
    'july', 'august', 'september', 'october', 'november', 'december',
  ],
);

/**
 * "Updated 1:05 PM ET, Fri April 21, 2017", "PUBLISHED: . 05:24 EST, 29 May 2014 . | . UPDATED: …", and a
 * date standing alone under a headline, as the BBC prints it: "7 December 2024".
 */
function isTimeStamp(text: string): boolean {
  if (text.length > 160) return false;
  if (!STAMP_START.test(text) && !DATE_ALONE.test(text)) return false;
  if (!/\d{1,2}[:.]\d{2}|\d{4}/.test(text)) return false;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.every((word) => DATE_WORDS.has(word));
}

const NAMES: Record<FurnitureKind, [one: string, many: string]> = {
  gallery: ['gallery counter', 'gallery counters'],
  player: ['video player label', 'video player labels'],
  'embedded-video': ['embedded video player', 'embedded video players'],
  promo: ['promotional line', 'promotional lines'],
  related: ['"Related" link', '"Related" links'],
  share: ['share prompt', 'share prompts'],
  advertisement: ['advertisement marker', 'advertisement markers'],
  'time-stamp': ['page time stamp', 'page time stamps'],
  rule: ['separator rule', 'separator rules'],
  trailer: ['copyright or standards trailer', 'copyright or standards trailers'],
};

const WHY: Record<FurnitureKind, string> = {
  gallery: 'they belong to the page, not the story',
  player: 'they belong to the page, not the story',
  'embedded-video': 'a video cannot be brought in from text; add it again if the story needs it',
  promo: 'they promote other pages and are not story text',
  related: 'they link to other stories and are not story text',
  share: 'they belong to the page, not the story',
  advertisement: 'they belong to the page, not the story',
  'time-stamp': 'Copydesk keeps the story’s own dates',
  rule: 'they only separate parts of the copy',
  trailer: 'a wire’s closing notice is not story text',
};

const EXAMPLES_SHOWN = 3;
const EXAMPLE_LENGTH = 60;

const shorten = (text: string) => {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > EXAMPLE_LENGTH ? `${clean.slice(0, EXAMPLE_LENGTH - 1)}…` : clean;
};

/** What an importer left out, by kind, told as one info note per kind in the order first met. */
export class LeftOut {
  private readonly found = new Map<FurnitureKind, string[]>();

  add(kind: FurnitureKind, text: string): void {
    const list = this.found.get(kind) ?? [];
    list.push(text);
    this.found.set(kind, list);
  }

  count(kind: FurnitureKind): number {
    return this.found.get(kind)?.length ?? 0;
  }

  notes(): ImportNote[] {
    return [...this.found].map(([kind, texts]) => {
      const [one, many] = NAMES[kind];
      const examples = [...new Set(texts.map(shorten))];
      const shown = examples.slice(0, EXAMPLES_SHOWN).map((text) => `"${text}"`).join(', ');
      const more = examples.length > EXAMPLES_SHOWN ? ', …' : '';
      const what = texts.length === 1 ? `1 ${one}` : `${texts.length} ${many}`;
      return { severity: 'info', message: `Left out ${what} (${shown}${more}): ${WHY[kind]}.` };
    });
  }
}
