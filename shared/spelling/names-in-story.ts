// The names a story teaches the spell checker, so that "Cantil-Sakauye", "Pompeo" or a photographer's name
// is not flagged once the story has shown it is a name. The rule:
//
// 1. Every word of the story's metadata that names someone or somewhere: byline names and organisations,
//    every credit's photographers, organisation, distributor and copyright holder, the dateline's place and
//    source, and block-quote attributions. A name written in capitals there ("WASHINGTON") is learned as
//    "Washington".
// 2. Every capitalised word (a capital, then not all capitals) that stands in the middle of a sentence in
//    running prose: the body's paragraphs, quotes and list items, the highlights, captions and alt text. In
//    sentence case nothing but a name is capitalised there, so "said Pompeo" teaches "Pompeo". A word that
//    opens a sentence is never learned from that place (words.ts decides what opens one: "Mr. Pompeo" does
//    not), so a misspelt "Teh" at the start of a sentence is still flagged — unless the story also has it
//    mid-sentence, which is then how the story spells a name.
//    Headlines, subheadlines, subheads and video titles teach nothing: they may be in title case, where
//    every word is capitalised.
//
// A learned name is accepted as written and with a possessive ("Pompeo's"), never in lower case.

import { inlineText } from '../story/plain-text.ts';
import type { BodyBlock, Credit, List, Photo, Poster, Story, Video } from '../story/schema.ts';
import { isAllCapitals, isCapitalised, wordsOf } from './words.ts';

type Media = Photo | Video | Poster;

/** The names the story teaches (see the top of this file). */
export function namesInStory(story: Story): Set<string> {
  const names = new Set<string>();
  for (const text of metadataNames(story)) learnEveryWord(names, text);
  for (const text of proseTexts(story)) learnMidSentenceCapitals(names, text);
  return names;
}

/**
 * Works out, one text per step (a generator), what namesInStory needs for `story`, so that namesInStory is
 * then quick: for a long story the first time, done in slices at idle rather than in one long task.
 */
export function* prepareNamesInStory(story: Story): Generator<void> {
  for (const text of proseTexts(story)) {
    midSentenceCapitals(text);
    yield;
  }
}

/** Whether `word` (as words.ts gives it) is one of `names`, possibly with a possessive. */
export function isLearnedName(names: ReadonlySet<string>, word: string): boolean {
  return names.has(word) || names.has(withoutPossessive(word));
}

function withoutPossessive(word: string): string {
  return word.replace(/'s$/u, '');
}

function learnEveryWord(names: Set<string>, text: string): void {
  for (const { word } of wordsOf(text, { keepCapitals: true })) {
    const name = withoutPossessive(word);
    names.add(isAllCapitals(name) ? titleCase(name) : name);
  }
}

function learnMidSentenceCapitals(names: Set<string>, text: string): void {
  for (const name of midSentenceCapitals(text)) names.add(name);
}

/**
 * The names one text teaches, remembered by the text itself: the names are learnt again after every edit,
 * and in a long story all but the paragraph being typed in are the very same strings as the time before.
 */
const capitalsByText = new Map<string, readonly string[]>();
const REMEMBERED_TEXTS = 20_000;

function midSentenceCapitals(text: string): readonly string[] {
  let found = capitalsByText.get(text);
  if (!found) {
    const capitals: string[] = [];
    for (const { word, sentenceStart } of wordsOf(text)) {
      if (!sentenceStart && isCapitalised(word)) capitals.push(withoutPossessive(word));
    }
    if (capitalsByText.size >= REMEMBERED_TEXTS) capitalsByText.clear();
    capitalsByText.set(text, (found = capitals));
  }
  return found;
}

/** "WASHINGTON" → "Washington", "O'NEILL" → "O'Neill". */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|')(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

// ── where the words are ──────────────────────────────────────────────────────────────────────────────────

function metadataNames(story: Story): string[] {
  const texts = [story.dateline.location, story.dateline.source];
  for (const entry of story.byline) texts.push(entry.name, entry.organization);
  for (const media of allMedia(story)) texts.push(...creditNames(media.credit));
  for (const block of story.body) if (block.type === 'block-quote') texts.push(block.attribution);
  return texts;
}

function creditNames(credit: Credit): string[] {
  return [...credit.photographers, credit.organization, credit.via, credit.copyright];
}

function proseTexts(story: Story): string[] {
  const texts = [...story.highlights];
  for (const media of allMedia(story)) texts.push(media.caption, 'alt' in media ? media.alt : '');
  for (const block of story.body) texts.push(...blockProse(block));
  return texts;
}

function blockProse(block: BodyBlock): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'block-quote':
      return [inlineText(block.children)];
    case 'list':
      return listProse(block);
    case 'subhead':
    case 'photo':
    case 'video':
      return []; // subheads may be in title case; media are read by allMedia
  }
}

function listProse(list: List): string[] {
  return list.items.flatMap((item) => [inlineText(item.children), ...(item.sublist ? listProse(item.sublist) : [])]);
}

/** Every photo, video and poster in the story. */
function allMedia(story: Story): Media[] {
  const media: Media[] = [];
  const add = (item: Photo | Video | null) => {
    if (!item) return;
    media.push(item);
    if (item.type === 'video' && item.poster) media.push(item.poster);
  };
  add(story.lead);
  for (const block of story.body) if (block.type === 'photo' || block.type === 'video') add(block);
  for (const video of story.relatedVideos) add(video);
  return media;
}
