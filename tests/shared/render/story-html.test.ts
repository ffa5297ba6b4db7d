// @vitest-environment jsdom
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import type { CreditStyle } from '../../../shared/bridge/preferences.ts';
import { renderStoryHtml } from '../../../shared/render/html/story-html.ts';
import { mediaPath, type HtmlRenderOptions } from '../../../shared/render/render-options.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { FIXTURE_NAMES, STORY_STYLESHEET, fixtureStory } from './fixture-stories.ts';

const folderExport: HtmlRenderOptions = {
  creditStyle: 'cnn',
  stylesheet: STORY_STYLESHEET,
  mediaUrl: mediaPath,
  includeVideoFiles: true,
};
const render = (story: Story, options: Partial<HtmlRenderOptions> = {}) => renderStoryHtml(story, { ...folderExport, ...options });
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const text = (document: Document, selector: string) => document.querySelector(selector)?.textContent ?? null;

const courthouse = fixtureStory('courthouse-arrests.json');
const hostile = fixtureStory('hostile-and-awkward-text.json');
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe('renderStoryHtml()', () => {
  describe('over every fixture', () => {
    const cases = FIXTURE_NAMES.flatMap((name) =>
      (['cnn', 'ap', 'getty', 'custom'] as CreditStyle[]).flatMap((creditStyle) =>
        [true, false].map((includeVideoFiles) => ({ name, creditStyle, includeVideoFiles })),
      ),
    );

    it.each(cases)(
      'writes $name ($creditStyle credits, video files $includeVideoFiles) as a document html-validate’s recommended rules accept',
      async ({ name, creditStyle, includeVideoFiles }) => {
        const report = await validator.validateString(render(fixtureStory(name), { creditStyle, includeVideoFiles }));
        const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
        expect(messages).toEqual([]);
      },
    );

    it.each(FIXTURE_NAMES)('gives byte-identical output for %s every time, from a fresh copy of the story too', (name) => {
      const story = fixtureStory(name);
      const first = render(story);
      expect(render(story)).toBe(first);
      expect(render(structuredClone(fixtureStory(name)))).toBe(first);
    });

    it.each(FIXTURE_NAMES)('writes no script but the JSON-LD and no editor markup in %s', (name) => {
      const html = render(fixtureStory(name));
      const document = parse(html);
      const scripts = [...document.querySelectorAll('script')];
      expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['application/ld+json']);
      const attributes = [...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames());
      expect(attributes.filter((attribute) => /^on|^contenteditable$|^data-slate|^spellcheck$|^draggable$/.test(attribute))).toEqual([]);
      expect(html).not.toMatch(/data-slate|slate-|contenteditable|zero-width|\u200b|\ufeff/i);
    });

    it.each(FIXTURE_NAMES)('makes no network reference in %s: links are navigation, never a load', (name) => {
      const document = parse(render(fixtureStory(name)));
      const loads = [...document.querySelectorAll('[src], [poster], link[href], [srcset]')].flatMap((element) =>
        ['src', 'poster', 'href', 'srcset'].map((attribute) => element.getAttribute(attribute)).filter((value) => value !== null),
      );
      expect(loads.filter((url) => !/^media\/[0-9a-f]{64}\.\w+$/.test(url!))).toEqual([]);
      expect(STORY_STYLESHEET).not.toMatch(/url\(|@import/);
    });
  });

  it('prints the export time only when it is asked for', () => {
    expect(render(courthouse)).not.toMatch(/name="generated"/);
    expect(render(courthouse, { generatedAt: '2026-11-28T01:02:03.000Z' })).toContain(
      '<meta name="generated" content="2026-11-28T01:02:03.000Z">',
    );
  });

  describe('the parts of a story', () => {
    const document = parse(render(courthouse));

    it('marks each part with data-part so a CMS can pick the story apart', () => {
      const parts = new Set([...document.querySelectorAll('[data-part]')].map((element) => element.getAttribute('data-part')));
      for (const part of ['headline', 'highlights', 'byline', 'dateline', 'body', 'figure', 'caption', 'credit', 'video', 'related-videos']) {
        expect(parts, part).toContain(part);
      }
    });

    it('puts the headline in the only <h1> and the highlights in a list', () => {
      expect([...document.querySelectorAll('h1')].map((h1) => h1.textContent)).toEqual([courthouse.headline]);
      expect([...document.querySelectorAll('[data-part="highlights"] li')].map((li) => li.textContent)).toEqual(courthouse.highlights);
      expect(document.querySelector('article')?.closest('main')).not.toBeNull();
    });

    it('prints the dateline at the start of the first paragraph, as newspapers do', () => {
      const first = document.querySelector('[data-part="body"] > p');
      expect(first?.firstElementChild?.getAttribute('data-part')).toBe('dateline');
      expect(first?.textContent).toMatch(/^\(CNN\) — The Departments of Justice and Homeland Security said/);
    });

    it('writes the byline as a desk would', () => {
      expect(text(document, '[data-part="byline"]')).toBe('By Laura Jarrett, CNN');
    });

    it('puts each photo in a <figure> with alt text and a caption holding the credit line in the house style', () => {
      const figure = document.querySelector('figure[data-part="figure"]')!;
      expect(figure.querySelector('img')?.getAttribute('alt')).toBe(courthouse.lead?.type === 'photo' ? courthouse.lead.alt : null);
      expect(figure.querySelector('figcaption [data-part="caption"]')?.textContent).toMatch(/^President Donald Trump addresses/);
      expect(figure.querySelector('figcaption [data-part="credit"]')?.textContent).toBe('PHOTO: Richard Drew/AP');
      const ap = parse(render(courthouse, { creditStyle: 'ap' }));
      expect(text(ap, 'figure[data-part="figure"] [data-part="credit"]')).toBe('(AP Photo/Richard Drew)');
    });

    it('gives a video its title, its running time as an ISO 8601 duration and its poster’s credit', () => {
      const related = document.querySelector('[data-part="related-videos"] [data-part="video"]')!;
      expect(related.querySelector('[data-part="video-title"]')?.textContent).toBe('Trump to migrants: Make your nations great again');
      const duration = related.querySelector('time[data-part="duration"]');
      expect([duration?.textContent, duration?.getAttribute('datetime')]).toEqual(['01:17', 'PT1M17S']);
      expect(related.querySelector('[data-part="poster-credit"]')?.textContent).toBe('PHOTO: John Moore/Getty Images');
      expect(related.querySelector('[data-part="credit"]')?.textContent).toBe('VIDEO: CNN');
    });

    it('gives body block n as the body’s element n, so the preview can find the block being edited', () => {
      const body = document.querySelector('[data-part="body"]')!;
      expect([...body.children].map((element) => element.tagName.toLowerCase())).toEqual(['p', 'h2', 'figure', 'ul', 'figure']);
      expect(body.children.length).toBe(courthouse.body.length);
    });

    it('prints corrections with their dates, and never the editor’s notes, slug, status or embargo', () => {
      expect(text(document, '[data-part="corrections"] p')).toBe("April 1, 2017: An earlier version misspelled the chief justice's name.");
      const hostileHtml = render(hostile);
      expect(hostileHtml).not.toContain('secret');
      expect(hostileHtml).not.toContain('2026-12-01T09:00');
      expect(hostileHtml).not.toMatch(/\bdraft\b/);
    });
  });

  describe('untrusted text', () => {
    const html = render(hostile);
    const document = parse(html);

    it('stays text wherever it is written, and nothing it holds becomes an element', () => {
      expect(text(document, 'h1')).toBe(hostile.headline);
      expect(text(document, '[data-part="subheadline"]')).toBe(hostile.subheadline);
      expect(document.querySelectorAll('script')).toHaveLength(1);
      expect(document.querySelectorAll('b, img[onerror], li li li')).toHaveLength(0);
      const firstParagraph = document.querySelector('[data-part="body"] > p')!;
      expect(firstParagraph.textContent).toContain("<script>alert('body')</script> and <!-- a comment --> and &amp; and");
      expect(document.querySelector('img[src$=".jpg"]')?.getAttribute('alt')).toBe('Alt text with "double quotes" & <angle brackets>');
    });

    it('cannot end the JSON-LD script early, and the JSON-LD reads back as the story wrote it', () => {
      const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(jsonLd.video[0].name).toBe('Video title with </script><!-- in it');
      expect(jsonLd.video[0].thumbnail.caption).toBe('Poster caption with </script> and & and <tags>.');
      expect(html.match(/<\/script/gi)).toHaveLength(1);
    });

    it('keeps a link’s address exactly, and soft line breaks as <br>', () => {
      expect(document.querySelector('[data-part="body"] a')?.getAttribute('href')).toBe('https://example.com/search?q=a&b="c"<d>');
      expect(document.querySelector('[data-part="body"] > p br')).not.toBeNull();
    });

    it('writes a link to anything but the web or mail as plain text', () => {
      const story: Story = {
        ...courthouse,
        body: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'click' }] }] }],
      };
      const body = parse(render(story)).querySelector('[data-part="body"] > p')!;
      expect(body.querySelector('a')).toBeNull();
      expect(body.textContent).toContain('click');
    });

    it('drops control characters the HTML parser would reject', async () => {
      const story: Story = { ...courthouse, headline: 'Bell\u0007 and \u0000null' };
      const output = render(story);
      expect(text(parse(output), 'h1')).toBe('Bell and null');
      expect((await validator.validateString(output)).valid).toBe(true);
    });

    it('opens with the dateline in place even when the body starts with a subhead', () => {
      const first = document.querySelector('[data-part="body"] > p');
      expect(first?.textContent).toMatch(/^JAKARTA \(Reuters\) — Text that looks like markup/);
    });
  });

  describe('the document title', () => {
    it('is the headline, cut at a word with an ellipsis when it is longer than 70 characters', () => {
      const story = fixtureStory('un-general-assembly-photos.json');
      const title = parse(render(story)).title;
      expect(story.headline.length).toBeGreaterThan(70);
      expect(title).toBe('Trump tells the UN General Assembly he rejects ‘the ideology of…');
      expect(text(parse(render(story)), 'h1')).toBe(story.headline);
    });

    it('falls back to the slug, then to "Untitled story"', () => {
      expect(parse(render({ ...courthouse, headline: '' })).title).toBe('courthouse-arrests');
      expect(parse(render({ ...courthouse, headline: '', slug: '' })).title).toBe('Untitled story');
    });
  });

  describe('pictures', () => {
    it('takes each picture’s address from mediaUrl, and leaves out a picture whose file is not there', () => {
      const inlined = parse(render(courthouse, { mediaUrl: (file) => `data:image/jpeg;base64,${file.slice(0, 8)}` }));
      expect(inlined.querySelector('figure img')?.getAttribute('src')).toBe('data:image/jpeg;base64,0f1e2d3c');
      const missing = parse(render(courthouse, { mediaUrl: () => null }));
      expect(missing.querySelector('figure[data-part="figure"] img')).toBeNull();
      expect(missing.querySelector('figure[data-part="figure"] [data-part="caption"]')).not.toBeNull();
    });

    it('shows a video by its poster when video files may not be linked (the single-file export)', () => {
      const single = parse(render(hostile, { includeVideoFiles: false }));
      expect(single.querySelector('video')).toBeNull();
      expect(single.querySelector('figure[data-part="video"] img')?.getAttribute('alt')).toMatch(/^A crowd outside a courthouse/);
      const folder = parse(render(hostile, { includeVideoFiles: true }));
      expect(folder.querySelector('video')?.getAttribute('poster')).toMatch(/^media\/e1b2/);
    });
  });
});
