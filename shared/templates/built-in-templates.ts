// The four templates Copydesk writes into a library that has none: breaking news, feature, photo story and
// video story. They are newsroom scaffolding, not sample stories: "TK" marks every place a fact goes, so the
// House style panel lists what is still to do (the placeholder check flags each TK until it is replaced),
// and the prompts say what belongs there in the desk's own terms (NEWSROOM.md: captions say who or what,
// where and when; the credit goes in the credit fields; alt text describes the picture).

import { CURRENT_SCHEMA_VERSION, Story, type BodyBlock, type Photo, type StoryInput, type Video } from '../story/schema.ts';
import type { TemplateInfo } from './template-summary.ts';

/** What a template holds: a story without the identity (id, dates) each written copy gets. */
export type TemplateContent = Omit<StoryInput, 'schemaVersion' | 'id' | 'createdAt' | 'updatedAt'>;

export interface BuiltInTemplate extends TemplateInfo {
  /** Its folder name under the library's templates folder. */
  folder: string;
  content: TemplateContent;
}

const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', children: [{ text }] });
const subhead = (text: string): BodyBlock => ({ type: 'subhead', children: [{ text }] });
const bullets = (...items: string[]): BodyBlock => ({
  type: 'list',
  style: 'bulleted',
  items: items.map((text) => ({ children: [{ text }] })),
});
const NO_CREDIT = { photographers: [], organization: '', via: '', restrictions: [], copyright: '' };

const ALT_PROMPT = 'TK — Describe the picture for someone who cannot see it (this is not the caption).';
const CAPTION_PROMPT =
  'TK — Who or what is in the picture, where (city, state) and when (weekday, date), in the present tense; ' +
  'a second sentence gives context in the past tense. The credit goes in the credit fields below, not here.';

/** An empty photo slot: "No picture yet", with the caption and alt text saying what they should hold. */
function photoSlot(id: string, caption = CAPTION_PROMPT): Photo {
  return { type: 'photo', id, media: null, alt: ALT_PROMPT, caption, credit: NO_CREDIT };
}

const LEAD_VIDEO: Video = {
  type: 'video',
  id: 'lead-video',
  title: 'TK — Video title: what happens in it, in a few words',
  durationSeconds: null,
  media: null,
  poster: null,
  caption: 'TK — What the video shows, where and when it was filmed, and who filmed it.',
  credit: NO_CREDIT,
};

const BREAKING_NEWS: BuiltInTemplate = {
  folder: 'breaking-news',
  name: 'Breaking news',
  description:
    'A developing story: BREAKING highlights, the dateline, the news in one sentence, what we know and what we ' +
    'don’t yet, and a note to update it as facts come in.',
  content: {
    slug: 'breaking-news',
    headline: 'TK — What happened, where',
    highlights: [
      'BREAKING: TK — what happened, where and when',
      'TK — who is affected: injuries, damage or disruption, as confirmed',
      'TK — what officials say, and what happens next',
    ],
    dateline: { location: 'TK', source: '' },
    body: [
      paragraph('TK — The news in one sentence: who did what, where and when, and who says so (“police said”).'),
      paragraph('TK — The most important confirmed detail: numbers, names, times. Attribute every fact.'),
      paragraph('TK — What officials, witnesses or the people affected say, quoted and named.'),
      subhead('What we know so far'),
      bullets('TK — a confirmed fact, and who confirmed it', 'TK — a confirmed fact, and who confirmed it'),
      subhead('What we don’t know yet'),
      bullets('TK — an open question'),
      paragraph('This is a developing story and will be updated.'),
    ],
    editorsNotes:
      'Developing story — check back. Update the highlights, the top of the story and the time with every new ' +
      'fact, and move older details down. Casualty figures need two sources or an official one before they go in. ' +
      'Who is confirming what (names, numbers): TK.',
  },
};

const FEATURE: BuiltInTemplate = {
  folder: 'feature',
  name: 'Feature',
  description: 'A longer read: a scene-setting lede, the nut graf, sections under subheads, a quote and a kicker.',
  content: {
    slug: 'feature',
    headline: 'TK — A headline that makes a promise the story keeps',
    subheadline: 'TK — The dek: one sentence on why this story matters now.',
    highlights: ['TK — the finding or turn that makes this a story', 'TK — the person at its heart, and what is at stake'],
    dateline: { location: 'TK', source: '' },
    body: [
      paragraph('TK — The lede: open on a scene, a person or a moment that shows the story rather than tells it.'),
      paragraph('TK — The nut graf: what this story is about, why it matters and why now.'),
      subhead('TK — First section'),
      paragraph('TK — The first strand of the story: the reporting, the evidence, the people in it.'),
      {
        type: 'block-quote',
        children: [{ text: 'TK — A quote that carries feeling or authority, not just information.' }],
        attribution: 'TK — name, title',
      },
      subhead('TK — Second section'),
      paragraph('TK — The complication: the other side, the history, or what it costs.'),
      subhead('TK — Third section'),
      paragraph('TK — Where things go from here.'),
      paragraph('TK — The kicker: end on a quote, an image or a detail that stays with the reader.'),
    ],
    editorsNotes:
      'Feature. Length: TK words. Check every name, title and age with the person. Photos: TK. Deadline: TK.',
  },
};

const PHOTO_STORY: BuiltInTemplate = {
  folder: 'photo-story',
  name: 'Photo story',
  description: 'Told in pictures: a lead photo and three more, each with its caption, credit and alt text to fill in.',
  content: {
    slug: 'photo-story',
    headline: 'TK — What the pictures show',
    subheadline: 'TK — One sentence on the story the pictures tell.',
    highlights: ['TK — what happened, where and when', 'TK — why these pictures matter'],
    dateline: { location: 'TK', source: '' },
    lead: photoSlot('lead-photo'),
    body: [
      paragraph('TK — A short introduction: what happened, where and when, and what the pictures show.'),
      photoSlot('photo-1'),
      photoSlot('photo-2'),
      photoSlot('photo-3'),
    ],
    editorsNotes:
      'Photo story. Every picture needs alt text, a caption and a credit (photographer and agency in the credit ' +
      'fields, never in the caption). Check usage rights and restrictions (MANDATORY CREDIT, NO SALES) before ' +
      'publishing.',
  },
};

const VIDEO_STORY: BuiltInTemplate = {
  folder: 'video-story',
  name: 'Video story',
  description: 'Built around a clip: a lead video with its title, running time and poster, and the text around it.',
  content: {
    slug: 'video-story',
    headline: 'TK — What the video shows',
    highlights: ['TK — what happened, where and when', 'TK — what the video adds'],
    dateline: { location: 'TK', source: '' },
    lead: LEAD_VIDEO,
    body: [
      paragraph('TK — The news in one sentence: who did what, where and when, and who says so.'),
      paragraph('TK — What the video shows, described for readers who cannot play it.'),
      paragraph('TK — The context: what led up to it and what happens next.'),
    ],
    editorsNotes:
      'Video story. Add the clip, its running time and a poster with its own caption and credit. Who filmed it, ' +
      'and may we use it: TK.',
  },
};

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [BREAKING_NEWS, FEATURE, PHOTO_STORY, VIDEO_STORY];

/** A built-in template as the story written to its folder: valid, a draft, created now. */
export function builtInTemplateStory(template: BuiltInTemplate, { id, now }: { id: string; now: Date }): Story {
  const time = now.toISOString();
  return Story.parse({
    ...template.content,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    status: 'draft',
    createdAt: time,
    updatedAt: time,
  });
}
