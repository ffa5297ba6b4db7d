import { describe, expect, it } from 'vitest';
import type { CreditStyle } from '../../../shared/bridge/preferences.ts';
import type { CreditHouseStyle } from '../../../shared/render/story-lines.ts';
import { renderStoryText } from '../../../shared/render/wire-text.ts';
import { parseStory } from '../../../shared/story/parse.ts';
import type { Inline, Story, StoryInput } from '../../../shared/story/schema.ts';
import { expectTidyLayout, FIXTURE_NAMES, fixtureStory } from './fixture-stories.ts';

const STYLES: CreditStyle[] = ['cnn', 'ap', 'getty', 'custom'];

const render = (story: Story, style: Partial<CreditHouseStyle> = {}) => renderStoryText(story, { creditStyle: 'cnn', ...style });

/** A story with only what a test gives it. */
function story(parts: Partial<StoryInput> = {}): Story {
  return parseStory({
    schemaVersion: 1,
    id: '01htq2ax5c0000000000000000',
    slug: '',
    headline: '',
    dateline: {},
    createdAt: '2024-02-01T10:00:00.000Z',
    updatedAt: '2024-02-01T10:00:00.000Z',
    ...parts,
  });
}
const paragraph = (...children: Inline[]) => ({ type: 'paragraph' as const, children });

const airport = story({
  slug: 'jakarta-airport',
  headline: 'Storm closes Jakarta airport',
  subheadline: 'Flights resume on Friday.',
  highlights: ['Hundreds of flights cancelled', ' ', 'Runway flooded'],
  byline: [{ name: 'Luis Ortega', organization: 'Reuters' }],
  dateline: { location: 'Jakarta', source: 'Reuters' },
  body: [
    paragraph(
      { text: 'Heavy rain ' },
      { text: 'closed', bold: true },
      { text: ' the airport, ' },
      { type: 'link', url: 'https://example.com/airport', children: [{ text: 'officials said', italic: true }] },
      { text: '.' },
    ),
    { type: 'subhead', children: [{ text: 'What comes next' }] },
    paragraph({ text: 'Updates at ' }, { type: 'link', url: 'https://example.com/', children: [{ text: 'example.com' }] }, { text: '.' }),
    { type: 'block-quote', children: [{ text: 'We have never seen water like this.' }], attribution: 'Budi Santoso, airport manager' },
    {
      type: 'list',
      style: 'numbered',
      items: [
        { children: [{ text: 'Terminal 1' }], sublist: { type: 'list', style: 'bulleted', items: [{ children: [{ text: 'closed' }] }] } },
        { children: [{ text: 'Terminal 2' }] },
      ],
    },
    {
      type: 'photo',
      id: 'p1',
      media: 'c1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90.jpg',
      alt: 'A flooded runway',
      caption: 'Water covers the runway on Thursday.',
      credit: { photographers: ['Ali Rahman'], organization: 'Reuters' },
    },
    { type: 'video', id: 'v1', title: 'Flooded runway', durationSeconds: 77, caption: 'Drone footage.', credit: { organization: 'Reuters' } },
  ],
  relatedVideos: [{ type: 'video', id: 'r1', title: 'Last year’s floods', durationSeconds: 125, credit: {} }],
  keywords: ['monsoon'],
  status: 'ready',
  editorsNotes: 'Check the terminal numbers.',
  embargo: '2024-02-02T06:00:00.000Z',
  corrections: [{ date: '2024-02-01T23:30:00-05:00', text: 'An earlier version misnamed the airport.' }],
});

