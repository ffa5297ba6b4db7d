// @vitest-environment jsdom
// The Markdown is read back with `marked` (CommonMark + GFM) and the HTML it gives is inspected: that is
// what a reader of the export sees, and it must have the structure the HTML renderer writes.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { CreditStyle } from '../../../shared/bridge/preferences.ts';
import { renderStoryMarkdown, type MarkdownRenderOptions } from '../../../shared/render/markdown.ts';
import { parseStory } from '../../../shared/story/parse.ts';
import type { Inline, Story, StoryInput } from '../../../shared/story/schema.ts';
import { expectTidyLayout, FIXTURE_NAMES, fixtureStory } from './fixture-stories.ts';

const STYLES: CreditStyle[] = ['cnn', 'ap', 'getty', 'custom'];
const LEAD_PHOTO = 'media/0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0.jpg';

const render = (story: Story, options: Partial<MarkdownRenderOptions> = {}) =>
  renderStoryMarkdown(story, { creditStyle: 'cnn', ...options });
const html = (markdown: string) => marked.parse(markdown, { async: false });
const read = (markdown: string) => new DOMParser().parseFromString(html(markdown), 'text/html').body;
const tags = (element: Element) => [...element.children].map((child) => child.tagName.toLowerCase());

/** A story with only what a test gives it. */
function story(parts: Partial<StoryInput> = {}): Story {
  return parseStory({
    schemaVersion: 1,
    id: '01htq2ax5c0000000000000000',
    slug: '',
    headline: '',
    dateline: {},
    createdAt: '2017-03-31T18:02:11.000Z',
    updatedAt: '2017-03-31T18:02:11.000Z',
    ...parts,
  });
}
const paragraph = (...children: Inline[]) => ({ type: 'paragraph' as const, children });

const courthouse = fixtureStory('courthouse-arrests.json');
const unAssembly = fixtureStory('un-general-assembly-photos.json');

