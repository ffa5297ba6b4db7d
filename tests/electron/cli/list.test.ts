import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeStory, paragraph, run, tempFolder, writeStoryFolder } from './cli-harness.ts';

describe('copydesk list', () => {
  let library: Awaited<ReturnType<typeof tempFolder>>;
  beforeEach(async () => {
    library = await tempFolder();
  });
  afterEach(() => library.cleanup());

  it('says an empty library has no stories and how to create one', async () => {
    const { code, stdout } = await run(['list', '--library', library.path]);
    expect(code).toBe(0);
    expect(stdout).toContain(`The library at ${library.path} has no stories yet.`);
    expect(stdout).toContain(`copydesk new --library ${library.path} --headline`);
  });

  it('says so when the library folder does not exist, without creating it', async () => {
    const missing = join(library.path, 'typo');
    const { code, stdout } = await run(['list', '--library', missing]);
    expect(code).toBe(0);
    expect(stdout).toContain(`There is no library at ${missing} yet.`);
    await expect(stat(missing)).rejects.toThrow();
  });

  it('prints one row per story, most recently updated first, with status, words, headline and id', async () => {
    const older = makeStory({
      headline: 'Council approves budget',
      status: 'ready',
      body: [paragraph('The council voted seven to two.')],
      updatedAt: '2026-03-01T10:00:00.000Z',
    });
    const newer = makeStory({ headline: 'Storm closes schools', updatedAt: '2026-03-02T10:00:00.000Z' });
    await writeStoryFolder(library.path, '2026-council-approves-budget', older);
    await writeStoryFolder(library.path, '2026-storm-closes-schools', newer);

    const { code, stdout } = await run(['list', '--library', library.path]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^UPDATED\s+STATUS\s+WORDS\s+HEADLINE\s+ID$/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(new RegExp(`draft\\s+0\\s+Storm closes schools\\s+${newer.id}$`));
    expect(lines[2]).toMatch(new RegExp(`ready\\s+6\\s+Council approves budget\\s+${older.id}$`));
  });

  it('prints the summaries as JSON with --json', async () => {
    const story = makeStory({ headline: 'Storm closes schools', body: [paragraph('Schools shut on Monday.')] });
    await writeStoryFolder(library.path, '2026-storm-closes-schools', story);
    const { code, stdout } = await run(['list', '--library', library.path, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      expect.objectContaining({
        id: story.id,
        folder: '2026-storm-closes-schools',
        headline: 'Storm closes schools',
        wordCount: 4,
        status: 'draft',
      }),
    ]);
  });

  it('prints an empty JSON array for an empty library', async () => {
    const { stdout } = await run(['list', '--library', library.path, '--json']);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it('names a story folder it could not read, instead of leaving it out silently', async () => {
    await writeStoryFolder(library.path, '2026-good', makeStory({ headline: 'Good story' }));
    await writeStoryFolder(library.path, '2026-broken', '{ "headline": ');
    const { code, stdout, stderr } = await run(['list', '--library', library.path]);
    expect(code).toBe(0);
    expect(stdout).toContain('Good story');
    expect(stderr).toContain('1 story folder could not be listed: 2026-broken');
    expect(stderr).toContain('copydesk validate 2026-broken');
  });

  it('uses $COPYDESK_LIBRARY when --library is not given, and says so', async () => {
    await writeStoryFolder(library.path, '2026-storm', makeStory({ headline: 'Storm closes schools' }));
    const { code, stdout, stderr } = await run(['list'], { env: { COPYDESK_LIBRARY: library.path } });
    expect(code).toBe(0);
    expect(stdout).toContain('Storm closes schools');
    expect(stderr).toContain(`Using the library at ${library.path} (from $COPYDESK_LIBRARY)`);
  });

  it("falls back to the app's library from the preferences, and says so", async () => {
    await writeStoryFolder(library.path, '2026-storm', makeStory({ headline: 'Storm closes schools' }));
    const { stdout, stderr } = await run(['list'], { preferencesLibrary: library.path });
    expect(stdout).toContain('Storm closes schools');
    expect(stderr).toContain(`Using the library at ${library.path} (the app's library`);
  });

  it('takes a relative --library from the folder it was run in, and does not announce a library it was given', async () => {
    await writeStoryFolder(library.path, 'desk/2026-storm', makeStory({ headline: 'Storm closes schools' }));
    const { stdout, stderr } = await run(['list', '--library', 'desk'], { cwd: library.path });
    expect(stdout).toContain('Storm closes schools');
    expect(stderr).toBe('');
    expect((await readdir(join(library.path, 'desk'))).sort()).toContain('2026-storm');
  });
});
