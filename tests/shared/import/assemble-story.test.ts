import { describe, expect, it } from 'vitest';
import { assembleStory, type AssembleOptions } from '../../../shared/import/assemble-story.ts';
import type { ImportedStory } from '../../../shared/import/imported-story.ts';
import type { SourceBlock, SourceDocument } from '../../../shared/import/source-document.ts';
import { renderStoryText } from '../../../shared/render/wire-text.ts';
import { createStory } from '../../../shared/story/create.ts';
import { blockText } from '../../../shared/story/plain-text.ts';
import { Story, type Inline } from '../../../shared/story/schema.ts';

const p = (text: string): SourceBlock => ({ kind: 'paragraph', text: [{ text }] });
const h = (level: 1 | 2 | 3, text: string): SourceBlock => ({ kind: 'heading', level, text: [{ text }] });
const picture = (caption: string, ref: string | null = null, alt = ''): SourceBlock => ({ kind: 'picture', ref, alt, caption });

function assemble(blocks: SourceBlock[], extra: Partial<SourceDocument> = {}, options?: AssembleOptions): ImportedStory {
  return assembleStory({ kind: 'web-page', fileName: 'page.html', blocks, ...extra }, options);
}

const bodyTexts = (result: ImportedStory) => result.parts.body.map((block) => blockText(block)[0]);
const messages = (result: ImportedStory) => result.notes.map((note) => note.message);

describe('assembleStory() headline', () => {
  it('takes the first level-1 heading and leaves later ones in the body as subheads', () => {
    const result = assemble([h(1, 'Storm closes airport'), p('Flights were cancelled.'), h(1, 'What comes next')]);
    expect(result.parts.headline).toBe('Storm closes airport');
    expect(result.parts.body.map((block) => block.type)).toEqual(['paragraph', 'subhead']);
  });

  it("takes the document's title when the blocks have no level-1 heading, without the site's name", () => {
    const result = assemble([p('Flights were cancelled.')], { title: 'Storm closes Jakarta airport - CNN' });
    expect(result.parts.headline).toBe('Storm closes Jakarta airport');
    expect(result.notes).toContainEqual(expect.objectContaining({ severity: 'info', path: ['headline'] }));
  });

  it('never makes one up: no heading and no title leave it empty with a warning on the headline', () => {
    const result = assemble([p('Short first line'), p('Flights were cancelled at the airport on Friday.')]);
    expect(result.parts.headline).toBe('');
    expect(result.notes).toContainEqual(expect.objectContaining({ severity: 'warning', path: ['headline'] }));
    expect(bodyTexts(result)[0]).toBe('Short first line');
  });
});

