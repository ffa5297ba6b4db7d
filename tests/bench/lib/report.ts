// The benchmark's output: a table on the terminal (figure, ours, target, verdict, peers), the figures as
// JSON, and the same table as Markdown for BENCHMARKS.md.

import { verdictOf, type Figure, type Peer, type SuiteResult, type Target, type Unit } from './figures.ts';

export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const number = value.toFixed(digits);
  if (unit === 'count') return number;
  if (unit === '×') return `${number}×`;
  return `${number} ${unit}`;
}

export function formatTarget(target: Target | undefined, unit: Unit): string {
  if (!target) return '';
  if (target.atMost !== undefined) return `≤ ${formatValue(target.atMost, unit)}`;
  if (target.atLeast !== undefined) return `≥ ${formatValue(target.atLeast, unit)}`;
  return '';
}

const formatPeers = (peers: readonly Peer[] | undefined) =>
  (peers ?? []).map((peer) => `${peer.name} ${formatValue(peer.value, peer.unit)}`).join('; ');

const VERDICT_MARK = { pass: '✓', fail: '✗', info: '·' } as const;

interface Row {
  cells: string[];
}

function rows(results: readonly SuiteResult[]): Row[] {
  const out: Row[] = [];
  for (const result of results) {
    if (result.skipped) {
      out.push({ cells: [`${result.suite}: not measured`, '', '', '', result.skipped] });
      continue;
    }
    for (const figure of result.figures) {
      out.push({
        cells: [
          figure.label,
          formatValue(figure.value, figure.unit),
          formatTarget(figure.target, figure.unit),
          VERDICT_MARK[verdictOf(figure)],
          formatPeers(figure.peers),
        ],
      });
    }
  }
  return out;
}

const HEADER = ['Figure', 'Copydesk', 'Target', '', 'Beside it, same run'];

/** The table for a terminal, columns padded. */
export function terminalTable(results: readonly SuiteResult[]): string {
  const all = [HEADER, ...rows(results).map((row) => row.cells)];
  const widths = HEADER.map((_, column) => Math.max(...all.map((cells) => [...cells[column]!].length)));
  return all
    .map((cells, index) => {
      const line = cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
      return index === 0 ? `${line}\n${widths.map((width) => '─'.repeat(width)).join('  ')}` : line;
    })
    .join('\n');
}

/** The table as Markdown, for BENCHMARKS.md. */
export function markdownTable(results: readonly SuiteResult[]): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  const lines = [`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`];
  for (const row of rows(results)) lines.push(`| ${row.cells.map(escape).join(' | ')} |`);
  return lines.join('\n');
}

export function countVerdicts(results: readonly SuiteResult[]): { pass: number; fail: number; skipped: number } {
  const figures = results.flatMap((result) => result.figures);
  return {
    pass: figures.filter((figure) => verdictOf(figure) === 'pass').length,
    fail: figures.filter((figure) => verdictOf(figure) === 'fail').length,
    skipped: results.filter((result) => result.skipped).length,
  };
}

export interface BenchRecord {
  ranAt: string;
  machine: { cpus: string; cores: number; memoryGiB: number; platform: string; node: string; chromium?: string };
  quick: boolean;
  results: SuiteResult[];
}

export type { Figure };
