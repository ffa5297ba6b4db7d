import { describe, expect, it, vi } from 'vitest';

// Every constant-time comparison made, as the byte lengths of its two sides.
const comparisons = vi.hoisted(() => ({ sizes: [] as [number, number][] }));
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return {
    ...real,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      comparisons.sizes.push([a.byteLength, b.byteLength]);
      return real.timingSafeEqual(a, b);
    },
  };
});

const { accessTokenCheck, newAccessToken } = await import('../../../electron/host/access-token.ts');

describe('the browser host’s access token', () => {
  it('is 32 random bytes, URL-safe, and new every time', () => {
    const tokens = Array.from({ length: 20 }, () => newAccessToken());
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('is accepted exactly: not a prefix, not longer, not in other case, not empty, not another token', () => {
    const token = newAccessToken();
    const matches = accessTokenCheck(token);
    expect(matches(token)).toBe(true);
    for (const guess of [token.slice(0, -1), `${token}A`, token.toUpperCase(), token.toLowerCase(), '', newAccessToken(), `${token} `, 'é'.repeat(43)]) {
      if (guess !== token) expect(matches(guess), JSON.stringify(guess)).toBe(false);
    }
  });

  it('is compared in constant time: always timingSafeEqual, always on two 32-byte digests, whatever the guess’s length', () => {
    const token = newAccessToken();
    const matches = accessTokenCheck(token);
    for (const guess of [token, 'a', '', token.repeat(50), token.slice(0, 42)]) {
      comparisons.sizes = [];
      matches(guess);
      expect(comparisons.sizes, `a guess of ${guess.length} characters`).toEqual([[32, 32]]);
    }
  });
});
