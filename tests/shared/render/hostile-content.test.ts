// @vitest-environment jsdom
// The XSS corpus (tests/fixtures/xss) in every text field of a story, through the HTML renderer (the preview
// and the HTML exports) and the Markdown renderer (read back with marked, as a CMS would): the vectors come
// out as the text they are, never as markup, and every link goes to the web or to mail.

import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { dropForbiddenCharacters } from '../../../shared/render/escape-html.ts';
import { renderStoryHtml } from '../../../shared/render/html/story-html.ts';
import { storyJsonLd } from '../../../shared/render/json-ld.ts';
import { renderStoryMarkdown } from '../../../shared/render/markdown.ts';
import { mediaPath, type HtmlRenderOptions } from '../../../shared/render/render-options.ts';
import { Story, type MediaFile, type Photo } from '../../../shared/story/schema.ts';
import { activeContentProblems, storyDocumentProblems, unsafeLinks } from '../../fixtures/xss/active-content.ts';
import { HOSTILE_SAFE_URLS, hostileStory, UNSAFE_URLS, XSS_VECTORS } from '../../fixtures/xss/hostile-content.ts';
import { STORY_STYLESHEET } from './fixture-stories.ts';

const STORY_ID = '01m8gk2c3d4e5f6g7h8j9k0m1n';
const PICTURE = `${'ab'.repeat(32)}.jpg` as MediaFile;
const CLIP = `${'cd'.repeat(32)}.mp4` as MediaFile;

const folderExport: HtmlRenderOptions = { creditStyle: 'cnn', stylesheet: STORY_STYLESHEET, mediaUrl: mediaPath, includeVideoFiles: true };
const singleFile: HtmlRenderOptions = {
  ...folderExport,
  mediaUrl: () => 'data:image/jpeg;base64,/9j/4AAQ',
  includeVideoFiles: false,
};

/** Every distinct address a picture is loaded from. */
const pictureSources = (document: Document) => [...new Set([...document.querySelectorAll('img')].map((image) => image.getAttribute('src')))];
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** The text a field shows: what no output may hold dropped, and line breaks (written as <br>) gone. */
const shown = (text: string) => dropForbiddenCharacters(text).replace(/\r?\n/g, '');