describe('assembleStory() dateline', () => {
  it.each([
    ['WASHINGTON (AP) — The Senate passed', 'WASHINGTON', 'AP', 'WASHINGTON (AP) —'],
    ['NEW YORK (AP) — A subway train', 'NEW YORK', 'AP', 'NEW YORK (AP) —'],
    ['JAKARTA (Reuters) - Floods inundated', 'JAKARTA', 'Reuters', 'JAKARTA (Reuters) -'],
    ['(CNN) -- Thieves broke in', '', 'CNN', '(CNN) --'],
    ['(CNN) — The Departments of Justice', '', 'CNN', '(CNN) —'],
    ['LONDON, England (CNN) -- Thieves broke in', 'LONDON, England', 'CNN', 'LONDON, England (CNN) --'],
    ['WASHINGTON, June 20 (Reuters) - Officials said', 'WASHINGTON', 'Reuters', 'WASHINGTON, June 20 (Reuters) -'],
    ['ALBANY, N.Y. (AP) _ State officials', 'ALBANY, N.Y.', 'AP', 'ALBANY, N.Y. (AP) _'],
    ['SÃO PAULO (Reuters) - Brazil said', 'SÃO PAULO', 'Reuters', 'SÃO PAULO (Reuters) -'],
    ['(CNN)Severe storms swept', '', 'CNN', '(CNN)'],
    ['ROME — The Vatican said', 'ROME', '', 'ROME —'],
    ['Washington (CNN)President Donald Trump said', 'Washington', 'CNN', 'Washington (CNN)'],
    ['Hong Kong (CNN) — Protesters gathered', 'Hong Kong', 'CNN', 'Hong Kong (CNN) —'],
  ])('reads "%s" as place "%s" and source "%s"', (text, location, source, printed) => {
    const kept = assemble([p(text), p('Second paragraph.')]);
    expect(bodyTexts(kept)[0]).toBe(text);
    expect(kept.parts.dateline).toEqual({ location: '', source: '' });
    expect(messages(kept)).toContainEqual(expect.stringContaining(`The dateline "${printed}"`));

    const moved = assemble([p(text), p('Second paragraph.')], {}, { dateline: 'field' });
    expect(moved.parts.dateline).toEqual({ location, source });
    expect(bodyTexts(moved)[0]).toBe(text.slice(text.indexOf(printed) + printed.length).trim());
  });

  it.each(['ICE — the agency said it would appeal.', 'NASA — the agency said', 'The court (CNN) — said', 'A (very) small step.', 'Officials in Ohio (Reuters) - said'])(
    'does not take "%s" for a dateline',
    (text) => {
      const result = assemble([p(text)], {}, { dateline: 'field' });
      expect(result.parts.dateline).toEqual({ location: '', source: '' });
      expect(bodyTexts(result)[0]).toBe(text);
    },
  );

  it('joins a dateline printed on a line of its own to the paragraph after it', () => {
    const result = assemble([p('(CNN) —  '), p('The Departments of Justice and Homeland Security said this week …')]);
    expect(bodyTexts(result)).toEqual(['(CNN) — The Departments of Justice and Homeland Security said this week …']);
  });

  it('looks for the dateline only in the first paragraph, past an editor’s note', () => {
    const result = assemble([p("Editor's note: This story has been updated."), p('WASHINGTON (AP) — The Senate'), p('BEIJING (AP) — Later')], {}, { dateline: 'field' });
    expect(result.parts.dateline).toEqual({ location: 'WASHINGTON', source: 'AP' });
    expect(bodyTexts(result)).toEqual(["Editor's note: This story has been updated.", 'The Senate', 'BEIJING (AP) — Later']);
  });

  it('keeps the marks of the first paragraph when the dateline moves into the field', () => {
    const runs: Inline[] = [{ text: 'WASHINGTON (AP) — The ' }, { text: 'Senate', bold: true }, { text: ' voted.' }];
    const result = assemble([{ kind: 'paragraph', text: runs }], {}, { dateline: 'field' });
    expect(result.parts.body[0]).toEqual({ type: 'paragraph', children: [{ text: 'The ' }, { text: 'Senate', bold: true }, { text: ' voted.' }] });
  });

  it.each(['first-paragraph', 'field'] as const)('is printed exactly once when the story is exported (%s)', (where) => {
    const result = assemble([h(1, 'Courthouse arrests to continue'), p('(CNN) —'), p('The Departments of Justice said …')], {}, { dateline: where });
    const story = Story.parse({ ...createStory({ id: '01htq2ax5c0000000000000000', now: new Date('2024-02-01T10:00:00Z') }), ...result.parts });
    const text = renderStoryText(story, { creditStyle: 'cnn' });
    expect(text).toContain('(CNN) — The Departments of Justice said …');
    expect(text.split('(CNN)').length - 1).toBe(1);
  });
});

