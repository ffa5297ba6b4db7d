import { describe, expect, it } from 'vitest';
import { newStoryId, slugFollowingHeadline, slugify, StoryId } from '../../../shared/story/index.ts';

describe('slugify()', () => {
  it('makes a short, lowercase, hyphenated slug from a headline', () => {
    expect(slugify('Trump: ICE agents are mean but have heart')).toBe('trump-ice-agents-are-mean');
  });

  it("keeps apostrophes inside words and strips accents", () => {
    expect(slugify("What's next after Trump's policy reversal?")).toBe('whats-next-after-trumps-policy');
    expect(slugify('Café société in Zürich')).toBe('cafe-societe-in-zurich');
  });

  it('stays within 40 characters on whole words', () => {
    const slug = slugify('Extraordinarily comprehensive intergovernmental reorganisation announcement');
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toBe('extraordinarily-comprehensive');
  });

  it('gives an empty slug for text with no letters or digits', () => {
    expect(slugify('—!?')).toBe('');
  });
});

describe('newStoryId()', () => {
  it('makes ids the schema accepts and that sort by creation time', () => {
    const random = new Uint8Array(10).fill(255);
    const earlier = newStoryId(Date.UTC(2026, 0, 1), random);
    const later = newStoryId(Date.UTC(2026, 0, 2), new Uint8Array(10));
    expect(StoryId.safeParse(earlier).success).toBe(true);
    expect(StoryId.safeParse(later).success).toBe(true);
    expect(earlier < later).toBe(true);
  });

  it('refuses too little randomness', () => {
    expect(() => newStoryId(0, new Uint8Array(4))).toThrow(/10 random bytes/);
  });
});

describe('slugFollowingHeadline()', () => {
  it('follows the headline while the slug is empty or was made from the old headline', () => {
    expect(slugFollowingHeadline('', '', 'Storm closes the harbour')).toBe('storm-closes-the-harbour');
    expect(slugFollowingHeadline('storm-closes', 'Storm closes', 'Storm closes the harbour')).toBe(
      'storm-closes-the-harbour',
    );
  });

  it('keeps a slug an editor chose by hand', () => {
    expect(slugFollowingHeadline('harbour', 'Storm closes', 'Storm closes the harbour')).toBe('harbour');
  });
});
