// The browser host's secret: made fresh for every run, and checked on every request in constant time. Both
// sides are hashed first, so timingSafeEqual always compares two 32-byte digests: neither how long a guess
// is nor how many of its first characters are right shows in how long the answer takes (a plain === stops at
// the first differing character, and timingSafeEqual itself refuses inputs of different lengths).

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, URL-safe: 43 characters. */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A check for one token: true for exactly that token, compared in constant time. */
export function accessTokenCheck(token: string): (presented: string) => boolean {
  const expected = digest(token);
  return (presented) => timingSafeEqual(digest(presented), expected);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
