// The list-shaped story fields as the plain form edits them: highlights one per line, keywords separated by
// commas. The form keeps what was typed as typed (so a trailing comma or newline does not vanish under the
// cursor) and the story gets the cleaned-up list.

export function highlightsToText(highlights: readonly string[]): string {
  return highlights.join('\n');
}

export function textToHighlights(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function keywordsToText(keywords: readonly string[]): string {
  return keywords.join(', ');
}

export function textToKeywords(text: string): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const part of text.split(',')) {
    const keyword = part.trim().replace(/\s+/g, ' ');
    if (keyword && !seen.has(keyword.toLowerCase())) {
      seen.add(keyword.toLowerCase());
      keywords.push(keyword);
    }
  }
  return keywords;
}