describe('assembleStory() byline', () => {
  it.each([
    ['By Jane Doe and John Roe, CNN', [{ name: 'Jane Doe', title: '', organization: 'CNN' }, { name: 'John Roe', title: '', organization: 'CNN' }]],
    ['By JANE DOE, Associated Press', [{ name: 'Jane Doe', title: '', organization: 'Associated Press' }]],
    ['By Laura Jarrett, CNN, and Jane Doe, The Associated Press', [{ name: 'Laura Jarrett', title: '', organization: 'CNN' }, { name: 'Jane Doe', title: '', organization: 'The Associated Press' }]],
    ['By Ana Lima, Rui Costa and Joao Neves, Reuters', ['Ana Lima', 'Rui Costa', 'Joao Neves'].map((name) => ({ name, title: '', organization: 'Reuters' }))],
    ['By Stanley Widianto | Reuters', [{ name: 'Stanley Widianto', title: '', organization: 'Reuters' }]],
    ['By Jane Doe, AP Business Writer', [{ name: 'Jane Doe', title: 'AP Business Writer', organization: '' }]],
    ['By JUAN DE LA CRUZ', [{ name: 'Juan de la Cruz', title: '', organization: '' }]],
    ['By Emma Glanfield for MailOnline', [{ name: 'Emma Glanfield', title: '', organization: 'MailOnline' }]],
  ])('reads "%s"', (line, byline) => {
    const result = assemble([h(1, 'Headline'), p(line), p('WASHINGTON (AP) — Story.')]);
    expect(result.parts.byline).toEqual(byline);
    expect(bodyTexts(result)).toEqual(['WASHINGTON (AP) — Story.']);
  });

  it('takes the organisation from the line under a wire byline', () => {
    const result = assemble([p('By LISA MASCARO and KEVIN FREKING'), p('Associated Press'), p('WASHINGTON (AP) — Story.')]);
    expect(result.parts.byline).toEqual([
      { name: 'Lisa Mascaro', title: '', organization: 'Associated Press' },
      { name: 'Kevin Freking', title: '', organization: 'Associated Press' },
    ]);
    expect(bodyTexts(result)).toEqual(['WASHINGTON (AP) — Story.']);
  });

  it.each(['By the end of the day, officials had left.', 'By Tuesday, the water had receded.'])('leaves "%s" in the story', (line) => {
    const result = assemble([p(line)]);
    expect(result.parts.byline).toEqual([]);
    expect(bodyTexts(result)).toEqual([line]);
  });

  it("uses the document's byline when the text has none, and says so when it cannot be read", () => {
    expect(assemble([p('Story.')], { byline: 'Jane Doe and John Roe, CNN' }).parts.byline).toHaveLength(2);
    const unread = assemble([p('Story.')], { byline: 'posted in News & Politics 3 hours ago' });
    expect(unread.parts.byline).toEqual([]);
    expect(unread.notes).toContainEqual(expect.objectContaining({ severity: 'info', path: ['byline'] }));
  });
});

describe('assembleStory() highlights and subheadline', () => {
  it('takes short lines after "STORY HIGHLIGHTS" and stops at the dateline', () => {
    const result = assemble([h(2, 'STORY HIGHLIGHTS'), p('First point'), p('Second point'), p('(CNN) — The story begins.')]);
    expect(result.parts.highlights).toEqual(['First point', 'Second point']);
    expect(bodyTexts(result)).toEqual(['(CNN) — The story begins.']);
  });

  it('takes every item of a list after "Story highlights", however long', () => {
    const long = 'A highlight that goes on for a long while, '.repeat(6).trim();
    const result = assemble([p('Story highlights'), { kind: 'list', style: 'bulleted', items: [[{ text: long }], [{ text: 'Short' }]] }, p('Story.')]);
    expect(result.parts.highlights).toEqual([long, 'Short']);
  });

  it('stops at a line too long to be a highlight', () => {
    const paragraph = 'The story itself goes on at length, as stories do, '.repeat(5).trim();
    const result = assemble([h(2, 'Story highlights'), p('Only point'), p(paragraph)]);
    expect(result.parts.highlights).toEqual(['Only point']);
    expect(bodyTexts(result)).toEqual([paragraph]);
  });

  it('takes the line between the headline and the byline as the subheadline', () => {
    const result = assemble([h(1, 'Storm closes airport'), h(2, 'Hundreds of flights are cancelled'), p('By Jane Doe, CNN'), p('Story.')]);
    expect(result.parts.subheadline).toBe('Hundreds of flights are cancelled');
  });

  it('leaves out the headline printed again, and still finds the subheadline after it', () => {
    const result = assemble([h(1, 'Storm closes airport'), p('Storm closes  airport'), p('Hundreds of flights are cancelled'), p('By Jane Doe, CNN'), p('Story.')]);
    expect(result.parts.subheadline).toBe('Hundreds of flights are cancelled');
    expect(bodyTexts(result)).toEqual(['Story.']);
    expect(messages(result)).toContainEqual('Left out the headline printed again ("Storm closes airport").');
  });

  it('leaves a section heading after the headline in the body when the story follows it', () => {
    const result = assemble([h(1, 'Annual report'), h(2, 'Background'), p('The company grew.')]);
    expect(result.parts.subheadline).toBe('');
    expect(result.parts.body.map((block) => block.type)).toEqual(['subhead', 'paragraph']);
  });
});