describe('renderStoryMarkdown()', () => {
  describe('over every fixture', () => {
    const cases = FIXTURE_NAMES.flatMap((name) => STYLES.map((creditStyle) => ({ name, creditStyle })));

    it.each(cases)('renders $name with $creditStyle credits the same bytes every time', ({ name, creditStyle }) => {
      const first = render(fixtureStory(name), { creditStyle });
      expect(render(fixtureStory(name), { creditStyle })).toBe(first);
      expect(render(structuredClone(fixtureStory(name)), { creditStyle })).toBe(first);
    });

    it.each(cases)(
      'writes $name with $creditStyle credits as blocks parted by one blank line, with no trailing spaces and one final newline',
      ({ name, creditStyle }) => {
        const markdown = render(fixtureStory(name), { creditStyle });
        expectTidyLayout(markdown);
        expect(() => html(markdown)).not.toThrow();
      },
    );

    it.each(FIXTURE_NAMES)('never prints the editor’s notes or the embargo of %s', (name) => {
      const fixture = fixtureStory(name);
      const markdown = render(fixture);
      if (fixture.editorsNotes) expect(markdown).not.toContain(fixture.editorsNotes);
      if (fixture.embargo) expect(markdown).not.toContain(fixture.embargo.slice(0, 10));
      if (fixture.slug) expect(markdown).not.toContain(fixture.slug);
    });
  });

  it('leaves out the desk’s metadata: editor’s notes, keywords, status, slug and embargo', () => {
    const markdown = render(
      story({
        headline: 'Headline',
        slug: 'slug-marker',
        keywords: ['keyword-marker'],
        status: 'ready',
        editorsNotes: 'notes-marker',
        embargo: '2031-05-06T07:08:09.000Z',
        body: [paragraph({ text: 'Body.' })],
      }),
    );
    expect(markdown).toBe('# Headline\n\nBody.\n');
  });

  it('writes an empty story as a single newline', () => {
    expect(render(fixtureStory('new-draft.json'))).toBe('\n');
  });

  describe('the courthouse story', () => {
    const markdown = render(courthouse);
    const body = read(markdown);

    it('puts the headline in an h1, then the highlights as a list under their bold label, then the byline', () => {
      expect(markdown.startsWith('# DOJ and DHS say immigration arrests at courthouses will continue\n\n**Story highlights**\n\n- DHS')).toBe(true);
      expect(tags(body).slice(0, 4)).toEqual(['h1', 'p', 'ul', 'p']);
      expect(body.querySelector('h1')?.textContent).toBe(courthouse.headline);
      expect(body.children[1]?.innerHTML).toBe('<strong>Story highlights</strong>');
      expect([...body.querySelectorAll(':scope > ul:first-of-type > li')].map((li) => li.textContent)).toEqual(courthouse.highlights);
      expect(body.children[3]?.textContent).toBe('By Laura Jarrett, CNN');
    });

    it('shows the lead photo from the media folder with its alt text, then the caption in italics and the credit line', () => {
      const image = body.querySelector('img');
      expect(image?.getAttribute('src')).toBe(LEAD_PHOTO);
      expect(image?.getAttribute('alt')).toBe(courthouse.lead?.type === 'photo' ? courthouse.lead.alt : null);
      const caption = image?.closest('p')?.nextElementSibling;
      expect(caption?.querySelector('em')?.textContent).toMatch(/^President Donald Trump addresses .* Sept\. 25, 2018\.$/);
      expect(caption?.textContent).toMatch(/2018\. PHOTO: Richard Drew\/AP$/);
    });

    it('opens the first paragraph with the dateline in bold and an em dash', () => {
      expect(markdown).toContain('\n\n**(CNN)** — The Departments of Justice and Homeland Security said');
      const first = [...body.querySelectorAll(':scope > p')].find((p) => p.textContent?.includes('The Departments'));
      expect(first?.firstElementChild?.tagName).toBe('STRONG');
      expect(first?.firstElementChild?.textContent).toBe('(CNN)');
      expect(first?.textContent?.startsWith('(CNN) — The Departments of Justice')).toBe(true);
      expect(first?.querySelector('em')?.textContent).toBe('sanctuary');
    });

    it('writes the subhead as an h2 and the quote as a blockquote ending in its attribution', () => {
      expect(body.querySelector('h2')?.textContent).toBe('A letter to California');
      expect(markdown).toContain(
        '> Our courthouses serve as a vital forum for ensuring access to justice and protecting public safety.\n>\n> — Tani Cantil-Sakauye',
      );
      expect([...body.querySelectorAll('blockquote > p')].map((p) => p.textContent)).toEqual([
        'Our courthouses serve as a vital forum for ensuring access to justice and protecting public safety.',
        '— Tani Cantil-Sakauye',
      ]);
    });

    it('nests the numbered sublist inside its bulleted item, and keeps the bold link in it', () => {
      expect(markdown).toContain('- ICE says its arrests are targeted\n  1. [**ICE**](https://www.ice.gov/)\n');
      const link = body.querySelector('ul > li > ol > li > a');
      expect(link?.getAttribute('href')).toBe('https://www.ice.gov/');
      expect(link?.innerHTML).toBe('<strong>ICE</strong>');
    });

    it('prints the video’s title in bold with its running time, then its credit', () => {
      expect(markdown).toContain("\n\n**Video: ICE releases 'Dreamer' Daniel Ramirez Medina** (00:33)\n\nVIDEO: CNN\n\n");
    });

    it('lists the related videos under their heading, numbered, with their running time', () => {
      const heading = [...body.querySelectorAll('h2')].find((h2) => h2.textContent === 'Related videos');
      expect(heading?.nextElementSibling?.tagName).toBe('OL');
      expect([...heading!.nextElementSibling!.children].map((li) => li.textContent)).toEqual([
        'Trump to migrants: Make your nations great again (01:17)',
      ]);
    });

    it('ends with the correction, dated in UTC', () => {
      expect(markdown.endsWith('## Correction\n\nApril 1, 2017: An earlier version misspelled the chief justice\'s name.\n')).toBe(true);
    });

    it('prints the credit in the house style asked for', () => {
      expect(render(courthouse, { creditStyle: 'ap' })).toContain('25, 2018._ (AP Photo/Richard Drew)\n');
      expect(render(courthouse, { creditStyle: 'getty' })).toContain('25, 2018._ Photo by Richard Drew/AP\n');
      expect(render(courthouse, { creditStyle: 'custom', customCreditPattern: '{organization} / {photographers}' })).toContain(
        '25, 2018._ AP / Richard Drew\n',
      );
    });
  });

  describe('the UN story', () => {
    const markdown = render(unAssembly);
    const body = read(markdown);

    it('puts the subheadline in italics under the headline', () => {
      expect(tags(body).slice(0, 2)).toEqual(['h1', 'p']);
      expect(body.children[1]?.children[0]?.tagName).toBe('EM');
      expect(body.children[1]?.textContent).toBe(unAssembly.subheadline);
      expect(markdown).toContain(`\n\n_${unAssembly.subheadline}_\n\n`);
    });

    it('writes the lead video as its title line, its poster, its caption and credit, then the poster’s', () => {
      expect(markdown).toContain(
        [
          '**Video: Trump to migrants: Make your nations great again** (1:02:03)',
          '![Immigrants in a line leave a white bus outside a detention centre](media/b1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90.jpg)',
          '_The president spoke at a rally in Montana._ VIDEO: CNN',
          '_Central American immigrants depart ICE custody, pending future immigration court hearings on June 11, 2018 in McAllen, Texas._ PHOTO: John Moore/Getty Images',
        ].join('\n\n'),
      );
    });

    it('keeps bold italic text and a link whose last word is italic', () => {
      const first = [...body.querySelectorAll('p')].find((p) => p.textContent?.startsWith('UNITED NATIONS (CNN) — President'));
      expect(first?.querySelector('strong > em')?.textContent).toBe('rejects');
      expect(first?.querySelector('a')?.getAttribute('href')).toBe('https://www.cnn.com/politics');
      expect(first?.querySelector('a')?.innerHTML).toBe('laughter <em>from</em>');
    });

    it('prints a photo without a file as its caption line only, and a credit with no caption alone', () => {
      expect(body.querySelectorAll('img')).toHaveLength(2);
      expect(markdown).toContain('\n\n_Watched by Homeland Security Secretary Kirstjen Nielsen,');
      expect(markdown).toContain('PHOTO: Mandel Ngan and Saul Loeb/AFP/Getty Images\n\nPHOTO: Carlos Barria/Pool via AP\n\n');
    });

    it('nests lists three deep: numbered in bulleted in numbered', () => {
      expect(markdown).toContain('1. Iran\n   - sanctions\n   - the nuclear deal\n     1. third level\n2. OPEC\n');
      expect(body.querySelector('ol > li > ul > li > ol > li')?.textContent).toBe('third level');
      expect([...body.querySelectorAll(':scope > ol > li')].map((li) => li.firstChild?.textContent)).toContain('OPEC');
    });

    it('writes a quote without attribution as the quote alone', () => {
      expect(markdown).toContain('\n\n> We reject the ideology of globalism.\n\n');
    });

    it('lists a related video without a running time by its title alone', () => {
      expect(markdown).toContain('## Related videos\n\n1. Judge blocks asylum seekers from deportation (01:06)\n2. Trump: Take children away to prosecute parents\n');
    });
  });

  describe('story text that looks like Markdown', () => {
    it('keeps "*not bold* #1 [x](y)" as the words they are', () => {
      const markdown = render(story({ body: [paragraph({ text: '*not bold* #1 [x](y)' })] }));
      expect(markdown).toBe('\\*not bold\\* #1 \\[x\\](y)\n');
      expect(html(markdown)).toBe('<p>*not bold* #1 [x](y)</p>\n');
    });

    const literal = [
      '# not a heading',
      '###### nor this',
      '1. not a list',
      '2) nor this',
      '2017. A year, not a list',
      '- not a bullet',
      '+ nor this',
      '* nor this',
      '> not a quote',
      '---',
      '***',
      '___',
      '===',
      '<b>not html</b>',
      '<div>not a block</div>',
      '<!-- not a comment -->',
      '<https://example.com> not an autolink',
      '`not code`',
      '```js',
      '~~~',
      '~~not struck~~ nor ~this~',
      '| a | b |',
      '_not italic_ and __not bold__ but snake_case_words',
      '**not bold** nor *this*',
      '&amp; &copy; &#169; stay as typed',
      'https://example.com, www.example.com and jane@example.com stay unlinked',
      'A backslash \\ and \\* and a trailing one \\',
      '[ref]: https://example.com',
      '[^1] is not a footnote',
      '![not an image](x.png)',
      '[ ] not a task',
      'Ends with a hash #',
      '    Four spaces are not code',
    ];

    it.each(literal)('keeps %j as text in a paragraph', (text) => {
      const body = read(render(story({ body: [paragraph({ text })] })));
      expect(tags(body)).toEqual(['p']);
      expect(body.children[0]?.children).toHaveLength(0);
      expect(body.children[0]?.textContent).toBe(text.trim());
    });

    it.each(literal)('keeps %j as text in a heading, a list item, a quote, a highlight and a caption', (text) => {
      const body = read(
        render(
          story({
            headline: text,
            highlights: [text],
            body: [
              { type: 'subhead', children: [{ text }] },
              { type: 'list', style: 'numbered', items: [{ children: [{ text }], sublist: { type: 'list', style: 'bulleted', items: [{ children: [{ text }] }] } }] },
              { type: 'block-quote', children: [{ text }], attribution: text },
              { type: 'photo', id: 'p', media: null, caption: text, credit: {} },
            ],
          }),
        ),
      );
      const expected = text.trim();
      expect(body.querySelector('h1')?.textContent).toBe(expected);
      expect(body.querySelector('ul > li')?.textContent).toBe(expected);
      expect(body.querySelector('h2')?.textContent).toBe(expected);
      expect(body.querySelector('ol > li')?.firstChild?.textContent).toBe(expected);
      expect(body.querySelector('ol > li > ul > li')?.textContent).toBe(expected);
      expect([...body.querySelectorAll('blockquote > p')].map((p) => p.textContent)).toEqual([expected, `— ${expected}`]);
      expect(body.querySelector(':scope > p:last-child > em')?.textContent).toBe(expected);
      expect(body.querySelectorAll('a, img, code, del, h3, h4, h5, h6, hr, table, pre, input')).toHaveLength(0);
    });

    it('keeps a line break typed in a paragraph as a hard break, and a "1." after it is not a list', () => {
      const markdown = render(story({ body: [paragraph({ text: 'First line\n1. second line\n# third' })] }));
      expect(markdown).toBe('First line\\\n1\\. second line\\\n\\# third\n');
      expect(html(markdown)).toBe('<p>First line<br>1. second line<br># third</p>\n');
    });

    it('does not let a "!" before a link make an image', () => {
      const markdown = render(story({ body: [paragraph({ text: 'Wow!' }, { type: 'link', url: 'https://example.com/', children: [{ text: 'see' }] })] }));
      expect(html(markdown)).toBe('<p>Wow!<a href="https://example.com/">see</a></p>\n');
    });
  });

  describe('bold, italic and links', () => {
    it('moves spaces out of the markers, which CommonMark would not read as bold', () => {
      const markdown = render(story({ body: [paragraph({ text: 'a' }, { text: ' bold ', bold: true }, { text: 'word' })] }));
      expect(markdown).toBe('a **bold** word\n');
    });

    it('keeps bold across a run that is also italic', () => {
      const markdown = render(
        story({ body: [paragraph({ text: 'all ', bold: true }, { text: 'of this', bold: true, italic: true }, { text: ' is bold', bold: true })] }),
      );
      expect(markdown).toBe('**all _of this_ is bold**\n');
      expect(html(markdown)).toBe('<p><strong>all <em>of this</em> is bold</strong></p>\n');
    });

    it('uses * or <em>/<strong> where _ and ** cannot open or close, inside a word', () => {
      const markdown = render(
        story({
          body: [
            paragraph({ text: 'un' }, { text: 'believ', italic: true }, { text: 'able' }),
            paragraph({ text: 'the' }, { text: '“Times”', bold: true }, { text: 'reported' }),
          ],
        }),
      );
      expect(html(markdown)).toBe('<p>un<em>believ</em>able</p>\n<p>the<strong>“Times”</strong>reported</p>\n');
    });

    it('links web and mail addresses, with parentheses and escapes in the address kept', () => {
      const url = 'https://en.wikipedia.org/wiki/Foo_(bar)?a=1&b=2';
      const markdown = render(
        story({
          body: [
            paragraph(
              { type: 'link', url, children: [{ text: 'Foo (bar)' }] },
              { text: ' and ' },
              { type: 'link', url: 'mailto:desk@example.com', children: [{ text: 'the desk' }] },
            ),
          ],
        }),
      );
      expect(markdown).toBe(`[Foo (bar)](<${url}>) and [the desk](mailto:desk@example.com)\n`);
      const links = [...read(markdown).querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).toEqual([url, 'mailto:desk@example.com']);
    });

    it('keeps only the words of a link to anything but the web or mail, even one that slipped past the schema', () => {
      const unsafe = structuredClone(story({ body: [paragraph({ text: 'x' })] }));
      unsafe.body = [paragraph({ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'click' }] })];
      const markdown = render(unsafe);
      expect(markdown).toBe('click\n');
      expect(read(markdown).querySelector('a')).toBeNull();
    });
  });

  describe('lists', () => {
    const list = (style: 'bulleted' | 'numbered', ...words: string[]) => ({
      type: 'list' as const,
      style,
      items: words.map((text) => ({ children: [{ text }] })),
    });

    it('keeps two lists in a row apart instead of merging them', () => {
      const markdown = render(
        story({ body: [list('bulleted', 'a', 'b'), list('bulleted', 'c'), list('numbered', 'd'), list('numbered', 'e'), list('numbered', 'f')] }),
      );
      expect(markdown).toBe('- a\n- b\n\n* c\n\n1. d\n\n1) e\n\n1. f\n');
      expect(tags(read(markdown))).toEqual(['ul', 'ul', 'ol', 'ol', 'ol']);
    });

    it('keeps the highlights and a list opening the body apart', () => {
      const markdown = render(story({ highlights: ['One', 'Two'], body: [list('bulleted', 'Three')] }));
      expect(tags(read(markdown))).toEqual(['p', 'ul', 'ul']);
    });

    it('indents a sublist under the tenth item by the width of "10."', () => {
      const items = Array.from({ length: 11 }, (_, index) => ({ children: [{ text: `item ${index + 1}` }] }));
      const withSublist = { ...items[9]!, sublist: list('bulleted', 'under ten') };
      const markdown = render(story({ body: [{ type: 'list', style: 'numbered', items: [...items.slice(0, 9), withSublist, items[10]!] }] }));
      expect(markdown).toContain('10. item 10\n    - under ten\n11. item 11\n');
      const ol = read(markdown).querySelector('ol')!;
      expect(ol.children).toHaveLength(11);
      expect(ol.children[9]?.querySelector('ul > li')?.textContent).toBe('under ten');
    });

    it('keeps empty items as items, without underlining their parent as a heading', () => {
      const markdown = render(
        story({
          body: [
            {
              type: 'list',
              style: 'bulleted',
              items: [{ children: [{ text: 'parent' }], sublist: list('bulleted', '', 'x') }, { children: [{ text: '' }] }, { children: [{ text: 'last' }] }],
            },
          ],
        }),
      );
      const body = read(markdown);
      expect(body.querySelector('h2')).toBeNull();
      expect(body.querySelectorAll(':scope > ul > li')).toHaveLength(3);
      expect(body.querySelectorAll('ul ul > li')).toHaveLength(2);
      expect(markdown).not.toMatch(/[ \t]$/m);
    });
  });

  describe('pictures', () => {
    const photo = (media: string | null, caption = 'A caption.') => ({
      type: 'photo' as const,
      id: 'p',
      media,
      alt: 'What the picture shows [wide]',
      caption,
      credit: { photographers: ['Richard Drew'], organization: 'AP' },
    });
    const file = 'c1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90.jpg';

    it('loads images from the media folder unless told otherwise', () => {
      const withPhoto = story({ body: [photo(file)] });
      expect(render(withPhoto)).toBe(`![What the picture shows \\[wide\\]](media/${file})\n\n_A caption._ PHOTO: Richard Drew/AP\n`);
      const image = read(render(withPhoto, { mediaUrl: (name) => `https://cdn.example/a b/${name}` })).querySelector('img');
      expect(image?.getAttribute('src')).toBe(`https://cdn.example/a%20b/${file}`);
      expect(image?.getAttribute('alt')).toBe('What the picture shows [wide]');
    });

    it('keeps the caption of a picture that is not available', () => {
      expect(render(story({ body: [photo(file)] }), { mediaUrl: () => null })).toBe('_A caption._ PHOTO: Richard Drew/AP\n');
    });

    it('asks mediaUrl only for the pictures it writes, so the export copies no file the text does not link', () => {
      const poster = 'd1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90.jpg';
      const asked: string[] = [];
      const markdown = render(
        story({
          body: [photo(file)],
          relatedVideos: [{ type: 'video', id: 'r', title: 'Related', poster: { media: poster, caption: 'Poster.', credit: {} }, credit: {} }],
        }),
        { mediaUrl: (name) => (asked.push(name), `media/${name}`) },
      );
      expect(asked).toEqual([file]);
      expect(markdown).toContain('## Related videos\n\n1. Related\n');
      expect(markdown).not.toContain(poster);
    });

    it('leaves out an empty photo slot altogether', () => {
      const empty = { type: 'photo' as const, id: 'p', media: null, caption: ' ', credit: {} };
      expect(render(story({ headline: 'H', body: [empty, paragraph({ text: 'After.' })] }))).toBe('# H\n\nAfter.\n');
    });
  });

  describe('the dateline', () => {
    it('stands alone at the start of the body when there is no paragraph to open', () => {
      const markdown = render(
        story({ dateline: { location: 'Washington', source: 'AP' }, body: [{ type: 'subhead', children: [{ text: 'Only a subhead' }] }] }),
      );
      expect(markdown).toBe('**WASHINGTON (AP)** —\n\n## Only a subhead\n');
    });

    it('opens an empty first paragraph, and only the first paragraph', () => {
      const markdown = render(
        story({ dateline: { location: '', source: 'CNN' }, body: [paragraph({ text: '' }), paragraph({ text: 'Second.' })] }),
      );
      expect(markdown).toBe('**(CNN)** —\n\nSecond.\n');
    });
  });
});
