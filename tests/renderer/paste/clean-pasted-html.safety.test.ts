// @vitest-environment jsdom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allText, clean, cleanFixture, link, paragraph } from './paste-test-kit.ts';

// Not a clipboard capture: a page written to carry every kind of active or hidden content at once.
const HOSTILE = `<p onmouseover="alert(1)">Hello <a href="javascript:alert(2)">click</a> <a href=" JaVaScRiPt:alert(3)">again</a> <a href="vbscript:msgbox(4)">vb</a> <a href="data:text/html;base64,PHNjcmlwdD4=">data</a> <a href="file:///C:/Users/me/notes.docx">file</a> <a href="tel:+15555550123">call</a></p>
<script>alert(5)</script><style>p{color:red}</style><noscript><p>Enable JavaScript</p></noscript>
<svg onload="alert(6)"><text>svg text</text></svg><math><mi>x</mi></math>
<iframe src="https://evil.example/"></iframe><object data="movie.swf"><p>fallback</p></object><embed src="x.swf">
<img src="x" onerror="alert(7)"><video src="clip.mp4"><p>no video</p></video>
<form action="https://evil.example/"><input value="typed"><button>Send</button><select><option>Choice</option></select><textarea>draft</textarea></form>
<!-- a comment with secret --><template><p>template text</p></template><p>End <a href="https://ok.example/" onclick="steal()" class="x" style="color:red" data-track="1">ok</a></p>`;

describe('cleanPastedHtml() with hostile HTML', () => {
  it('keeps only the visible text and the one safe link', () => {
    expect(clean(HOSTILE).blocks).toEqual([
      paragraph('Hello click again vb data file call'),
      paragraph('End ', link('https://ok.example/', 'ok')),
    ]);
  });

  it('says what it removed: scripts, each unusable link, frames, the picture and the video', () => {
    expect(clean(HOSTILE).warnings).toEqual([
      { kind: 'script', message: 'Scripts in the pasted text were removed.' },
      {
        kind: 'unsafe-link',
        message: 'A link to “javascript:alert(2)” was removed and its text kept: only web and email links are allowed.',
      },
      {
        kind: 'unsafe-link',
        message: 'A link to “JaVaScRiPt:alert(3)” was removed and its text kept: only web and email links are allowed.',
      },
      {
        kind: 'unsafe-link',
        message: 'A link to “vbscript:msgbox(4)” was removed and its text kept: only web and email links are allowed.',
      },
      {
        kind: 'unsafe-link',
        message: 'A link to “data:…” was removed and its text kept: only web and email links are allowed.',
      },
      {
        kind: 'local-link',
        message: 'A link to a file on your computer (file:///C:/Users/me/notes.docx) was kept as plain text.',
      },
      {
        kind: 'link',
        message: 'A link to “tel:+15555550123” was kept as plain text: only web (http, https) and email links are allowed.',
      },
      {
        kind: 'embed',
        message: 'An embedded frame (https://evil.example/) was left out; the story body holds text, photos and videos only.',
      },
      {
        kind: 'embed',
        message: 'An embedded frame (movie.swf) was left out; the story body holds text, photos and videos only.',
      },
      {
        kind: 'embed',
        message: 'An embedded frame (x.swf) was left out; the story body holds text, photos and videos only.',
      },
      { kind: 'image', message: 'A picture (x) was left out; insert pictures with Insert photo.' },
      { kind: 'media', message: 'A video or audio player was left out; add video with Insert video.' },
    ]);
  });

  it('lets no script text, style, comment, template, form control or fallback content into the blocks', () => {
    expect(allText(clean(HOSTILE).blocks)).not.toMatch(
      /alert|msgbox|steal|color|secret|template text|svg text|Enable JavaScript|fallback|no video|typed|Send|Choice|draft/,
    );
  });
});

const FIXTURES = readdirSync(join(import.meta.dirname, '../../fixtures/clipboard')).filter((name) => name.endsWith('.html'));

describe('cleanPastedHtml() on every clipboard fixture', () => {
  it('has fixtures to check', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(FIXTURES)('gives valid story blocks with no file:, data: or javascript: address for %s', (name) => {
    const { blocks } = cleanFixture(name); // cleanFixture parses the blocks with the story schema
    expect(blocks.length).toBeGreaterThan(0);
    expect(allText(blocks)).not.toMatch(/file:|data:|javascript:/i);
  });
});
