// Story ids: 48 bits of time then 80 bits of randomness, in lowercase Crockford base32 — sortable by
// creation like a ULID, safe in file names and URLs. The caller supplies the randomness so this module
// stays pure (Node and the browser each have their own source).

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

export const RANDOM_BYTES_FOR_ID = 10;

export function newStoryId(nowMs: number, random: Uint8Array): string {
  if (random.length < RANDOM_BYTES_FOR_ID) {
    throw new RangeError(`newStoryId needs ${RANDOM_BYTES_FOR_ID} random bytes, got ${random.length}`);
  }
  let time = '';
  let t = Math.floor(nowMs);
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  // 80 random bits → 16 characters of 5 bits each.
  let bits = 0;
  let value = 0;
  let rest = '';
  for (let i = 0; i < RANDOM_BYTES_FOR_ID; i++) {
    value = (value << 8) | random[i]!;
    bits += 8;
    while (bits >= 5) {
      rest += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return time + rest;
}

/** A short id for a block inside a story. */
export function newBlockId(random: Uint8Array): string {
  return Array.from(random.subarray(0, 6), (byte) => ALPHABET[byte % 32]).join('');
}
