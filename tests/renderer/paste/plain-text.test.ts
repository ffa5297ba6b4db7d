// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pastedPlainText, plainTextOnly } from '../../../renderer/src/paste/index.ts';
import { fixture, paragraph } from './paste-test-kit.ts';

describe('pastedPlainText()', () => {
  it('makes a paragraph of each block of text between blank lines, and joins hard-wrapped lines with a space', () => {
    const text = [
      'WASHINGTON (AP) — Immigration agents arrested four people at the',
      'county courthouse on Tuesday, officials said.',
      '',
      'Defense lawyers said the arrests would keep witnesses',
      'away from court.',
    ].join('\n');
    expect(pastedPlainText(text)).toEqual([
      paragraph('WASHINGTON (AP) — Immigration agents arrested four people at the county courthouse on Tuesday, officials said.'),
      paragraph('Defense lawyers said the arrests would keep witnesses away from court.'),
    ]);
  });

  it('starts a paragraph at each indented line, as wire copy marks paragraphs without blank lines', () => {
    const text = [
      '   WASHINGTON (AP) — Immigration agents arrested four people at the',
      'county courthouse on Tuesday, officials said.',
      '   Defense lawyers said the arrests would keep witnesses away.',
      '\t"People are afraid to come to court," said Maria Lopez.',
    ].join('\r\n');
    expect(pastedPlainText(text)).toEqual([
      paragraph('WASHINGTON (AP) — Immigration agents arrested four people at the county courthouse on Tuesday, officials said.'),
      paragraph('Defense lawyers said the arrests would keep witnesses away.'),
      paragraph('"People are afraid to come to court," said Maria Lopez.'),
    ]);
  });

  it('handles Windows and old Mac line ends, blank lines holding spaces, and Word\'s vertical-tab line breaks', () => {
    expect(pastedPlainText('One\r\ntwo\r\n \t \r\nThree\rfour\u000bfive\r\n\r\n\r\n')).toEqual([
      paragraph('One two'),
      paragraph('Three four five'),
    ]);
  });

  it('collapses runs of spaces, tabs and no-break spaces, drops control characters, and keeps curly quotes', () => {
    expect(pastedPlainText('\ufeff“Not  now,”\u00a0\u00a0she said.\u0007 It’s\tlate.')).toEqual([
      paragraph('“Not now,” she said. It’s late.'),
    ]);
  });

  it('gives nothing for blank text', () => {
    expect(pastedPlainText(' \n\r\n\t ')).toEqual([]);
  });
});

describe('plainTextOnly()', () => {
  it('gives a Google Docs heading as one line of text, without the bold wrapper', () => {
    expect(plainTextOnly(fixture('google-docs-windows-bold-wrapper.html'))).toBe('Hello world');
  });

  it('puts every block on one line and leaves out Word\'s bullet glyphs', () => {
    expect(plainTextOnly(fixture('word-desktop-list-in-bookmark.html'))).toBe(
      'This is a headline? This is a text: One Two Three Lorem Ipsum.',
    );
  });

  it('keeps the words of links and emphasis and nothing of scripts', () => {
    expect(plainTextOnly('<p>Photo by <b>John   Moore</b>/<a href="https://gettyimages.com">Getty&nbsp;Images</a></p><script>x()</script>')).toBe(
      'Photo by John Moore/Getty Images',
    );
  });
});
