import { describe, expect, it } from 'vitest';
import { smartenText, smartReplacement, type TypographyOptions } from '../../../shared/text/typography.ts';

/** Types `text` one character at a time into an empty block, as the editor does. */
function type(text: string, options?: TypographyOptions): string {
  let block = '';
  for (const char of text) {
    const result = smartReplacement(block, char, options);
    block = result ? block.slice(0, block.length - result.replace) + result.text : block + char;
  }
  return block;
}

/** Straight quotes, and dashes as typed: the CNN fixture's sentences the way a reporter keys them in. */
const straighten = (text: string) =>
  text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/ – /g, ' -- ').replace(/—/g, '--');

// Paragraphs of the CNN fixture (shared/fixtures/cnn-courthouse-arrests.txt), as published.
const CNN = {
  dateline: '(CNN) —',
  enDash:
    'The Departments of Justice and Homeland Security said this week that immigration agents will continue to make arrests at courthouses – and encouraged cities to revoke their sanctuary policies if they object.',
  appearToBeStalking:
    'The letter, released Friday but sent Wednesday, was a response to California Chief Justice Tani Cantil-Sakauye, who wrote to Attorney General Jeff Sessions and DHS Secretary John Kelly saying that Immigrations and Customs Enforcement “appear to be stalking undocumented immigrants in our courthouses to make arrests.”',
  twoQuotes:
    '“Our courthouses serve as a vital forum for ensuring access to justice and protecting public safety,” Cantil-Sakauye wrote in her letter earlier this month. “Courthouses should not be used as bait in the necessary enforcement of our country’s immigration laws.”',
  stalking:
    'In their letter, Sessions and Kelly object to Cantil-Sakauye’s use of the word “stalking,” saying ICE is constitutionally and lawfully authorized to arrest anyone with probable cause.',
  sensitiveLocations:
    'But DHS has maintained that courthouses are not considered “sensitive locations” and that apprehending individuals in controlled environments is safer than doing so on the street.',
  blaming:
    'As the administration continues to pressure sanctuary cities, the attorney general and DHS secretary criticized California and its jurisdictions for having policies of non-cooperation with ICE – blaming those policies for the courthouse arrests.',
};

describe('smartReplacement() for double quotes', () => {
  it('opens a quote at the start of the block and after a space', () => {
    expect(smartReplacement('', '"')).toEqual({ text: '“', replace: 0 });
    expect(smartReplacement('He said ', '"')).toEqual({ text: '“', replace: 0 });
    expect(smartReplacement('He said\u00a0', '"')).toEqual({ text: '“', replace: 0 });
  });

  it('opens a quote after an opening bracket or an opening single quote', () => {
    expect(smartReplacement('(', '"')).toEqual({ text: '“', replace: 0 });
    expect(smartReplacement('[', '"')).toEqual({ text: '“', replace: 0 });
    expect(smartReplacement('She said ‘', '"')).toEqual({ text: '“', replace: 0 });
  });

  it('closes a quote after a letter, a digit, a closing bracket, a percent sign or a closing quote', () => {
    expect(smartReplacement('the word “stalking', '"')).toEqual({ text: '”', replace: 0 });
    expect(smartReplacement('“up 12', '"')).toEqual({ text: '”', replace: 0 });
    expect(smartReplacement('“(sic)', '"')).toEqual({ text: '”', replace: 0 });
    expect(smartReplacement('“up 12%', '"')).toEqual({ text: '”', replace: 0 });
    expect(smartReplacement('“He said ‘no’', '"')).toEqual({ text: '”', replace: 0 });
  });

  it('closes a quote after punctuation when one is open in the block', () => {
    expect(smartReplacement('the word “stalking,', '"')).toEqual({ text: '”', replace: 0 });
    expect(smartReplacement('“to make arrests.', '"')).toEqual({ text: '”', replace: 0 });
    expect(smartReplacement('“I was going to—', '"')).toEqual({ text: '”', replace: 0 });
  });

  it('opens a quote after punctuation or a dash when none is open', () => {
    expect(smartReplacement('scorn.', '"')).toEqual({ text: '“', replace: 0 });
    expect(smartReplacement('“Yes,” he said.', '"')).toEqual({ text: '“', replace: 0 });
    expect(smartReplacement('the word—', '"')).toEqual({ text: '“', replace: 0 });
    expect(smartReplacement('the word –', '"')).toEqual({ text: '“', replace: 0 });
  });
});