describe('assembleStory() pictures', () => {
  it('splits caption and credit, keeps the reference for the Node side and makes a picture before the story the lead', () => {
    const result = assemble([
      h(1, 'Headline'),
      picture('President Donald Trump addresses the United Nations. (AP Photo/Richard Drew)', 'page_files/un.jpg', 'Trump at a lectern'),
      p('Story.'),
      picture('Demonstrators rally in Chicago. (Photo by Scott Olson/Getty Images)', 'data:image/png;base64,AAAA'),
    ]);
    expect(result.parts.lead).toEqual({
      type: 'photo',
      id: 'import-1',
      media: null,
      alt: 'Trump at a lectern',
      caption: 'President Donald Trump addresses the United Nations.',
      credit: { photographers: ['Richard Drew'], organization: 'AP', via: '', kind: 'staff', restrictions: [], copyright: '' },
    });
    expect(result.parts.body[1]).toMatchObject({ type: 'photo', id: 'import-2', caption: 'Demonstrators rally in Chicago.', credit: { photographers: ['Scott Olson'], organization: 'Getty Images' } });
    expect(result.pictures).toEqual([
      { path: ['lead'], ref: 'page_files/un.jpg' },
      { path: ['body', 1], ref: 'data:image/png;base64,AAAA' },
    ]);
  });

  it('makes one caption of a caption printed twice or cut short, and takes the fuller credit', () => {
    const result = assemble([
      p('Story.'),
      picture('Central American immigrants depart ICE custody in McAllen, Texas, despite the Trump administration\nCentral American immigrants depart ICE custody in McAllen, Texas, despite the Trump administration\'s policy. (Photo by John Moore/Getty Images)'),
      p('PHOTO: John Moore/Getty Images North America/Getty Images'),
    ]);
    expect(result.parts.body).toHaveLength(2);
    expect(result.parts.body[1]).toMatchObject({
      caption: "Central American immigrants depart ICE custody in McAllen, Texas, despite the Trump administration's policy.",
      credit: { photographers: ['John Moore'], organization: 'Getty Images North America', via: 'Getty Images' },
    });
  });

  it('keeps real alt text without a credit, and leaves alt text that only repeats the caption empty for the desk to write', () => {
    const result = assemble([
      p('Story.'),
      picture('Residents fill the council chamber. (Photo by Carl Jensen/Brightwater Tribune)', null, 'Residents fill the council chamber. (Photo by Carl Jensen/Brightwater Tribune)'),
      picture('A ferry leaves Dover. (AP Photo/Kirsty Wigglesworth)', null, 'A white ferry at sea under a grey sky (AP Photo/Kirsty Wigglesworth)'),
    ]);
    expect(result.parts.body[1]).toMatchObject({ caption: 'Residents fill the council chamber.', alt: '' });
    expect(result.parts.body[2]).toMatchObject({ alt: 'A white ferry at sea under a grey sky' });
  });

  it('flags a credit it cannot read and leaves the credit empty', () => {
    const result = assemble([p('Story.'), picture('A view of the harbour.\nPHOTO: ???')]);
    expect(result.parts.body[1]).toMatchObject({ caption: 'A view of the harbour.', credit: { photographers: [], organization: '' } });
    expect(result.notes).toContainEqual(expect.objectContaining({ severity: 'warning', path: ['body', 1, 'credit'] }));
  });
});

