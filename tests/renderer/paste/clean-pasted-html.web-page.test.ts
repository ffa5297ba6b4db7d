// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bold, bulleted, clean, cleanFixture, italic, link, numbered, paragraph, quote, subhead } from './paste-test-kit.ts';

describe('cleanPastedHtml() with a web page copied in Chromium', () => {
  it('keeps the article: headline as subhead, paragraphs with marks and links, the pull quote, the related list', () => {
    expect(cleanFixture('web-page-article.html').blocks).toEqual([
      subhead('Courthouse arrests spark outcry from defense lawyers'),
      paragraph('Immigration agents detained four people at the county courthouse on Tuesday.'),
      paragraph('By ', link('https://news.example.com/people/jane-doe', 'Jane Doe'), ', Example News'),
      paragraph(
        bold('WASHINGTON (Example News)'),
        ' — Immigration agents arrested four people at the county courthouse on Tuesday, according to ',
        link('https://www.example.org/court-records', 'court records'),
        ' reviewed by ',
        italic('Example News'),
        '.',
      ),
      paragraph(
        'Defense lawyers said the arrests would keep witnesses away. “People are afraid to come to court,” said Maria Lopez, a public defender.',
      ),
      subhead('What the agency says'),
      paragraph(
        'The agency has said courthouses are not “sensitive locations.” Read the ',
        link('https://news.example.com/documents/dhs-memo.pdf', 'full memo'),
        ' or share this story.',
      ),
      // The page styles its pull quote in italics, and Chromium writes the computed style onto the copy.
      quote([italic('“We will continue to enforce the law,” the agency said in a statement.')]),
      paragraph('Tuesday, 9 a.m.: agents arrive.'),
      paragraph('Tuesday, 11 a.m.: four people detained.'),
      paragraph('Tuesday, 3 p.m.: lawyers file complaints.'),
      subhead('Related'),
      bulleted(
        link('https://news.example.com/2024/01/09/earlier-arrests', 'Earlier arrests at the same courthouse'),
        link('mailto:tips@example.com', 'Send us a tip'),
      ),
    ]);
  });

  it('leaves out the photo with its caption, the video player, the onclick handler and the javascript: link, and says so', () => {
    expect(cleanFixture('web-page-article.html').warnings).toEqual([
      {
        kind: 'image',
        message: 'A picture (https://news.example.com/media/courthouse.jpg) was left out; insert pictures with Insert photo.',
      },
      { kind: 'script', message: 'Scripts in the pasted text were removed.' },
      {
        kind: 'unsafe-link',
        message:
          'A link to “javascript:void(openShareDialog())” was removed and its text kept: only web and email links are allowed.',
      },
      {
        kind: 'embed',
        message:
          'An embedded frame (https://www.youtube.com/embed/abc123) was left out; the story body holds text, photos and videos only.',
      },
    ]);
  });

  it('resolves relative links against the page address when it is given, and keeps their text otherwise', () => {
    const html = '<p>Read the <a href="/documents/memo.pdf">memo</a> and <a href="#comments">comments</a>.</p>';
    expect(clean(html, { baseUrl: 'https://news.example.com/2024/01/16/story' })).toEqual({
      blocks: [
        paragraph(
          'Read the ',
          link('https://news.example.com/documents/memo.pdf', 'memo'),
          ' and ',
          link('https://news.example.com/2024/01/16/story#comments', 'comments'),
          '.',
        ),
      ],
      warnings: [],
    });
    expect(clean(html)).toEqual({
      blocks: [paragraph('Read the memo and comments.')],
      warnings: [
        { kind: 'link', message: 'A link with an incomplete address (“/documents/memo.pdf”) was kept as plain text.' },
      ],
    });
  });

  it('breaks the paragraph at <br><br>, but reads a single <br> as a space, as with plain text', () => {
    expect(clean('<div>Tuesday, 9 a.m.:<br>agents arrive.<br><br>Tuesday, 11 a.m.:<br>\n<br>four detained.</div>').blocks).toEqual([
      paragraph('Tuesday, 9 a.m.: agents arrive.'),
      paragraph('Tuesday, 11 a.m.:'),
      paragraph('four detained.'),
    ]);
  });

  it('reads <pre> line by line like plain text', () => {
    expect(clean('<pre>WASHINGTON (AP) — Four people\nwere arrested.\n\nLawyers objected.</pre>').blocks).toEqual([
      paragraph('WASHINGTON (AP) — Four people were arrested.'),
      paragraph('Lawyers objected.'),
    ]);
  });

  it('gives a quote the name in its <footer>, or in the caption of the figure around it', () => {
    const html =
      '<blockquote><p>“Facts are stubborn things.”</p><footer>— John Adams</footer></blockquote>' +
      '<figure><blockquote><p>“Comment is free, but facts are sacred.”</p></blockquote><figcaption>—C. P. Scott</figcaption></figure>';
    expect(clean(html).blocks).toEqual([
      quote(['“Facts are stubborn things.”'], 'John Adams'),
      quote(['“Comment is free, but facts are sacred.”'], 'C. P. Scott'),
    ]);
  });
});

describe('cleanPastedHtml() with Evernote', () => {
  it('reads <div> lines and <div><br></div> gaps as paragraphs, and an item holding only a list as nesting', () => {
    expect(cleanFixture('evernote-note.html')).toEqual({
      blocks: [
        paragraph('This is a ', italic('paragraph'), '.'),
        paragraph('This is a ', link('https://w.org', 'link'), '.'),
        bulleted('An', ['Unordered', bulleted('Indented')], 'List'),
        numbered('One', ['Two', numbered('Indented')], 'Three'),
        ...['One', 'Two', 'Three', 'Four', 'Five', 'Six'].map((text) => paragraph(text)),
      ],
      warnings: [
        {
          kind: 'image',
          message: 'A picture embedded in the pasted text could not be pasted; insert it with Insert photo.',
        },
        { kind: 'table', message: 'A table was pasted as separate paragraphs; the story body has no tables.' },
      ],
    });
  });
});
