// The help text, generated from the command table so that it cannot drift from what parseArgs accepts.

import type { Command, OptionSpec } from './command.ts';
import { formatTable } from './output.ts';

/** Help paragraphs are wrapped for an ordinary 80-column terminal. */
const WIDTH = 78;

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help' };

/** "copydesk show STORY [--library DIR] [--json]". */
export function usageLine(command: Command): string {
  const parts = [`copydesk ${command.name}`, ...command.positionals.map((positional) => positional.name)];
  for (const [name, option] of Object.entries(command.options)) {
    const flag = option.type === 'string' ? `--${name} ${option.valueName ?? 'VALUE'}` : `--${name}`;
    parts.push(option.required ? flag : `[${flag}]`);
  }
  return parts.join(' ');
}

export function commandHelp(command: Command): string[] {
  const lines = [`Usage: ${usageLine(command)}`, '', `${command.summary}.`, '', ...wrap(command.description, WIDTH)];
  if (command.positionals.length > 0) {
    lines.push('', 'Arguments:');
    lines.push(...indent(formatTable(command.positionals.map((positional) => [positional.name, positional.description]))));
  }
  lines.push('', 'Options:');
  const options = Object.entries({ ...command.options, help: HELP_OPTION }).map(([name, option]) => [
    `${option.short ? `-${option.short}, ` : ''}--${name}${option.type === 'string' ? ` ${option.valueName ?? 'VALUE'}` : ''}`,
    `${option.description}${option.required ? ' (required)' : ''}`,
  ]);
  lines.push(...indent(formatTable(options)));
  lines.push('', 'Examples:');
  for (const example of command.examples) lines.push(`  ${example.command}`, `      ${example.description}`);
  return lines;
}

export function overviewHelp(commands: readonly Command[], version: string): string[] {
  const lines = [
    `copydesk ${version}: work with Copydesk stories from the command line.`,
    '',
    'Usage: copydesk COMMAND [options]',
    '',
    'Commands:',
  ];
  for (const command of commands) {
    lines.push(`  ${usageLine(command)}`, `      ${command.summary}.`);
  }
  lines.push('', 'Examples:');
  for (const command of commands) {
    const example = command.examples[0];
    if (example) lines.push(`  ${example.command}`);
  }
  lines.push(
    '',
    'The library is the folder given with --library, else $COPYDESK_LIBRARY, else the library the app uses.',
    '',
    'Other options:',
    '  -h, --help       show this help; `copydesk COMMAND --help` (or `copydesk help COMMAND`) for a command',
    '  -v, --version    print the version',
  );
  return lines;
}

/** Breaks a paragraph into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function indent(lines: string[]): string[] {
  return lines.map((line) => `  ${line}`);
}
