import { describe, expect, it } from 'vitest';
import { matcherFor, matchesIn } from '../../../../renderer/src/editor/find/find-query.ts';

const find = (text: string, query: string, options: { matchCase?: boolean; wholeWord?: boolean } = {}) => {
  const matcher = matcherFor({ text: query, matchCase: options.matchCase ?? false, wholeWord: options.wholeWord ?? false });
  return matcher ? matchesIn(text, matcher).map(({ start, end }) => text.slice(start, end)) : [];
};

describe('matcherFor()', () => {
  it('finds nothing for an empty query', () => {
    expect(matcherFor({ text: '', matchCase: false, wholeWord: false })).toBeNull();
  });

  it('ignores case unless "Match case" is on', () => {
    expect(find('ICE says Ice ice', 'ice')).toEqual(['ICE', 'Ice', 'ice']);
    expect(find('ICE says Ice ice', 'ice', { matchCase: true })).toEqual(['ice']);
    expect(find('Élysée élysée', 'ÉLYSÉE')).toEqual(['Élysée', 'élysée']);
  });

  it('with "Whole word", skips the query inside longer words in any script', () => {
    expect(find('at that station, at last; cat at', 'at', { wholeWord: true })).toEqual(['at', 'at', 'at']);
    expect(find('atelier àt at', 'at', { wholeWord: true })).toEqual(['at']);
    expect(find('ICE’s agents, ICE-led', 'ICE', { wholeWord: true })).toEqual(['ICE', 'ICE']);
  });

  it('applies "Whole word" only at an edge of the query that is a letter', () => {
    expect(find('pre-ICE and -ICEberg', '-ICE', { wholeWord: true })).toEqual(['-ICE']);
  });

  it('takes the query literally, symbols and all', () => {
    expect(find('Is it $1.5m (or $1x5m)? [sic] a/b a\\b', '$1.5m')).toEqual(['$1.5m']);
    expect(find('(or $1x5m)? [sic] a/b a\\b', '[sic]')).toEqual(['[sic]']);
    expect(find('a/b a\\b a.b', 'a\\b')).toEqual(['a\\b']);
    expect(find('x-y x—y', 'x-y')).toEqual(['x-y']);
    expect(find('a+b a|b', 'a|b')).toEqual(['a|b']);
  });

  it('finds curly quotes when straight ones are typed, and the other way round', () => {
    expect(find('Sakauye’s complaint and Sakauye\'s letter', "Sakauye's")).toEqual(['Sakauye’s', "Sakauye's"]);
    expect(find('“sensitive locations”', '"sensitive locations"')).toEqual(['“sensitive locations”']);
    expect(find("Sakauye's", 'Sakauye’s')).toEqual(["Sakauye's"]);
  });

  it('finds every occurrence without overlapping', () => {
    expect(find('aaaa', 'aa')).toEqual(['aa', 'aa']);
  });
});