describe('the XSS corpus in every text field of a story', () => {
  const story = hostileStory(STORY_ID, { media: { picture: PICTURE, video: CLIP } });

  it('is a valid story, as a story file must be to open', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(150);
    expect(() => Story.parse(story)).not.toThrow();
  });

  describe.each([
    ['the folder export and the preview', folderExport],
    ['the single-file export', singleFile],
  ])('renderStoryHtml() for %s', (_label, options) => {
    const document = parse(renderStoryHtml(story, options));

    it('writes no element, attribute or address that could run or load anything', () => {
      expect(storyDocumentProblems(document)).toEqual([]);
      expect(activeContentProblems(document)).toEqual([]);
    });

    it('shows each vector as the text it is, in the headline, the paragraphs, alt text and captions', () => {
      expect(document.querySelector('h1')!.textContent).toBe(shown(story.headline.trim()));
      expect(document.title).toMatch(/^(.{1,69})…$/s);
      const paragraphs = [...document.querySelectorAll('[data-part="body"] > p')];
      XSS_VECTORS.forEach((entry, index) => {
        const vector = shown(entry.vector);
        const text = paragraphs[index]!.textContent!;
        if (index === 0) expect(text.endsWith(`${vector} ${vector} ${vector} ${vector}`)).toBe(true);
        else expect(text).toBe(`${vector} ${vector} ${vector} ${vector}`);
      });
      const lead = story.lead as Photo;
      const images = [...document.querySelectorAll('img')];
      expect(images.length).toBeGreaterThanOrEqual(2);
      for (const image of images) expect(image.getAttribute('alt')).toBe(shown(lead.alt.trim())); // every picture has the same alt text
      expect(document.querySelector('.story-lead [data-part="caption"]')!.textContent).toBe(dropForbiddenCharacters(lead.caption.trim()));
    });

    it('links each hostile-but-valid address exactly as written, and nothing else', () => {
      const hrefs = [...document.querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(hrefs.length).toBeGreaterThan(XSS_VECTORS.length);
      expect(new Set(hrefs)).toEqual(new Set(HOSTILE_SAFE_URLS));
      expect(unsafeLinks(document)).toEqual([]);
    });

    it('keeps the JSON-LD one script element whose JSON reads back as the story’s structured data', () => {
      const scripts = document.querySelectorAll('script');
      expect(scripts).toHaveLength(1);
      expect(JSON.parse(scripts[0]!.textContent!)).toEqual(JSON.parse(JSON.stringify(storyJsonLd(story, options))));
    });
  });

  it('renderStoryMarkdown() writes Markdown that a Markdown processor turns into no active content and no unsafe link', () => {
    const html = marked.parse(renderStoryMarkdown(story, { creditStyle: 'cnn' }), { async: false });
    const document = parse(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
    expect(activeContentProblems(document)).toEqual([]);
    expect(unsafeLinks(document)).toEqual([]);
    expect(pictureSources(document)).toEqual([...new Set([mediaPath(PICTURE)])]);
    expect(document.body.textContent).toContain('<script>__xss(1)</script>');
  });
});

describe('links the story model refuses, in a story that has not been through the schema', () => {
  // The preview renders the story as the editor holds it, before any save has checked it: the renderers
  // check each link again rather than trust that it was checked.
  const story = {
    ...hostileStory(STORY_ID, { slices: 12 }),
    body: UNSAFE_URLS.map((url, index) => ({ type: 'paragraph' as const, children: [{ text: `Link ${index}: ` }, { type: 'link' as const, url, children: [{ text: `words ${index}` }] }] })),
  } as Story;

  it('renderStoryHtml() keeps their words and links nothing', () => {
    const document = parse(renderStoryHtml(story, folderExport));
    expect(document.querySelectorAll('[data-part="body"] a')).toHaveLength(0);
    expect(document.querySelector('[data-part="body"]')!.textContent).toContain(`words ${UNSAFE_URLS.length - 1}`);
    expect(storyDocumentProblems(document)).toEqual([]);
  });

  it('renderStoryMarkdown() keeps their words and links nothing', () => {
    const document = parse(marked.parse(renderStoryMarkdown(story, { creditStyle: 'cnn' }), { async: false }));
    expect(unsafeLinks(document)).toEqual([]);
    expect(document.body.textContent).toContain(`words ${UNSAFE_URLS.length - 1}`);
  });
});

describe.each(XSS_VECTORS.map((entry) => [entry.id, entry.name, entry] as const))('vector %i (%s)', (_id, _name, entry) => {
  const story = Story.parse({
    schemaVersion: 1,
    id: STORY_ID,
    slug: 'one-vector',
    headline: entry.vector.replace(/[\r\n]+/g, ' '),
    highlights: [entry.vector],
    byline: [{ name: entry.vector }],
    dateline: { location: entry.vector, source: entry.vector },
    lead: { type: 'photo', id: 'lead', media: PICTURE, alt: entry.vector, caption: entry.vector, credit: { organization: entry.vector } },
    body: [{ type: 'paragraph', children: [{ text: entry.vector }, { type: 'link', url: HOSTILE_SAFE_URLS[0], children: [{ text: entry.vector }] }] }],
    createdAt: '2026-11-28T09:00:00.000Z',
    updatedAt: '2026-11-28T09:00:00.000Z',
  });

  it('is inert text in the story document', () => {
    const document = parse(renderStoryHtml(story, folderExport));
    expect(storyDocumentProblems(document)).toEqual([]);
    expect(document.querySelector('[data-part="body"] > p')!.textContent!.endsWith(`${shown(entry.vector)}${shown(entry.vector)}`)).toBe(true);
  });

  it('is inert text in the Markdown, once a Markdown processor has read it: no markup, no link, no picture of its own', () => {
    const document = parse(marked.parse(renderStoryMarkdown(story, { creditStyle: 'cnn' }), { async: false }));
    expect(activeContentProblems(document)).toEqual([]);
    expect(unsafeLinks(document)).toEqual([]);
    expect(pictureSources(document)).toEqual([mediaPath(PICTURE)]);
    // The one link of the paragraph, as marked writes it (percent-encoded).
    expect([...document.querySelectorAll('a')].map((link) => decodeURI(link.getAttribute('href')!))).toEqual([HOSTILE_SAFE_URLS[0]]);
  });
});
