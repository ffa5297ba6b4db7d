// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { remember, rememberedQuery } from '../../../renderer/src/library/remembered-query.ts';

afterEach(() => window.sessionStorage.clear());

describe('rememberedQuery()', () => {
  it('gives back what was remembered', () => {
    remember({ query: 'harbour', status: 'ready', sort: 'headline' });
    expect(rememberedQuery()).toEqual({ query: 'harbour', status: 'ready', sort: 'headline' });
  });

  it('starts afresh with nothing remembered', () => {
    expect(rememberedQuery()).toEqual({ query: '', status: 'all', sort: 'updated' });
  });

  it('keeps only what is still valid from something else in storage', () => {
    window.sessionStorage.setItem('copydesk.librarySearch', JSON.stringify({ query: 42, status: 'published', sort: 'headline' }));
    expect(rememberedQuery()).toEqual({ query: '', status: 'all', sort: 'headline' });
    window.sessionStorage.setItem('copydesk.librarySearch', '{not json');
    expect(rememberedQuery()).toEqual({ query: '', status: 'all', sort: 'updated' });
  });
});
