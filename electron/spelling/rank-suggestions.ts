// nspell finds good candidates but orders them loosely: for "teh" it lists "ten", "eh", "meh" … and "the"
// ninth. Typing slips are mostly two letters swapped ("teh", "thier"), so candidates are put in order of
// their edit distance from the word, a swap of neighbours costing half an edit, with nspell's order kept
// between equals. Abbreviations in capitals are not offered for a word that is not one ("NEH" for "teh").

import { isAllCapitals } from '../../shared/spelling/words.ts';

export function rankSuggestions(word: string, candidates: readonly string[]): string[] {
  const offerCapitals = isAllCapitals(word);
  const lower = word.toLowerCase();
  return candidates
    .filter((candidate) => offerCapitals || !isAllCapitals(candidate))
    .map((candidate, order) => ({ candidate, order, distance: editDistance(lower, candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .map(({ candidate }) => candidate);
}

/** Optimal-string-alignment distance: insert, delete, replace cost 1, swapping two neighbours 0.5. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const replace = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(table[i - 1]![j]! + 1, table[i]![j - 1]! + 1, table[i - 1]![j - 1]! + replace);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && a[i - 1] !== a[i - 2]) {
        best = Math.min(best, table[i - 2]![j - 2]! + 0.5);
      }
      table[i]![j] = best;
    }
  }
  return table[a.length]![b.length]!;
}
