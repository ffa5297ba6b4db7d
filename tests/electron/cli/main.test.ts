import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run, tempFolder } from './cli-harness.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('copydesk --help', () => {
  it('shows the usage of every command with examples', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('copydesk list [--library DIR] [--json]');
    expect(stdout).toContain('copydesk new [--library DIR] --headline TEXT [--author NAME] [--json]');
    expect(stdout).toContain('copydesk show STORY [--library DIR] [--json]');
    expect(stdout).toContain('copydesk validate STORY [--library DIR] [--json]');
    expect(stdout).toMatch(/Examples:\n {2}copydesk list --library/);
  });

  it('shows one command in detail with `copydesk help COMMAND` and `copydesk COMMAND --help` alike', async () => {
    const viaHelp = await run(['help', 'validate']);
    const viaFlag = await run(['validate', '--help']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toContain('Usage: copydesk validate STORY [--library DIR] [--json]');
    expect(viaHelp.stdout).toContain('Examples:');
    expect(viaHelp.stdout).not.toContain('copydesk new');
    expect(viaFlag).toEqual(viaHelp);
  });

  it('shows a command\'s help even when its required options are missing', async () => {
    const { code, stdout } = await run(['new', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--headline TEXT');
    expect(stdout).toContain('(required)');
  });

  it('runs for real through bin.mjs', () => {
    const result = spawnSync(process.execPath, ['electron/cli/bin.mjs', '--help'], { cwd: repoRoot, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: copydesk COMMAND [options]');
    expect(result.stdout).toContain('copydesk validate STORY');
  });
});

describe('copydesk --version', () => {
  it('prints the version from package.json', async () => {
    const pkg = JSON.parse(await readFile(new URL('package.json', `file://${repoRoot}`), 'utf8')) as { version: string };
    const { code, stdout } = await run(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(pkg.version);
  });
});

describe('copydesk usage errors', () => {
  let library: Awaited<ReturnType<typeof tempFolder>>;
  beforeEach(async () => {
    library = await tempFolder();
  });
  afterEach(() => library.cleanup());

  it('refuses an unknown command with exit code 2, naming it and pointing at --help', async () => {
    const { code, stdout, stderr } = await run(['publish', '--library', library.path]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('copydesk: "publish" is not a copydesk command');
    expect(stderr).toContain('list, new, show, validate');
    expect(stderr).toContain('Run `copydesk --help`');
  });

  it('refuses an unknown flag with exit code 2, naming the flag and the command\'s help', async () => {
    const { code, stdout, stderr } = await run(['list', '--library', library.path, '--sort']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown option --sort');
    expect(stderr).toContain('Run `copydesk list --help`');
  });

  it('names --headline when `new` is run without it, and creates nothing', async () => {
    const { code, stderr } = await run(['new', '--library', library.path]);
    expect(code).toBe(2);
    expect(stderr).toContain('missing --headline TEXT');
    expect(await readdir(library.path)).toEqual([]);
  });

  it('refuses an empty --headline as a usage error', async () => {
    const { code, stderr } = await run(['new', '--library', library.path, '--headline', '  ']);
    expect(code).toBe(2);
    expect(stderr).toContain('--headline cannot be empty');
    expect(await readdir(library.path)).toEqual([]);
  });

  it('names a flag that was given without its value', async () => {
    const { code, stderr } = await run(['list', '--library']);
    expect(code).toBe(2);
    expect(stderr).toContain('--library needs a value');
  });

  it('names STORY when `show` is given no story, and refuses a second one', async () => {
    const missing = await run(['show', '--library', library.path]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing STORY');
    const extra = await run(['show', 'one', 'two', '--library', library.path]);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('too many arguments: "two"');
  });

  it('prints the overview on stderr and exits 2 when no command is given', async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: copydesk COMMAND');
  });

  it('never prints a stack trace for an expected error', async () => {
    const { code, stderr } = await run(['show', 'no-such-story', '--library', library.path]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^copydesk: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
