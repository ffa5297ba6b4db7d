// Writing to the terminal: lines to stdout, notes and errors to stderr (so `--json | jq` stays clean), and
// the small formatting helpers every command shares.

import type { CliIo } from './command.ts';

export interface Output {
  /** A line of the command's result, on stdout. */
  line(text?: string): void;
  /** A value as pretty JSON on stdout: the whole of a `--json` command's output. */
  json(value: unknown): void;
  /** A note or an error, on stderr. */
  note(text: string): void;
}

export function createOutput(io: Pick<CliIo, 'stdout' | 'stderr'>): Output {
  return {
    line: (text = '') => void io.stdout.write(`${text}\n`),
    json: (value) => void io.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    note: (text) => void io.stderr.write(`${text}\n`),
  };
}

/** Quotes a path or word for a shell command line we suggest, only when it needs it. */
export function shellQuote(word: string): string {
  if (/^[\w@%+=:,./~-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Lays out rows in columns two spaces apart; columns listed in `alignRight` are right-aligned (numbers). */
export function formatTable(rows: string[][], alignRight: ReadonlySet<number> = new Set()): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, [...cell].length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const pad = ' '.repeat((widths[column] ?? 0) - [...cell].length);
        if (alignRight.has(column)) return pad + cell;
        // No trailing spaces after the last column.
        return column === row.length - 1 ? cell : cell + pad;
      })
      .join('  '),
  );
}

/** Cuts text to `max` characters with an ellipsis, so one long headline does not push the table apart. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** "2026-03-14 09:05" in the reader's own time zone: what a person scanning a list wants. */
export function formatLocalTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}
