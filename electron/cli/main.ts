// The `copydesk` command line. runCli takes the arguments and the streams and returns the exit code, so tests
// run it in-process; main() is what bin.mjs calls with the real process.
//
// Exit codes: 0 done, 1 a problem with the stories or the disk (or `validate` found one), 2 a mistake in the
// command line itself.

import { readFileSync } from 'node:fs';
import { Preferences } from '../../shared/bridge/preferences.ts';
import { DEFAULT_LINT_SETTINGS, LintSettings } from '../../shared/lint/lint-settings.ts';
import { CopydeskError } from '../../shared/errors.ts';
import { createNodePreferencesStore } from '../preferences/preferences-store.ts';
import { type CliIo, type CliPreferences, type CommandContext, UsageError } from './command.ts';
import { COMMANDS, findCommand } from './commands/index.ts';
import { commandHelp, overviewHelp } from './help.ts';
import { chooseLibrary, describeDefaultLibrary, type LibraryChoice } from './library-option.ts';
import { createOutput, type Output } from './output.ts';
import { parseCommandArgs, wantsHelp } from './parse-command-args.ts';

export type { CliIo } from './command.ts';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const out = createOutput(io);
  try {
    return await dispatch([...argv], io, out);
  } catch (error) {
    return reportError(error, io, out);
  }
}

async function dispatch(argv: string[], io: CliIo, out: Output): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    // Not a success: a script that lost its command should not carry on as if something ran.
    for (const line of overviewHelp(COMMANDS, version())) out.note(line);
    return 2;
  }
  if (first === '--help' || first === '-h') return printLines(out, overviewHelp(COMMANDS, version()));
  if (first === '--version' || first === '-v') {
    out.line(version());
    return 0;
  }
  if (first === 'help') {
    if (rest.length === 0) return printLines(out, overviewHelp(COMMANDS, version()));
    if (rest.length > 1) throw new UsageError('copydesk help takes one command name.');
    const command = findCommand(rest[0]!);
    if (!command) throw unknownCommand(rest[0]!);
    return printLines(out, commandHelp(command));
  }
  if (first.startsWith('-')) throw new UsageError(`${first} is not a copydesk option; options go after the command.`);

  const command = findCommand(first);
  if (!command) throw unknownCommand(first);
  if (wantsHelp(rest)) return printLines(out, commandHelp(command));
  const input = parseCommandArgs(command, rest);
  return command.run(input, createContext(io, out));
}

function createContext(io: CliIo, out: Output): CommandContext {
  // Read at most once, and only when a command needs a default: a bad preferences file must not stop
  // `--library DIR` from working.
  let preferences: CliPreferences | undefined;
  const readPreferences = () => (preferences ??= (io.preferences ?? readAppPreferences)());
  let announced: LibraryChoice | null = null;
  return {
    io,
    out,
    library(flag) {
      const choice = chooseLibrary(flag, io.cwd, io.env, () => readPreferences().libraryPath);
      const note = describeDefaultLibrary(choice);
      if (note && announced?.path !== choice.path) out.note(note);
      announced = choice;
      return choice;
    },
    defaultAuthor() {
      try {
        return readPreferences().authorName;
      } catch {
        return ''; // a byline can be added in the app; not worth failing `new` over
      }
    },
    houseStyle() {
      // The app's own defaults fill in what the preferences do not say.
      const defaults = Preferences.parse({ libraryPath: '' });
      let read: CliPreferences | null = null;
      try {
        read = readPreferences();
      } catch {
        out.note(`Could not read the app's preferences; credits are printed in the default (${defaults.creditStyle.toUpperCase()}) style.`);
      }
      return {
        creditStyle: read?.creditStyle ?? defaults.creditStyle,
        customCreditPattern: read?.customCreditPattern ?? defaults.customCreditPattern,
      };
    },
    lintSettings() {
      let read: CliPreferences | null = null;
      try {
        read = readPreferences();
      } catch {
        out.note('Could not read the app’s preferences; the house-style checks use their default limits.');
        return DEFAULT_LINT_SETTINGS;
      }
      const parsed = LintSettings.safeParse(read.lint ?? {});
      if (parsed.success) return parsed.data;
      out.note('The house-style settings in the preferences are not valid; the checks use their default limits.');
      return DEFAULT_LINT_SETTINGS;
    },
  };
}

/** The app's own preferences file: the same file the app reads, through `conf`. */
function readAppPreferences(): CliPreferences {
  try {
    return createNodePreferencesStore().get();
  } catch (error) {
    if (error instanceof CopydeskError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new CopydeskError('io', `Could not read the app's preferences (${reason}). Pass --library DIR instead.`);
  }
}

function unknownCommand(name: string): UsageError {
  const names = COMMANDS.map((command) => command.name).join(', ');
  return new UsageError(`"${name}" is not a copydesk command. The commands are: ${names}.`);
}

function printLines(out: Output, lines: string[]): number {
  for (const line of lines) out.line(line);
  return 0;
}

/** Expected failures are one plain line; only a bug gets detail, and a stack trace only when asked for. */
function reportError(error: unknown, io: CliIo, out: Output): number {
  if (error instanceof UsageError) {
    out.note(`copydesk: ${error.message}`);
    out.note(`Run \`copydesk ${error.command ? `${error.command} ` : ''}--help\` for usage.`);
    return 2;
  }
  if (error instanceof CopydeskError) {
    const path = error.details.path;
    out.note(`copydesk: ${error.message}${path && !error.message.includes(path) ? ` (${path})` : ''}`);
    return 1;
  }
  const reason = error instanceof Error ? error.message : String(error);
  out.note(`copydesk: unexpected error: ${reason}`);
  if (io.env.COPYDESK_DEBUG && error instanceof Error && error.stack) out.note(error.stack);
  else out.note('This is a bug in Copydesk. Run again with COPYDESK_DEBUG=1 to see where it happened.');
  return 1;
}

let cachedVersion: string | undefined;

/** The version in package.json, read when asked so that ordinary commands do not pay for it. */
function version(): string {
  if (cachedVersion === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
      cachedVersion = typeof pkg.version === 'string' ? pkg.version : 'unknown';
    } catch {
      cachedVersion = 'unknown';
    }
  }
  return cachedVersion;
}

/** The entry point bin.mjs calls with process.argv (node, script, ...arguments). */
export async function main(argv: readonly string[]): Promise<void> {
  // `copydesk list | head` closes the pipe early; that is the reader's choice, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await runCli(argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  });
}