describe('smartReplacement() for single quotes and apostrophes', () => {
  it('makes an apostrophe inside and at the end of a word', () => {
    expect(smartReplacement('Cantil-Sakauye', "'")).toEqual({ text: '’', replace: 0 });
    expect(smartReplacement('don', "'")).toEqual({ text: '’', replace: 0 });
    expect(smartReplacement('the students', "'")).toEqual({ text: '’', replace: 0 });
    expect(smartReplacement('in the 1990', "'")).toEqual({ text: '’', replace: 0 });
  });

  it('opens a single quote at the start, after a space, an opening bracket, an opening double quote or a dash', () => {
    expect(smartReplacement('', "'")).toEqual({ text: '‘', replace: 0 });
    expect(smartReplacement('says that the ', "'")).toEqual({ text: '‘', replace: 0 });
    expect(smartReplacement('(', "'")).toEqual({ text: '‘', replace: 0 });
    expect(smartReplacement('He said, “', "'")).toEqual({ text: '‘', replace: 0 });
    expect(smartReplacement('policy—', "'")).toEqual({ text: '‘', replace: 0 });
  });

  it('closes a single quote after punctuation', () => {
    expect(smartReplacement('He said ‘no.', "'")).toEqual({ text: '’', replace: 0 });
    expect(smartReplacement('‘zero-tolerance', "'")).toEqual({ text: '’', replace: 0 });
  });

  it('turns an opening quote before a digit into the apostrophe of a year: the ’90s', () => {
    expect(smartReplacement('the ‘', '9')).toEqual({ text: '’9', replace: 1 });
    expect(smartReplacement('‘', '0')).toEqual({ text: '’0', replace: 1 });
    expect(smartReplacement('class of ‘', '0')).toEqual({ text: '’0', replace: 1 });
  });

  it('leaves a digit after an apostrophe inside a word alone', () => {
    expect(smartReplacement('x‘', '9')).toBeNull();
  });

  it('turns the opening quote of ’em, ’n’, ’til, ’tis and ’twas into an apostrophe when the word ends', () => {
    expect(smartReplacement('get ‘em', ' ')).toEqual({ text: '’em ', replace: 3 });
    expect(smartReplacement('rock ‘n’', ' ')).toEqual({ text: '’n’ ', replace: 3 });
    expect(smartReplacement('wait ‘til', ',')).toEqual({ text: '’til,', replace: 4 });
    expect(smartReplacement('‘Tis', ' ')).toEqual({ text: '’Tis ', replace: 4 });
    expect(smartReplacement('“Get ‘em', '"')).toEqual({ text: '’em”', replace: 3 });
  });

  it('leaves a quoted word that only starts like an elision alone', () => {
    expect(smartReplacement('the ‘emergency', ' ')).toBeNull();
    expect(smartReplacement('the ‘nice', ' ')).toBeNull();
  });
});

describe('smartReplacement() for dashes', () => {
  it('turns two hyphens into an em dash by default, keeping the spacing typed', () => {
    expect(smartReplacement('(CNN) -', '-')).toEqual({ text: '—', replace: 1 });
    expect(smartReplacement('courthouses-', '-')).toEqual({ text: '—', replace: 1 });
    expect(smartReplacement('courthouses -', '-', { dash: 'em' })).toEqual({ text: '—', replace: 1 });
  });

  it('turns two hyphens into a spaced en dash in CNN style, with one space before it', () => {
    const cnn = { dash: 'en-spaced' } as const;
    expect(smartReplacement('courthouses -', '-', cnn)).toEqual({ text: ' –', replace: 2 });
    expect(smartReplacement('courthouses-', '-', cnn)).toEqual({ text: ' –', replace: 1 });
    expect(smartReplacement('courthouses   -', '-', cnn)).toEqual({ text: ' –', replace: 4 });
    expect(smartReplacement('-', '-', cnn)).toEqual({ text: '–', replace: 1 });
  });

  it('adds the space after a spaced en dash when the next word starts', () => {
    const cnn = { dash: 'en-spaced' } as const;
    expect(smartReplacement('courthouses –', 'a', cnn)).toEqual({ text: ' a', replace: 0 });
    expect(smartReplacement('courthouses –', '"', cnn)).toEqual({ text: ' “', replace: 0 });
    expect(smartReplacement('courthouses –', ' ', cnn)).toBeNull();
    expect(smartReplacement('1990–', '9', cnn)).toBeNull();
    expect(smartReplacement('courthouses –', 'a')).toBeNull();
  });

  it('leaves a single hyphen and a hyphen after a dash alone', () => {
    expect(smartReplacement('one', '-')).toBeNull();
    expect(smartReplacement('one—', '-')).toBeNull();
  });
});

