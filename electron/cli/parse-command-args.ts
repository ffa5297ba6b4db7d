// Parsing one command's arguments with node:util parseArgs (strict: an unknown flag is an error), and
// turning its errors into usage errors that name the flag, in our words rather than Node's.

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type Command, type CommandInput } from './command.ts';

/** True when -h/--help appears before any `--`: help wins over every other mistake on the line. */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

export function parseCommandArgs(command: Command, args: string[]): CommandInput {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  }

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(describeParseError(error, command), command.name);
  }

  const values: CommandInput['options'] = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === 'string' || typeof value === 'boolean') values[name] = value;
  }

  for (const [name, spec] of Object.entries(command.options)) {
    if (spec.required && values[name] === undefined) {
      throw new UsageError(`missing --${name} ${spec.valueName ?? 'VALUE'}: copydesk ${command.name} needs ${spec.description}.`, command.name);
    }
  }
  const expected = command.positionals;
  if (parsed.positionals.length < expected.length) {
    const missing = expected[parsed.positionals.length]!;
    throw new UsageError(`missing ${missing.name}: copydesk ${command.name} needs ${missing.description}.`, command.name);
  }
  if (parsed.positionals.length > expected.length) {
    const extra = parsed.positionals.slice(expected.length).map((arg) => `"${arg}"`).join(', ');
    const takes = expected.length === 0 ? 'takes no arguments' : `takes only ${expected.map((p) => p.name).join(' ')}`;
    throw new UsageError(`too many arguments: ${extra} (copydesk ${command.name} ${takes}).`, command.name);
  }
  return { options: values, positionals: parsed.positionals };
}

function describeParseError(error: unknown, command: Command): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  // Node quotes the offending flag: "Unknown option '--foo'", "Option '--library <value>' argument missing".
  const flag = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  const name = flag.replace(/^-+/, '');
  const spec = command.options[name];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const known = Object.keys(command.options).map((option) => `--${option}`);
      return `unknown option ${flag} (copydesk ${command.name} takes ${[...known, '--help'].join(', ')}).`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (spec?.type === 'string') return `${flag} needs a value: ${flag} ${spec.valueName ?? 'VALUE'}.`;
      if (spec?.type === 'boolean') return `${flag} takes no value.`;
      return message;
    default:
      return message;
  }
}
