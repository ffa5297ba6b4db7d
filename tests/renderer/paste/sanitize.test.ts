// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeClipboardHtml } from '../../../renderer/src/paste/sanitize.ts';

describe('sanitizeClipboardHtml()', () => {
  it('runs DOMPurify as a browser would in this test environment (else every other paste test proves nothing)', () => {
    // jsdom, not happy-dom: DOMPurify 3.4.8+ reads tag names through Node.nodeName, which happy-dom 21
    // leaves empty (capricorn86/happy-dom#2182), so under happy-dom it silently keeps <script>.
    expect(
      sanitizeClipboardHtml('<p>a<script>x()</script></p><p>b<img src="https://example.org/p.jpg"></p><p onclick="y()">c<iframe></iframe></p>').html,
    ).toBe('<p>a</p><p>b</p><p>c</p>');
  });

  it('keeps the structure and the attributes the mapping reads, and nothing else', () => {
    expect(
      sanitizeClipboardHtml(
        '<h2 id="x" class="MsoTitle" style="font-weight:400" data-x="1" lang="en">T</h2>' +
          '<ul><li aria-level="2" aria-label="no" role="listitem"><a href="https://example.org/" target="_blank" rel="noopener">L</a></li></ul>' +
          '<o:p>&nbsp;</o:p><font face="Arial">F</font><st1:place>P</st1:place>',
      ).html,
    ).toBe(
      '<h2 class="MsoTitle" style="font-weight:400">T</h2><ul><li aria-level="2"><a href="https://example.org/">L</a></li></ul>&nbsp;<font>F</font>P',
    );
  });

  it('reports what an editor would miss and nothing about markup nobody sees', () => {
    const { warnings } = sanitizeClipboardHtml(
      '<meta charset="utf-8"><style>p{}</style><p lang="en" class="x">Text</p><img src="file:///Users/ana/Desktop/flood.jpg"><svg><path/></svg>',
    );
    expect(warnings).toEqual([
      {
        kind: 'local-image',
        message: 'A picture from your computer (file:///Users/ana/Desktop/flood.jpg) could not be pasted; insert it with Insert photo.',
      },
    ]);
  });
});