describe('smartReplacement() for ellipses', () => {
  it('turns three points into an ellipsis', () => {
    expect(smartReplacement('Wait..', '.')).toEqual({ text: '…', replace: 2 });
    expect(smartReplacement('..', '.')).toEqual({ text: '…', replace: 2 });
  });

  it('leaves one or two points, and a point after an ellipsis, alone', () => {
    expect(smartReplacement('U.S', '.')).toBeNull();
    expect(smartReplacement('Wait.', '.')).toBeNull();
    expect(smartReplacement('the end…', '.')).toBeNull();
  });
});

describe('smartReplacement() leaves alone', () => {
  it('a word that looks like a URL', () => {
    expect(smartReplacement('see https://example.com/a-', '-')).toBeNull();
    expect(smartReplacement('see http://example.com/?q=', '"')).toBeNull();
    expect(smartReplacement('(www.example.com/it', "'")).toBeNull();
    expect(smartReplacement('ftp://host/a..', '.')).toBeNull();
  });

  it('but not the next word after a URL', () => {
    expect(smartReplacement('see https://example.com ', '"')).toEqual({ text: '“', replace: 0 });
  });

  it('ordinary characters', () => {
    for (const typed of ['a', ' ', ',', '.', '1', '—', '“', '\u00e9']) {
      expect(smartReplacement('Some text', typed), typed).toBeNull();
    }
  });

  it('more than one character at once (a paste, an input method): smartenText is for those', () => {
    expect(smartReplacement('He said ', '"no"')).toBeNull();
    expect(smartReplacement('He said ', '')).toBeNull();
  });

  it('a character outside the basic plane after text', () => {
    expect(smartReplacement('Great ', '😀')).toBeNull();
  });
});

describe('typing the CNN fixture', () => {
  it('gives the published sentences: “stalking,”, Cantil-Sakauye’s, country’s', () => {
    expect(type(straighten(CNN.stalking))).toBe(CNN.stalking);
    expect(type(straighten(CNN.appearToBeStalking))).toBe(CNN.appearToBeStalking);
    expect(type(straighten(CNN.twoQuotes))).toBe(CNN.twoQuotes);
    expect(type(straighten(CNN.sensitiveLocations))).toBe(CNN.sensitiveLocations);
  });

  it('gives CNN’s spaced en dashes with the en-spaced dash', () => {
    expect(type(straighten(CNN.enDash), { dash: 'en-spaced' })).toBe(CNN.enDash);
    expect(type(straighten(CNN.blaming), { dash: 'en-spaced' })).toBe(CNN.blaming);
    expect(type('courthouses--and', { dash: 'en-spaced' })).toBe('courthouses – and');
  });

  it('gives the dateline’s em dash with the default dash', () => {
    expect(type('(CNN) --')).toBe(CNN.dateline);
  });
});