describe('renderStoryText()', () => {
  it('writes a small story exactly as the wires send it', () => {
    expect(render(airport)).toBe(
      [
        'Storm closes Jakarta airport',
        'Flights resume on Friday.',
        '',
        '- Hundreds of flights cancelled',
        '- Runway flooded',
        '',
        'By Luis Ortega, Reuters',
        '',
        'JAKARTA (Reuters) — Heavy rain closed the airport, officials said (https://example.com/airport).',
        '',
        'What comes next',
        '',
        'Updates at example.com.',
        '',
        '“We have never seen water like this.” — Budi Santoso, airport manager',
        '',
        '1. Terminal 1',
        '  - closed',
        '2. Terminal 2',
        '',
        'PHOTO: Water covers the runway on Thursday. (Ali Rahman/Reuters)',
        '',
        'VIDEO: Flooded runway (01:17) — Drone footage. (Reuters)',
        '',
        'RELATED VIDEOS',
        '1. Last year’s floods (02:05)',
        '',
        'CORRECTION: February 2, 2024: An earlier version misnamed the airport.',
        '',
      ].join('\n'),
    );
  });

  it('never prints the editor’s notes, keywords, status, slug or embargo', () => {
    const text = render(airport);
    for (const secret of ['Check the terminal numbers', 'monsoon', 'ready', 'jakarta-airport', '2024-02-02', '06:00']) {
      expect(text).not.toContain(secret);
    }
  });

  it('writes an empty story as a single newline', () => {
    expect(render(fixtureStory('new-draft.json'))).toBe('\n');
  });

  describe('over every fixture', () => {
    const cases = FIXTURE_NAMES.flatMap((name) => STYLES.map((creditStyle) => ({ name, creditStyle })));

    it.each(cases)('renders $name with $creditStyle credits the same bytes every time', ({ name, creditStyle }) => {
      const first = render(fixtureStory(name), { creditStyle });
      expect(render(fixtureStory(name), { creditStyle })).toBe(first);
      expect(render(structuredClone(fixtureStory(name)), { creditStyle })).toBe(first);
    });

    it.each(cases)(
      'writes $name with $creditStyle credits with blocks parted by one blank line, no trailing spaces and one final newline',
      ({ name, creditStyle }) => {
        const text = render(fixtureStory(name), { creditStyle });
        expectTidyLayout(text);
      },
    );

    it.each(FIXTURE_NAMES)('never prints the editor’s notes, slug or embargo of %s', (name) => {
      const fixture = fixtureStory(name);
      const text = render(fixture);
      if (fixture.editorsNotes) expect(text).not.toContain(fixture.editorsNotes);
      if (fixture.embargo) expect(text).not.toContain(fixture.embargo.slice(0, 10));
      if (fixture.slug) expect(text).not.toContain(fixture.slug);
    });
  });

  describe('the courthouse story', () => {
    const courthouse = fixtureStory('courthouse-arrests.json');
    const text = render(courthouse);
    const lines = text.split('\n');

    it('starts with the headline, then the highlights and the byline', () => {
      expect(lines.slice(0, 7)).toEqual([
        'DOJ and DHS say immigration arrests at courthouses will continue',
        '',
        '- DHS has maintained that courthouses are not considered “sensitive locations”',
        "- The letter was a response to California Chief Justice Tani Cantil-Sakauye's complaint",
        '',
        'By Laura Jarrett, CNN',
        '',
      ]);
    });

    it('opens the first paragraph with the dateline, unwrapped, with its italics dropped', () => {
      expect(lines).toContain(
        '(CNN) — The Departments of Justice and Homeland Security said this week that immigration agents will continue to make arrests at courthouses – and encouraged cities to revoke their sanctuary policies if they object.',
      );
    });

    it('puts the credit in parentheses after the caption, without the "PHOTO:" label', () => {
      expect(lines).toContain(
        'PHOTO: President Donald Trump addresses the 73rd session of the United Nations General Assembly, at U.N. headquarters, Tuesday, Sept. 25, 2018. (Richard Drew/AP)',
      );
    });

    it('uses an AP credit as it is, already in parentheses, never wrapped twice', () => {
      const ap = render(courthouse, { creditStyle: 'ap' });
      expect(ap).toContain('Tuesday, Sept. 25, 2018. (AP Photo/Richard Drew)\n');
      expect(ap).not.toContain('((');
      expect(render(courthouse, { creditStyle: 'getty' })).toContain('Tuesday, Sept. 25, 2018. (Photo by Richard Drew/AP)\n');
      expect(render(courthouse, { creditStyle: 'custom', customCreditPattern: '{photographers} for {organization}' })).toContain(
        'Tuesday, Sept. 25, 2018. (Richard Drew for AP)\n',
      );
    });

    it('writes the subhead on its own line, the quote in curly quotes and the list with its nested link', () => {
      expect(text).toContain('\n\nA letter to California\n\n');
      expect(lines).toContain(
        '“Our courthouses serve as a vital forum for ensuring access to justice and protecting public safety.” — Tani Cantil-Sakauye',
      );
      expect(text).toContain('\n\n- Courthouses require screening for entry\n- ICE says its arrests are targeted\n  1. ICE (https://www.ice.gov/)\n\n');
    });

    it('gives the video its title, running time and credit, the related videos and the correction', () => {
      expect(lines).toContain("VIDEO: ICE releases 'Dreamer' Daniel Ramirez Medina (00:33) (CNN)");
      expect(text).toContain('\n\nRELATED VIDEOS\n1. Trump to migrants: Make your nations great again (01:17)\n\n');
      expect(text.endsWith("\n\nCORRECTION: April 1, 2017: An earlier version misspelled the chief justice's name.\n")).toBe(true);
    });
  });

  describe('the UN story', () => {
    const un = fixtureStory('un-general-assembly-photos.json');

    it('prints the subheadline under the headline and the dateline with its place', () => {
      const text = render(un);
      expect(text.startsWith(`${un.headline}\n${un.subheadline}\n\n`)).toBe(true);
      expect(text).toContain('\n\nUNITED NATIONS (CNN) — President Donald Trump told world leaders on Tuesday that the US rejects');
    });

    it('writes the lead video with its caption and credit, then its poster’s caption and credit', () => {
      expect(render(un)).toContain(
        '\n\nVIDEO: Trump to migrants: Make your nations great again (1:02:03) — The president spoke at a rally in Montana. (CNN)\n' +
          'POSTER: Central American immigrants depart ICE custody, pending future immigration court hearings on June 11, 2018 in McAllen, Texas. (John Moore/Getty Images)\n\n',
      );
    });

    it('keeps AP restrictions after the parenthesised credit', () => {
      expect(render(un, { creditStyle: 'ap' })).toContain(
        'in the Oval Office on June 20, 2018. (Mandel Ngan and Saul Loeb/AFP via Getty Images) MANDATORY CREDIT, NO SALES\n',
      );
    });

    it('prints a credit with no caption on its own, and leaves out an empty paragraph', () => {
      const text = render(un);
      expect(text).toContain('\n\nPHOTO: (Carlos Barria/Pool via AP)\n\n1. Iran\n  - sanctions\n  - the nuclear deal\n    1. third level\n2. OPEC\n\n');
      expect(text).toContain('\n\n“We reject the ideology of globalism.”\n\n');
    });

    it('lists a related video without a running time by its title alone', () => {
      expect(render(un)).toContain(
        '\n\nRELATED VIDEOS\n1. Judge blocks asylum seekers from deportation (01:06)\n2. Trump: Take children away to prosecute parents\n',
      );
    });
  });

  describe('awkward text', () => {
    const hostile = render(fixtureStory('hostile-and-awkward-text.json'));

    it('prints markup and Markdown characters as they were typed', () => {
      expect(hostile).toContain('\n\n*Not emphasis*, #not-a-heading, 1. not a list, [not](a-link) and `not code` | not a table.\n\n');
      expect(hostile.split('\n')[0]).toBe('Markup in a headline: <script>alert("h1")</script> & “quotes” stay text');
    });

    it('keeps a line break typed inside a paragraph, and the link’s address after its text', () => {
      expect(hostile).toContain(
        'then a link with awkward characters (https://example.com/search?q=a&b="c"<d>) and a soft\nline break.\n\n',
      );
    });

    it('prints each correction on its own line', () => {
      expect(hostile).toContain(
        '\n\nCORRECTION: November 20, 2026: An earlier version said <b>Tuesday</b>.\nCORRECTION: November 21, 2026: A second correction.\n',
      );
    });
  });

  describe('captions and credits', () => {
    const photo = (caption: string) => ({
      type: 'photo' as const,
      id: 'p',
      media: null,
      caption,
      credit: { photographers: ['Richard Drew'], organization: 'AP' },
    });

    it('does not repeat a credit the caption already ends with, word for word', () => {
      const withCredit = story({ body: [photo('Trump speaks in New York. (AP Photo/Richard Drew)')] });
      expect(render(withCredit, { creditStyle: 'ap' })).toBe('PHOTO: Trump speaks in New York. (AP Photo/Richard Drew)\n');
      expect(render(withCredit, { creditStyle: 'cnn' })).toBe('PHOTO: Trump speaks in New York. (AP Photo/Richard Drew) (Richard Drew/AP)\n');
    });

    it('leaves out a photo with neither caption nor credit, and a video with nothing to say', () => {
      const empty = story({
        headline: 'H',
        body: [
          { type: 'photo', id: 'p', media: null, caption: '', credit: {} },
          { type: 'video', id: 'v', credit: {} },
          paragraph({ text: 'Text.' }),
        ],
      });
      expect(render(empty)).toBe('H\n\nText.\n');
    });

    it('marks a video that has only its file, so the desk knows it is there', () => {
      const video = story({
        body: [{ type: 'video', id: 'v', media: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90.mp4', credit: {} }],
      });
      expect(render(video)).toBe('VIDEO\n');
    });
  });

  describe('the dateline and quotes', () => {
    it('stands alone at the start of the body when there is no paragraph to open', () => {
      const text = render(
        story({ dateline: { location: 'Washington', source: 'AP' }, body: [{ type: 'subhead', children: [{ text: 'Only a subhead' }] }] }),
      );
      expect(text).toBe('WASHINGTON (AP) —\n\nOnly a subhead\n');
    });

    it('does not put a quotation already in quotation marks in a second pair', () => {
      const text = render(story({ body: [{ type: 'block-quote', children: [{ text: '“Already quoted.”' }], attribution: 'A. Person' }] }));
      expect(text).toBe('“Already quoted.” — A. Person\n');
    });

    it('prints a link’s text alone when it is the address, and the address alone when the link has no words', () => {
      const text = render(
        story({
          body: [
            paragraph(
              { type: 'link', url: 'https://www.ice.gov/', children: [{ text: 'www.ice.gov' }] },
              { text: ' and ' },
              { type: 'link', url: 'mailto:desk@example.com', children: [{ text: 'desk@example.com' }] },
              { text: ' and ' },
              { type: 'link', url: 'https://example.com/x', children: [{ text: ' ' }] },
            ),
          ],
        }),
      );
      expect(text).toBe('www.ice.gov and desk@example.com and https://example.com/x\n');
    });
  });
});
