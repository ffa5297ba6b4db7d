// People's names in credit lines. Agencies print names in capitals ("MANDEL NGAN/AFP/Getty Images",
// "AFP PHOTO / Mandel NGAN", "EPA/JUSTIN LANE"); a credit holds them as the person writes them, so capitals
// are turned into "Mandel Ngan" once, on the way in. A word already in mixed case ("McDonald", "DeSantis",
// "de la Cruz") was written by someone who knew, and is left alone.

/** Lower-case particles inside a name: "Juan de la Cruz", "Robin van Persie", "Osama bin Laden". */
const PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'das', 'dos', 'du', 'ten', 'ter', 'bin', 'ibn', 'y',
]);
/** Articles that are lower case only after a particle: "de la Cruz", "van der Berg", "de los Santos". */
const ARTICLES_AFTER_PARTICLE = new Set(['la', 'las', 'los', 'le', 'les', 'der', 'den', 'het', 'lo']);
/** Generational suffixes and numerals keep their own form. */
const SUFFIXES: Record<string, string> = { jr: 'Jr', 'jr.': 'Jr.', sr: 'Sr', 'sr.': 'Sr.', jnr: 'Jnr', snr: 'Snr' };
const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;

const isUpperCase = (word: string) => word === word.toUpperCase() && word !== word.toLowerCase();

/** "NGAN" → "Ngan", "MCDONALD" → "McDonald", "O'BRIEN" → "O'Brien", "JEAN-PIERRE" → "Jean-Pierre". */
function capitalize(word: string): string {
  const lower = word.toLowerCase();
  const mc = /^mc(\p{L})(.*)$/u.exec(lower);
  if (mc && lower.length > 3) return `Mc${mc[1]!.toUpperCase()}${mc[2]}`;
  // Each part of a hyphenated or apostrophed name is capitalised: Jean-Pierre, O'Brien, D'Angelo.
  return lower.replace(/(^|[-'’])(\p{L})/gu, (_match, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

function normalizeWord(word: string, index: number, words: readonly string[]): string {
  if (!isUpperCase(word)) return word;
  const lower = word.toLowerCase();
  if (SUFFIXES[lower]) return SUFFIXES[lower];
  if (ROMAN_NUMERAL.test(word) && index > 0) return word;
  // Initials ("C." or "J.R.") stay as they are.
  if (/^(?:\p{L}\.)+$/u.test(word)) return word;
  if (index > 0 && index < words.length - 1) {
    const previous = words[index - 1]!.toLowerCase();
    if (PARTICLES.has(lower)) return lower;
    if (ARTICLES_AFTER_PARTICLE.has(lower) && PARTICLES.has(previous)) return lower;
  }
  // "AL-ASSAD" → "al-Assad" inside a name, "Al-Assad" at its start.
  const arabicArticle = /^(al|el)-(.+)$/i.exec(word);
  if (arabicArticle) {
    const article = index > 0 ? arabicArticle[1]!.toLowerCase() : capitalize(arabicArticle[1]!);
    return `${article}-${capitalize(arabicArticle[2]!)}`;
  }
  return capitalize(word);
}

/**
 * A person's name as it should be printed: words in capitals become capitalised ("MANDEL NGAN" → "Mandel
 * Ngan", "JOHN MCDONALD" → "John McDonald", "JUAN DE LA CRUZ" → "Juan de la Cruz"); words in mixed or lower
 * case are kept; spaces are collapsed.
 */
export function normalizePersonName(name: string): string {
  const words = name.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  return words.map((word, index) => normalizeWord(word, index, words)).join(' ');
}
