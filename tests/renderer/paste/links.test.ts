import { describe, expect, it } from 'vitest';
import { resolveLink } from '../../../renderer/src/paste/links.ts';

describe('resolveLink()', () => {
  it.each([
    ['https://www.example.org/court-records', 'https://www.example.org/court-records'],
    ['  http://example.org  ', 'http://example.org'],
    ['HTTPS://EXAMPLE.ORG/A', 'HTTPS://EXAMPLE.ORG/A'],
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['mailto:tips@example.com?subject=A tip', 'mailto:tips@example.com?subject=A%20tip'],
  ])('keeps %j as %j', (href, url) => {
    expect(resolveLink(href)).toEqual({ url });
  });

  it('resolves relative addresses against the base, and only to web addresses', () => {
    expect(resolveLink('../b', 'https://example.org/x/y/z')).toEqual({ url: 'https://example.org/x/b' });
    expect(resolveLink('//cdn.example.org/a', 'https://example.org/')).toEqual({ url: 'https://cdn.example.org/a' });
    expect(resolveLink('page.html', 'file:///C:/Users/me/')).toMatchObject({ url: null, warning: { kind: 'local-link' } });
  });

  it.each([
    ['javascript:alert(1)', 'unsafe-link'],
    ['vbscript:msgbox(1)', 'unsafe-link'],
    ['data:text/html,<script>alert(1)</script>', 'unsafe-link'],
    ['file:///C:/Users/me/notes.docx', 'local-link'],
    ['ftp://example.org/file', 'link'],
    ['tel:+15555550123', 'link'],
    ['/relative/without/base', 'link'],
  ])('refuses %j with a %s warning', (href, kind) => {
    expect(resolveLink(href)).toMatchObject({ url: null, warning: { kind } });
  });

  it('drops in-document anchors without a warning when there is no page to point into', () => {
    expect(resolveLink('#_ftn1')).toEqual({ url: null });
  });

  it('refuses addresses longer than the story model allows', () => {
    expect(resolveLink(`https://example.org/${'a'.repeat(2100)}`)).toMatchObject({ url: null, warning: { kind: 'link' } });
  });
});
