import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main.ts';
import type { LintSettings } from '../../../shared/lint/lint-settings.ts';
import { makeStory, paragraph, run, tempFolder, writeStoryFolder } from './cli-harness.ts';

const HEARING = join(import.meta.dirname, '../../fixtures/lint/stories/capitol-hearing-draft.json');

/** A story the house style has nothing to say about. */
function cleanStory(fields: Parameters<typeof makeStory>[0] = {}) {
  return makeStory({
    headline: 'Courthouse arrests will continue',
    slug: 'courthouse-arrests',
    highlights: ['DHS says courthouses are not sensitive', 'California’s chief justice complained'],
    dateline: { location: 'WASHINGTON', source: 'CNN' },
    body: [paragraph('The Departments of Justice and Homeland Security said arrests would continue.')],
    ...fields,
  });
}

/** Runs the CLI with house-style settings in the preferences (the harness's preferences have none). */
async function runWithLintSettings(argv: string[], lint: Partial<LintSettings>) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: '/',
    env: {},
    preferences: () => ({ libraryPath: '/nonexistent', authorName: '', lint }),
  });
  return { code, stdout, stderr };
}

describe('copydesk lint', () => {
  let library: Awaited<ReturnType<typeof tempFolder>>;
  beforeEach(async () => {
    library = await tempFolder();
  });
  afterEach(() => library.cleanup());

  it('says a clean story has no problems, with its length, and exits 0', async () => {
    const folder = await writeStoryFolder(library.path, '2026-clean', cleanStory());
    const { code, stdout } = await run(['lint', folder]);
    expect(code).toBe(0);
    expect(stdout).toBe('✓ No problems · 11 words, 1 min read\n');
  });

  it('prints each problem with the file, the place, the severity and the rule, and exits 1 on an error', async () => {
    const folder = await writeStoryFolder(library.path, '2026-hearing', await readFile(HEARING, 'utf8'));
    const file = join(folder, 'story.json');
    const { code, stdout, stderr } = await run(['lint', folder]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toContain(`${file}: highlight 4: error: “XX” is a placeholder left in: put in the fact it stands for. [placeholder-left]`);
    expect(lines).toContain(`${file}: body ¶1: warning: “the” is written twice. [doubled-word]`);
    expect(lines).toContain(`${file}: body ¶3 item 2.1: error: “XX” is a placeholder left in: put in the fact it stands for. [placeholder-left]`);
    expect(lines).toContain(
      `${file}: lead photo caption: warning: The caption credits “AP Photo/Andrew Harnik”, but the credit field says “Jose Luis Magana/AP”. [credit-disagrees]`,
    );
    expect(lines).toContain(`${file}: related video 1 running time: warning: This video has no running time: enter it as mm:ss or h:mm:ss. [video-no-duration]`);
    expect(lines.at(-1)).toBe('✗ 5 errors, 12 warnings, 2 hints · 50 words, 1 min read');
    expect(stderr).toContain('have a quick fix: run again with --fix');
  });

  it('exits 0 when there are warnings but no errors', async () => {
    const folder = await writeStoryFolder(library.path, '2026-warn', cleanStory({ body: [paragraph('It was the the end.')] }));
    const { code, stdout } = await run(['lint', folder]);
    expect(code).toBe(0);
    expect(stdout).toContain('body ¶1: warning: “the” is written twice. [doubled-word]');
    expect(stdout).toContain('✓ 1 warning · ');
  });

  it('prints { path, problems, statistics } with --json, fixes included', async () => {
    const folder = await writeStoryFolder(library.path, '2026-json', cleanStory({ body: [paragraph('It was the the end.')] }));
    const { code, stdout } = await run(['lint', folder, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      path: join(folder, 'story.json'),
      problems: [
        {
          rule: 'doubled-word',
          severity: 'warning',
          message: '“the” is written twice.',
          where: { path: ['body', 0, 'children'], start: 7, end: 14 },
          fix: { label: 'Remove the second “the”', edits: [{ kind: 'replace-text', path: ['body', 0, 'children'], start: 10, end: 14, text: '' }] },
        },
      ],
      statistics: { words: 5, characters: 19, readingMinutes: 1 },
    });
  });

  it('follows the limits and switched-off checks in the preferences', async () => {
    const folder = await writeStoryFolder(library.path, '2026-prefs', cleanStory({ headline: 'A headline of thirty-one chars', body: [paragraph('TK')] }));
    const { code, stdout } = await runWithLintSettings(['lint', folder], { headlineMaxLength: 20, disabledRules: ['placeholder-left'] });
    expect(code).toBe(0);
    expect(stdout).toContain('headline: warning: The headline is 30 characters, 10 over the limit of 20');
    expect(stdout).not.toContain('placeholder-left');
  });

  it('uses the default limits, and says so, when the house-style preferences are not valid', async () => {
    const folder = await writeStoryFolder(library.path, '2026-bad-prefs', cleanStory());
    const { code, stderr } = await runWithLintSettings(['lint', folder], { headlineMaxLength: -1 });
    expect(code).toBe(0);
    expect(stderr).toContain('The house-style settings in the preferences are not valid');
  });

  it('finds a story by its folder name in the library', async () => {
    await writeStoryFolder(library.path, '2026-by-name', cleanStory());
    const { code, stdout } = await run(['lint', '2026-by-name', '--library', library.path]);
    expect(code).toBe(0);
    expect(stdout).toContain('✓ No problems');
  });

  it('with --fix, applies the fixes that need no judgment, saves the story and lists what is left', async () => {
    const folder = await writeStoryFolder(library.path, '2026-fix', await readFile(HEARING, 'utf8'));
    const file = join(folder, 'story.json');
    const { code, stdout, stderr } = await run(['lint', folder, '--fix']);
    expect(code).toBe(1);
    expect(stderr).toContain(`Fixed 8 problems and saved ${file}.`);
    expect(stdout).not.toContain('[doubled-word]');
    expect(stdout).not.toContain('[straight-quote]');
    expect(stdout).toContain('[credit-disagrees]');
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.body[1].children[0].text).toBe('“He has no choice,” the chairman said. The vote was unanimous.');
    expect(saved.body[2].credit).toMatchObject({ photographers: ['J. Scott Applewhite'], organization: 'AP' });
    expect(saved.updatedAt > '2021-10-19T19:30:00.000Z').toBe(true);
  });

  it('leaves the file untouched with --fix when there is nothing to fix', async () => {
    const folder = await writeStoryFolder(library.path, '2026-nothing', cleanStory());
    const before = await readFile(join(folder, 'story.json'), 'utf8');
    const { code, stderr } = await run(['lint', folder, '--fix']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(await readFile(join(folder, 'story.json'), 'utf8')).toBe(before);
  });

  it('reports a story file that is not valid, and exits 1', async () => {
    const folder = await writeStoryFolder(library.path, '2026-broken', '{ "schemaVersion": 1, ');
    const { code, stderr } = await run(['lint', folder]);
    expect(code).toBe(1);
    expect(stderr).toContain('not valid JSON');
  });
});
