// Slugs: the desk's short handle for a story, and the stem of its folder name.

const MAX_SLUG_WORDS = 5;
export const MAX_SLUG_LENGTH = 40;

/** "Trump: ICE agents are mean but have heart" → "trump-ice-agents-are-mean". */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // strip accents: "café" → "cafe"
    .toLowerCase()
    .replace(/['’]/g, '') // "Trump's" → "trumps", not "trump-s"
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_SLUG_WORDS);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, MAX_SLUG_LENGTH) || '';
}

/**
 * The slug after the headline changes: it follows the headline while nobody has set it by hand (it is
 * empty, or still what the old headline would give), and stays put once an editor has chosen one.
 */
export function slugFollowingHeadline(slug: string, oldHeadline: string, newHeadline: string): string {
  return slug === '' || slug === slugify(oldHeadline) ? slugify(newHeadline) : slug;
}