describe('assembleStory() page furniture', () => {
  it('leaves out counters, promos, related links, share prompts, advertisements and player labels, counting each kind', () => {
    const result = assemble([
      p('First paragraph.'),
      p('1 of 4'),
      p('2 of 4.'),
      p('Read more: Why the port closed'),
      p('Sign up for our newsletter'),
      p('Watch: The storm hits the coast'),
      p('Follow us on Instagram'),
      p('Click here to see the full list'),
      p('Related: Storm season begins'),
      p('Share this'),
      p('Share on Facebook'),
      p('Advertisement'),
      p('Now playing'),
      p('Second paragraph.'),
    ]);
    expect(bodyTexts(result)).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(messages(result)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Left out 2 gallery counters \("1 of 4", "2 of 4\."\)/),
        expect.stringMatching(/^Left out 5 promotional lines \("Read more: Why the port closed", "Sign up for our newsletter", "Watch: The storm hits the coast", …\)/),
        expect.stringMatching(/^Left out 1 "Related" link/),
        expect.stringMatching(/^Left out 2 share prompts \("Share this", "Share on Facebook"\)/),
        expect.stringMatching(/^Left out 1 advertisement marker/),
        expect.stringMatching(/^Left out 1 video player label \("Now playing"\)/),
      ]),
    );
    expect(result.notes.every((note) => note.severity === 'info' || note.path?.[0] === 'headline')).toBe(true);
  });

  it("leaves out CNN's embedded player with its title, and nothing after it", () => {
    const player = ['JUST WATCHED', 'Residents flee the fire', 'Replay', 'More Videos ...', 'MUST WATCH'];
    const repeated = assemble([p('First.'), ...[...player, 'Residents flee the fire 01:12'].map(p), p('Second.')]);
    expect(bodyTexts(repeated)).toEqual(['First.', 'Second.']);
    expect(messages(repeated)).toContainEqual(expect.stringMatching(/^Left out 1 embedded video player \("Residents flee the fire"\)/));
    expect(bodyTexts(assemble([p('First.'), ...player.map(p), p('Second.')]))).toEqual(['First.', 'Second.']);
  });

  it('leaves out the list of other stories that closes a page, counted, but not story text that comes after it', () => {
    const closing = assemble([h(1, 'Storm'), p('The storm hit.'), p('More on this story'), p('Storm warnings: what do the colours mean?')]);
    expect(bodyTexts(closing)).toEqual(['The storm hit.']);
    expect(messages(closing)).toContainEqual(expect.stringMatching(/^Left out 2 "Related" links/));

    const longer = 'The Met Office said the winds would ease by Sunday afternoon, and that a yellow warning for rain would follow on Monday across the south of Wales and the west of England, where rivers are already high.';
    const notClosing = assemble([h(1, 'Storm'), p('The storm hit.'), p('Top stories'), p(longer)]);
    expect(bodyTexts(notClosing)).toEqual(['The storm hit.', 'Top stories', longer]);
  });

  it('makes a picture of the BBC’s "Image source, …" and "Image caption, …" lines', () => {
    const result = assemble([h(1, 'Storm'), p('The storm hit.'), p('Image source, PA Media'), p('Image caption, Fallen trees block a road in Cardiff'), p('Power was cut.')]);
    expect(result.parts.body[1]).toMatchObject({ type: 'photo', caption: 'Fallen trees block a road in Cardiff', credit: { organization: 'PA Media' } });
    expect(result.parts.body.map((block) => block.type)).toEqual(['paragraph', 'photo', 'paragraph']);
  });

  it('keeps story text that only starts like furniture', () => {
    const kept = ['Related issues were raised at the hearing.', 'Share prices fell 4% on Friday.', 'Watch parties were held across the city.', '1 of 4 residents said they would leave.'];
    expect(bodyTexts(assemble(kept.map(p)))).toEqual(kept);
  });

  it('keeps curly quotes, dashes and marks as the source wrote them, tidying only whitespace', () => {
    const runs: Inline[] = [
      { text: '  “Our courthouses serve   as a vital forum,” ' },
      { text: 'she', italic: true },
      { text: ' wrote – ' },
      { type: 'link', url: 'https://example.com/letter', children: [{ text: 'the letter' }] },
      { text: ' said. ' },
      { type: 'link', url: 'javascript:alert(1)', children: [{ text: '(link)' }] },
    ];
    expect(assemble([{ kind: 'paragraph', text: runs }]).parts.body[0]).toEqual({
      type: 'paragraph',
      children: [
        { text: '“Our courthouses serve as a vital forum,” ' },
        { text: 'she', italic: true },
        { text: ' wrote – ' },
        { type: 'link', url: 'https://example.com/letter', children: [{ text: 'the letter' }] },
        { text: ' said. (link)' },
      ],
    });
  });

  it('says when it found no story text at all', () => {
    const result = assemble([p('Share this'), p('Advertisement')]);
    expect(result.parts.body).toEqual([]);
    expect(result.notes).toContainEqual(expect.objectContaining({ severity: 'warning', path: ['body'] }));
  });
});
