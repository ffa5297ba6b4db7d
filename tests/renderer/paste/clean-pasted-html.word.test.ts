// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { allText, bold, bulleted, clean, cleanFixture, link, numbered, paragraph, quote, subhead } from './paste-test-kit.ts';

const WORD_FIXTURES = [
  'word-windows-headings-pictures.html',
  'word-mac-nested-mixed-list.html',
  'word-desktop-formatting-lists-table.html',
  'word-desktop-list-in-bookmark.html',
];

describe('cleanPastedHtml() with Word for Windows', () => {
  it('makes the Heading 2 paragraphs subheads and drops the empty ones Word leaves around pictures', () => {
    const { blocks } = cleanFixture('word-windows-headings-pictures.html');
    expect(blocks.map((block) => block.type)).toEqual([
      'subhead', 'paragraph', 'paragraph', 'subhead', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'subhead',
    ]);
    expect(blocks.slice(0, 4)).toEqual([
      subhead('Stock Image'),
      paragraph('Not resized'),
      paragraph('Resized'),
      subhead('Inline images'),
    ]);
    expect(blocks.at(-1)).toEqual(subhead('Uploaded Image'));
  });

  it('joins the lines Word wraps at 80 columns with single spaces, and leaves no trace of a picture in the text', () => {
    const { blocks } = cleanFixture('word-windows-headings-pictures.html');
    expect(blocks[5]).toEqual(
      paragraph(
        'Cupcake marzipan cheesecake carrot cake powder pudding cotton candy. Liquorice croissant jelly beans ' +
          'croissant jelly-o. Carrot cake jujubes donut jelly candy canes tootsie roll tootsie roll. Cookie gummies ' +
          'candy canes liquorice chupa chups chocolate bar oat cake pie. Brownie sweet roll cake sugar plum chupa ' +
          'chups pie. Dragée candy jelly liquorice carrot cake gummi bears danish cookie. Croissant tiramisu dragée ' +
          'halvah sugar plum fruitcake. Sesame snaps donut chocolate cake marzipan danish cheesecake donut. Topping ' +
          'jelly beans cupcake jelly-o cake topping. Gummies oat cake croissant cheesecake sesame snaps donut biscuit ' +
          'caramels jujubes. Cotton candy bear claw shortbread croissant marshmallow macaroon. Jelly beans croissant ' +
          'tart topping powder cupcake dragée cotton candy. Bonbon muffin gummi bears cupcake powder. Halvah sesame ' +
          'snaps danish gingerbread gummies cookie tart jujubes candy canes.',
      ),
    );
  });

  it('warns about each picture from the computer by its file:// address, and never puts that address in the story', () => {
    const result = cleanFixture('word-windows-headings-pictures.html');
    expect(result.warnings).toEqual([
      {
        kind: 'image',
        message: 'A picture embedded in the pasted text could not be pasted; insert it with Insert photo.',
      },
      {
        kind: 'local-image',
        message:
          'A picture from your computer (file:///C:/Users/Mateusz/AppData/Local/Temp/msohtmlclip1/01/clip_image004.jpg) ' +
          'could not be pasted; insert it with Insert photo.',
      },
      {
        kind: 'local-image',
        message:
          'A picture from your computer (file:///C:/Users/Mateusz/AppData/Local/Temp/msohtmlclip1/01/clip_image006.jpg) ' +
          'could not be pasted; insert it with Insert photo.',
      },
    ]);
    expect(allText(result.blocks)).not.toMatch(/file:|data:|clip_image|Cup and saucer/);
  });
});

describe('cleanPastedHtml() with Word for Mac', () => {
  it('turns paragraph-style fake lists into nested lists, numbered or bulleted as the @list definitions say, without the bullet glyphs', () => {
    // Level 2 ("1)") and 3 ("2.") are numbered, 1 and 4 ("·") bulleted. Level 4 comes straight after level 2,
    // so it hangs under B2 one step down, and D3 joins that sublist: a sublist has one style, the first one's.
    expect(cleanFixture('word-mac-nested-mixed-list.html')).toEqual({
      blocks: [bulleted(['A1', numbered(['B2', bulleted('C4', 'D3')])], ['E1', numbered('F2')])],
      warnings: [],
    });
  });

  it('finds the list markers when Safari writes the conditional comments as real comments', () => {
    // Word for Mac in Safari keeps <!--[if !supportLists]--> as comments; sample shaped after the fixture above.
    const html =
      "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span " +
      "style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;" +
      '</span></span></span><!--[endif]-->Apples<o:p></o:p></p>' +
      "<p class=MsoListParagraphCxSpLast style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><!--[if !supportLists]--><span " +
      "style='font-family:\"Courier New\"'><span style='mso-list:Ignore'>o<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;" +
      '</span></span></span><!--[endif]-->Bramley<o:p></o:p></p>';
    expect(clean(html).blocks).toEqual([bulleted(['Apples', bulleted('Bramley')])]);
  });
});

