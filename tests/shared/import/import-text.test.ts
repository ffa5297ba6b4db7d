import { describe, expect, it } from 'vitest';
import { isCopydeskError } from '../../../shared/errors.ts';
import { importCnnDailymailStory } from '../../../shared/import/cnn-dailymail-story.ts';
import { detectTextSource, importText } from '../../../shared/import/import-text.ts';
import { importWireText } from '../../../shared/import/wire-text.ts';
import { blockText } from '../../../shared/story/plain-text.ts';

const bodyTexts = (result: ReturnType<typeof importText>) => result.parts.body.map((block) => blockText(block)[0]);

describe('detectTextSource()', () => {
  it.each([
    ['anything', 'cnn-0001.story', 'cnn-dailymail-story'],
    ['(CNN) -- Text.\n\n@highlight\n\nPoint', 'article.txt', 'cnn-dailymail-story'],
    ['Now playing\n01:17\nTitle\n\nText.', 'page.txt', 'page-text'],
    ['Story highlights\n\nPoint\n\n(CNN) — Text.', 'page.txt', 'page-text'],
    ['JUST WATCHED\nTitle\nMUST WATCH', 'page.txt', 'page-text'],
    ['Headline\n\nWASHINGTON (AP) — Text.', 'wire.txt', 'wire-text'],
    ['Text that mentions now playing in a sentence.', 'notes.txt', 'wire-text'],
    [`Headline\n${'A paragraph copied from a page, long enough that no wire would print it on one line. '.repeat(2)}\n${'The next one. '.repeat(10)}`, 'page.txt', 'page-text'],
    [`Headline\n\n${'A paragraph on one line. '.repeat(8)}\n\n${'Another paragraph. '.repeat(10)}`, 'wire.txt', 'wire-text'],
  ])('reads %j named %s as %s', (text, fileName, kind) => {
    expect(detectTextSource(text, fileName)).toBe(kind);
  });
});

describe('importText()', () => {
  it('calls the importer the file needs', () => {
    expect(importText('Now playing\n00:33\nA video\n\nStory.', 'page.txt').source).toBe('page-text');
    expect(importText('(CNN) -- Story.\n\n@highlight\n\nPoint', 'x.story').source).toBe('cnn-dailymail-story');
    expect(importText('Headline\n\nWASHINGTON (AP) — Story.', 'wire.txt').source).toBe('wire-text');
  });

  it.each(['', '  \n\n\t', '\uFEFF'])('refuses a file with no text (%j) with an error that names it', (text) => {
    try {
      importText(text, 'empty.txt');
      expect.unreachable();
    } catch (error) {
      expect(isCopydeskError(error) && error.code).toBe('invalid-argument');
      expect((error as Error).message).toContain('"empty.txt" has no text in it');
    }
  });

  it('reads Windows line endings like any other', () => {
    const unix = importText('Headline\n\nBy JANE DOE\nAssociated Press\n\nWASHINGTON (AP) — Story.\n\nMore.', 'wire.txt');
    const windows = importText('Headline\r\n\r\nBy JANE DOE\r\nAssociated Press\r\n\r\nWASHINGTON (AP) — Story.\r\n\r\nMore.', 'wire.txt');
    expect(windows).toEqual(unix);
  });
});

describe('importWireText()', () => {
  it('joins hard-wrapped lines and starts a paragraph at each indented first line', () => {
    const result = importWireText(
      ['   WASHINGTON (AP) _ The first paragraph', 'goes on here.', '   The second paragraph', 'also wraps.', '   A third.'].join('\n'),
      'wire.txt',
    );
    expect(bodyTexts(result)).toEqual(['WASHINGTON (AP) _ The first paragraph goes on here.', 'The second paragraph also wraps.', 'A third.']);
  });

  it('keeps the headline, byline and organisation apart when no blank line parts them', () => {
    const result = importWireText('Bridge closed after crack found\nBy JOHN O\'MALLEY\nAssociated Press\nALBANY, N.Y. (AP) — Story\nwraps.', 'wire.txt');
    expect(result.parts.headline).toBe('Bridge closed after crack found');
    expect(result.parts.byline).toEqual([{ name: "John O'Malley", title: '', organization: 'Associated Press' }]);
    expect(bodyTexts(result)).toEqual(['ALBANY, N.Y. (AP) — Story wraps.']);
  });

  it('does not take a first paragraph that reads like a sentence for a headline', () => {
    const result = importWireText('Officials said the bridge would reopen on Monday.\n\nTraffic was diverted.', 'wire.txt');
    expect(result.parts.headline).toBe('');
    expect(bodyTexts(result)).toHaveLength(2);
  });

  it('keeps the contributor line and leaves out the rule and the copyright trailer with notes', () => {
    const result = importWireText(
      'Headline\n\nWASHINGTON (AP) — Story.\n\n___\n\nAssociated Press writer Kevin Osei contributed to this report.\n\nCopyright 2024 The Associated Press. All rights reserved.',
      'wire.txt',
    );
    expect(bodyTexts(result)).toEqual(['WASHINGTON (AP) — Story.', 'Associated Press writer Kevin Osei contributed to this report.']);
    expect(result.notes.map((note) => note.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Left out 1 separator rule/), expect.stringMatching(/^Left out 1 copyright or standards trailer/)]),
    );
  });
});

describe('importCnnDailymailStory()', () => {
  it('reads the article, then each @highlight, joining a highlight that runs over two lines', () => {
    const result = importCnnDailymailStory('(CNN) -- First.\n\nSecond.\n\n@highlight\n\nOne point\n\n@highlight\n\nAnother point that\nruns on', 'a.story');
    expect(result.parts.highlights).toEqual(['One point', 'Another point that runs on']);
    expect(bodyTexts(result)).toEqual(['(CNN) -- First.', 'Second.']);
    expect(result.parts.headline).toBe('');
  });

  it('splits the Daily Mail header into a byline and a time stamp it leaves out', () => {
    const result = importCnnDailymailStory('By . Sam Webb . and Tom Rawle . PUBLISHED: . 10:14 EST, 3 March 2013 . | . UPDATED: . 10:20 EST, 3 March 2013 .\n\nStory.\n\n@highlight\n\nPoint', 'b.story');
    expect(result.parts.byline.map((entry) => entry.name)).toEqual(['Sam Webb', 'Tom Rawle']);
    expect(bodyTexts(result)).toEqual(['Story.']);
    expect(result.notes.map((note) => note.message)).toContainEqual(expect.stringMatching(/^Left out 1 page time stamp/));
  });

  it('splits a Daily Mail header that runs into the story’s first words', () => {
    const result = importCnnDailymailStory(
      'By . Anthony Bond for MailOnline . PUBLISHED: . 07:03 EST, 2 January 2013 . | . UPDATED: . 08:07 EST, 2 January 2013 . Three women were rescued.\n\nMore.\n\n@highlight\n\nPoint',
      'd.story',
    );
    expect(result.parts.byline).toEqual([{ name: 'Anthony Bond', title: '', organization: 'MailOnline' }]);
    expect(bodyTexts(result)).toEqual(['Three women were rescued.', 'More.']);
  });

  it('reads a file with no highlights as an article without them', () => {
    const result = importCnnDailymailStory('(CNN) -- Only the article.', 'c.story');
    expect(result.parts.highlights).toEqual([]);
    expect(bodyTexts(result)).toEqual(['(CNN) -- Only the article.']);
  });
});
