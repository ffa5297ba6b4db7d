import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run, tempFolder } from './cli-harness.ts';

describe('copydesk new', () => {
  let library: Awaited<ReturnType<typeof tempFolder>>;
  beforeEach(async () => {
    library = await tempFolder();
  });
  afterEach(() => library.cleanup());

  it('creates a story, prints its id and folder, and the story then appears in the list', async () => {
    const created = await run(['new', '--library', library.path, '--headline', 'Courthouse arrests spark protest']);
    expect(created.code).toBe(0);
    const id = /id: +([0-9a-z]{26})/.exec(created.stdout)?.[1];
    const folder = /folder: +(.+)/.exec(created.stdout)?.[1];
    expect(id).toBeDefined();
    expect(folder).toMatch(new RegExp(`^${library.path}/\\d{4}-courthouse-arrests-spark-protest$`));

    const story = JSON.parse(await readFile(join(folder!, 'story.json'), 'utf8'));
    expect(story).toMatchObject({ id, headline: 'Courthouse arrests spark protest', status: 'draft' });

    const listed = await run(['list', '--library', library.path]);
    expect(listed.stdout).toMatch(new RegExp(`Courthouse arrests spark protest\\s+${id}`));
  });

  it('puts --author on the byline', async () => {
    const { stdout } = await run(['new', '--library', library.path, '--headline', 'Storm', '--author', 'Laura Jarrett', '--json']);
    const { path } = JSON.parse(stdout) as { path: string };
    const story = JSON.parse(await readFile(join(path, 'story.json'), 'utf8'));
    expect(story.byline).toEqual([{ name: 'Laura Jarrett', title: '', organization: '' }]);
  });

  it("takes the byline from the app's preferences when --author is not given", async () => {
    const { stdout } = await run(['new', '--library', library.path, '--headline', 'Storm', '--json'], {
      preferencesAuthor: 'Evan Perez',
    });
    const { path } = JSON.parse(stdout) as { path: string };
    const story = JSON.parse(await readFile(join(path, 'story.json'), 'utf8'));
    expect(story.byline).toEqual([expect.objectContaining({ name: 'Evan Perez' })]);
  });

  it('prints the summary and the folder as JSON with --json', async () => {
    const { code, stdout } = await run(['new', '--library', library.path, '--headline', 'Storm closes schools', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ headline: 'Storm closes schools', slug: 'storm-closes-schools', status: 'draft', wordCount: 0 });
    expect((await stat(join(result.path, 'story.json'))).isFile()).toBe(true);
  });

  it('creates the library folder when it does not exist yet', async () => {
    const fresh = join(library.path, 'new-desk');
    const { code } = await run(['new', '--library', fresh, '--headline', 'First story']);
    expect(code).toBe(0);
    const listed = await run(['list', '--library', fresh, '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ headline: 'First story' })]);
  });
});