describe('cleanPastedHtml() with Word (desktop, body only)', () => {
  it('maps Title, Subtitle and headings to subheads, bold despite mso-bidi-font-weight, links, and lists by their markers', () => {
    const { blocks } = cleanFixture('word-desktop-formatting-lists-table.html');
    expect(blocks.slice(0, 7)).toEqual([
      subhead('This is a title'),
      subhead('This is a subtitle'),
      subhead('This is a heading level 1'),
      subhead('This is a heading level 2'),
      paragraph('This is a ', bold('paragraph'), ' with a ', link('https://w.org/', 'link'), '.'),
      bulleted('A', ['Bulleted', bulleted('Indented')], 'List'),
      numbered('One', 'Two', 'Three'),
    ]);
  });

  it('keeps the text of in-document links, footnote marks and footnotes, without linking them', () => {
    const result = cleanFixture('word-desktop-formatting-lists-table.html');
    expect(result.blocks.slice(7)).toEqual([
      ...['One', 'Two', 'Three', '1', '2', '3', 'I', 'II', 'III', 'An image:'].map((text) => paragraph(text)),
      paragraph('This is an anchor link that leads to the next paragraph.'),
      paragraph('This is the paragraph with the anchor.'),
      paragraph('This is an anchor link that leads nowhere.'),
      paragraph('This is a paragraph with an anchor with no link pointing to it.'),
      paragraph('This is a reference to a footnote[1].'),
      paragraph('This is a reference to an endnote[i].'),
      paragraph('[1] This is a footnote.'),
      paragraph('[i] This is an endnote.'),
    ]);
    expect(result.warnings).toEqual([
      {
        kind: 'local-image',
        message: 'A picture from your computer (file:LOW-RES.png) could not be pasted; insert it with Insert photo.',
      },
      { kind: 'table', message: 'A table was pasted as separate paragraphs; the story body has no tables.' },
    ]);
  });

  it('finds list paragraphs whose marker sits inside a bookmark span', () => {
    expect(cleanFixture('word-desktop-list-in-bookmark.html')).toEqual({
      blocks: [
        subhead('This is a headline?'),
        paragraph('This is a text:'),
        bulleted('One', 'Two', 'Three'),
        paragraph('Lorem Ipsum.'),
      ],
      warnings: [],
    });
  });

  it('makes MsoQuote and MsoIntenseQuote paragraphs block quotes', () => {
    const html =
      "<p class=MsoNormal>The minister spoke briefly.<o:p></o:p></p>\n" +
      "<p class=MsoQuote><span lang=EN-GB>“We will not be moved,” she said.<o:p></o:p></span></p>\n" +
      "<p class=MsoIntenseQuote><i style='mso-bidi-font-style:normal'>Not today.</i><o:p></o:p></p>";
    expect(clean(html).blocks).toEqual([
      paragraph('The minister spoke briefly.'),
      quote(['“We will not be moved,” she said.']),
      quote([{ text: 'Not today.', italic: true }]),
    ]);
  });

  it('drops text Word marks hidden, and the number of a numbered heading', () => {
    const html =
      "<h1 style='margin-left:21.6pt;text-indent:-21.6pt;mso-list:l3 level1 lfo4'><![if !supportLists]><span " +
      "style='mso-list:Ignore'>1<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>Introduction<o:p></o:p></h1>" +
      "<p class=MsoNormal>Visible<span style='display:none;mso-hide:all'> hidden</span> text<span style='mso-hide:all'> also hidden</span>.<o:p></o:p></p>";
    expect(clean(html).blocks).toEqual([subhead('Introduction'), paragraph('Visible text.')]);
  });

  it.each(WORD_FIXTURES)('leaves no Word markup, glyph, no-break space or file address in the blocks of %s', (name) => {
    const text = allText(cleanFixture(name).blocks);
    expect(text).not.toMatch(/mso|Mso|o:p|supportLists|endif|Symbol|·|\u00a0|§|file:/);
  });
});

describe('cleanPastedHtml() with Word list markup that lacks the mso-list:Ignore span', () => {
  it('still takes the typed marker and its no-break-space padding out of the text, and reads its kind from it', () => {
    // Shaped like older Word output, where the marker span carries only a font; no fixture of it was at hand.
    const html =
      "<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span " +
      "style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>One</p>" +
      "<p class=MsoListParagraphCxSpLast style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span " +
      "style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>2 people</p>" +
      "<p class=MsoListParagraph style='text-indent:-.25in;mso-list:l1 level1 lfo2'><![if !supportLists]><span>1.<span " +
      "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>First</p>";
    expect(clean(html).blocks).toEqual([bulleted('One', '2 people'), numbered('First')]);
  });
});
