// What a command is: its help text, its options for node:util parseArgs, and its run function. main.ts
// dispatches on the table in commands/index.ts, so adding a command is adding one file to that table.

import type { Preferences } from '../../shared/bridge/preferences.ts';
import type { LintSettings } from '../../shared/lint/lint-settings.ts';
import type { CreditHouseStyle } from '../../shared/render/story-lines.ts';
import type { LibraryChoice } from './library-option.ts';
import type { Output } from './output.ts';

/** Where the CLI reads and writes: the real process in main.ts, captured strings in tests. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
  env: Record<string, string | undefined>;
  /**
   * The app's preferences. Defaults to the real preferences file; tests pass their own so that they never
   * read the user's settings. The house style may be left out: it then is the app's default.
   */
  preferences?: () => CliPreferences;
}

/** What the CLI reads from the preferences. */
export type CliPreferences = Pick<Preferences, 'libraryPath' | 'authorName'> &
  Partial<Pick<Preferences, 'creditStyle' | 'customCreditPattern'>> & {
    /** As the file holds them: the checks fill in what is missing with their defaults. */
    lint?: Partial<LintSettings>;
  };

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Shown in usage after a string option: `--library DIR`. */
  valueName?: string;
  description: string;
  /** A required option is named in the error when it is missing (exit 2). */
  required?: boolean;
}

export interface PositionalSpec {
  name: string;
  description: string;
}

export interface Example {
  command: string;
  description: string;
}

/** Parsed arguments, after parseArgs and the checks for required options and positionals. */
export interface CommandInput {
  options: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** What a command may use besides its arguments. */
export interface CommandContext {
  io: CliIo;
  out: Output;
  /** The library to use: --library, else $COPYDESK_LIBRARY, else the preferences (said on stderr). */
  library(flag: string | undefined): LibraryChoice;
  /** The author to put on a new byline when --author is not given. */
  defaultAuthor(): string;
  /** How credit lines are printed: the house style from the preferences (the app's default without them). */
  houseStyle(): CreditHouseStyle;
  /** The desk's house-style limits and switched-off checks (the defaults without preferences). */
  lintSettings(): LintSettings;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** A paragraph for `copydesk COMMAND --help`, after the summary; wrapped when printed. */
  description: string;
  /** At most one positional today; an array so the usage line and the check stay general. */
  positionals: PositionalSpec[];
  options: Record<string, OptionSpec>;
  examples: Example[];
  /** Returns the exit code: 0 success, 1 a problem the command found. */
  run(input: CommandInput, context: CommandContext): Promise<number>;
}

/** A mistake in how the command was typed: printed with a hint to run --help, exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help to point at, or null for the overview. */
    readonly command: string | null = null,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The options every command shares. Declared once so help and parsing agree. */
export const LIBRARY_OPTION: OptionSpec = {
  type: 'string',
  valueName: 'DIR',
  description: 'the library folder (default: $COPYDESK_LIBRARY, then the library the app uses)',
};

export const JSON_OPTION: OptionSpec = { type: 'boolean', description: 'print JSON instead of text' };

export function stringOption(input: CommandInput, name: string): string | undefined {
  const value = input.options[name];
  return typeof value === 'string' ? value : undefined;
}

export function booleanOption(input: CommandInput, name: string): boolean {
  return input.options[name] === true;
}
