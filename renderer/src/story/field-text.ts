// Keywords as the Desk panel edits them: separated by commas. The field keeps what was typed as typed (so a
// trailing comma does not vanish under the cursor) and the story gets the cleaned-up list.

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