describe('smartenText()', () => {
  it('restores the CNN fixture from straight quotes', () => {
    for (const paragraph of [CNN.stalking, CNN.appearToBeStalking, CNN.twoQuotes, CNN.sensitiveLocations]) {
      expect(smartenText(straighten(paragraph))).toBe(paragraph);
    }
    expect(smartenText(straighten(CNN.enDash), { dash: 'en-spaced' })).toBe(CNN.enDash);
    expect(smartenText('(CNN) --')).toBe(CNN.dateline);
  });

  it('curls the quotes of the fixture’s captions', () => {
    expect(smartenText(`the Trump administration's recent "zero tolerance" approach to immigration policy.`)).toBe(
      'the Trump administration’s recent “zero tolerance” approach to immigration policy.',
    );
    expect(smartenText(`but says that the 'zero-tolerance' prosecution policy will continue`)).toBe(
      'but says that the ‘zero-tolerance’ prosecution policy will continue',
    );
    expect(smartenText('not considered "sensitive locations"')).toBe('not considered “sensitive locations”');
  });

  it('opens a quote that follows a full stop with no space, as in a fixture caption', () => {
    expect(
      smartenText(
        `a harsh practice that had earned international scorn."It's about keeping families together," Trump said at the signing ceremony. "I did not like the sight of families being separated," he added.`,
      ),
    ).toBe(
      'a harsh practice that had earned international scorn.“It’s about keeping families together,” Trump said at the signing ceremony. “I did not like the sight of families being separated,” he added.',
    );
  });

  it('converts a pool note’s double hyphen in either style', () => {
    const note = '(Pre-set 9:30AM | Final Gather 11:15AM -- Palm Room Doors)';
    expect(smartenText(note)).toBe('(Pre-set 9:30AM | Final Gather 11:15AM — Palm Room Doors)');
    expect(smartenText(note, { dash: 'en-spaced' })).toBe('(Pre-set 9:30AM | Final Gather 11:15AM – Palm Room Doors)');
  });

  it('handles elisions: rock ’n’ roll, the ’90s, ’em, ’Tis at the end of the text', () => {
    expect(smartenText(`rock 'n' roll in the '90s; get 'em`)).toBe('rock ’n’ roll in the ’90s; get ’em');
    expect(smartenText(`'Tis`)).toBe('’Tis');
    expect(smartenText(`'Tis\nthe season`)).toBe('’Tis\nthe season');
    expect(smartenText(`He said 'no' and 'em`)).toBe('He said ‘no’ and ’em');
  });

  it('nests single quotes inside double quotes', () => {
    expect(smartenText(`"He told me 'never again,'" she said.`)).toBe('“He told me ‘never again,’” she said.');
  });

  it('turns three points into an ellipsis and keeps a fourth as a full stop', () => {
    expect(smartenText('Wait... what....')).toBe('Wait… what….');
  });

  it('leaves URLs as they are', () => {
    expect(smartenText(`see https://example.com/a--b?q="x" and "this"`)).toBe(
      'see https://example.com/a--b?q="x" and “this”',
    );
    expect(smartenText(`(www.example.com/it's) isn't`)).toBe(`(www.example.com/it's) isn’t`);
  });

  it('treats each line as its own block, so an unclosed quote does not carry over', () => {
    expect(smartenText('He said "no\nscorn."Yes')).toBe('He said “no\nscorn.“Yes');
    expect(smartenText('"a"\r\n"b"')).toBe('“a”\r\n“b”');
  });

  it('leaves text that is already smart, and text with nothing to change, as it is', () => {
    for (const paragraph of Object.values(CNN)) {
      expect(smartenText(paragraph)).toBe(paragraph);
      expect(smartenText(paragraph, { dash: 'en-spaced' })).toBe(paragraph);
    }
    expect(smartenText('')).toBe('');
    expect(smartenText('Plain text, 1,200 cases.')).toBe('Plain text, 1,200 cases.');
  });

  it('keeps characters outside the basic plane and combining marks', () => {
    expect(smartenText(`"😀" and "e\u0301te\u0301"`)).toBe('“😀” and “e\u0301te\u0301”');
  });

  it('changes nothing when run a second time', () => {
    const samples = [
      ...Object.values(CNN).map(straighten),
      `rock 'n' roll, the '90s--and "more"...`,
      `"I was going to--" he said. 'Tis -- 'em`,
      'a -- b--c ---- d',
    ];
    for (const sample of samples) {
      for (const options of [{ dash: 'em' }, { dash: 'en-spaced' }] as const) {
        const once = smartenText(sample, options);
        expect(smartenText(once, options), sample).toBe(once);
      }
    }
  });

  it('handles a long block in linear time', () => {
    const paragraph = `${straighten(CNN.twoQuotes)} `;
    const long = paragraph.repeat(2000);
    const started = performance.now();
    expect(smartenText(long)).toBe(`${CNN.twoQuotes} `.repeat(2000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

// Typing cannot know that a block has ended, so smartenText alone turns a last word such as ‘Tis into ’Tis;
// the samples end with a space, which ends the last word for both.
describe('smartenText() and typing', () => {
  it('agree on every sample, in both dash styles', () => {
    const samples = [
      ...Object.values(CNN).map(straighten),
      `scorn."It's about keeping families together," Trump said.`,
      `"I was going to--" he said. 'Tis the '90s -- get 'em ... rock 'n' roll`,
      `see https://example.com/a--b?q="x" and "this"`,
      `'Tis `,
    ];
    for (const sample of samples) {
      for (const options of [undefined, { dash: 'en-spaced' } as const]) {
        expect(type(`${sample} `, options), sample).toBe(smartenText(`${sample} `, options));
      }
    }
  });

  it('agree on random text made of the characters the rules care about', () => {
    const alphabet = [...'anemt9hpw:/ \u00a0"\'-.,()“”‘’—–'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 500; round++) {
      const length = 1 + Math.floor(random() * 40);
      let sample = round % 10 === 0 ? 'http://' : '';
      for (let i = 0; i < length; i++) sample += alphabet[Math.floor(random() * alphabet.length)];
      sample += ' ';
      for (const options of [undefined, { dash: 'en-spaced' } as const]) {
        expect(type(sample, options), JSON.stringify(sample)).toBe(smartenText(sample, options));
      }
    }
  });
});
