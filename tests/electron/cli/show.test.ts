import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeStory, mediaName, paragraph, photo, run, tempFolder, writeStoryFolder } from './cli-harness.ts';

describe('copydesk show', () => {
  let library: Awaited<ReturnType<typeof tempFolder>>;
  beforeEach(async () => {
    library = await tempFolder();
  });
  afterEach(() => library.cleanup());

  const story = makeStory({
    headline: 'Courthouse arrests spark protest',
    subheadline: 'Dozens gathered outside overnight',
    highlights: ['Five people were arrested', 'A hearing is set for Monday'],
    byline: [
      { name: 'Laura Jarrett', title: '', organization: 'CNN' },
      { name: 'Evan Perez', title: '', organization: 'CNN' },
    ],
    dateline: { location: 'Washington', source: 'CNN' },
    keywords: ['courts', 'protest'],
    status: 'edited',
    body: [
      paragraph('Police arrested five people on Tuesday.'),
      { type: 'subhead', children: [{ text: 'What happens next' }] },
      {
        type: 'list',
        style: 'numbered',
        items: [
          { children: [{ text: 'A hearing' }] },
          {
            children: [{ text: 'A verdict' }],
            sublist: { type: 'list', style: 'bulleted', items: [{ children: [{ text: 'maybe in May' }] }] },
          },
        ],
      },
      { type: 'block-quote', children: [{ text: 'We will be back.' }], attribution: 'A protester' },
      {
        type: 'paragraph',
        children: [{ text: 'Read ' }, { type: 'link', url: 'https://example.com/report', children: [{ text: 'the report' }] }, { text: '.' }],
      },
      {
        ...photo('p1', mediaName('a'), 'Police outside the courthouse.'),
        credit: { photographers: ['John Moore'], organization: 'Getty Images', via: 'AP', restrictions: [], copyright: '', kind: 'staff' },
      },
    ],
  });

  it('prints the story readably: frame, body with subheads, lists and quotes, and photos on one line', async () => {
    const folder = await writeStoryFolder(library.path, '2026-courthouse', story);
    const { code, stdout, stderr } = await run(['show', folder]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Courthouse arrests spark protest', 'Dozens gathered outside overnight']);
    expect(lines).toContain('  • Five people were arrested');
    expect(lines).toContain('  • A hearing is set for Monday');
    expect(lines).toContain('By Laura Jarrett, CNN and Evan Perez, CNN');
    expect(lines).toContain('Dateline: WASHINGTON (CNN)');
    expect(stdout).toContain('Status: edited · Slug: a-test-story · Keywords: courts, protest');
    expect(lines).toContain('Police arrested five people on Tuesday.');
    expect(lines).toContain('## What happens next');
    expect(lines).toContain('  1. A hearing');
    expect(lines).toContain('  2. A verdict');
    expect(lines).toContain('    • maybe in May');
    expect(lines).toContain('> We will be back.');
    expect(lines).toContain('>   — A protester');
    expect(lines).toContain('Read the report <https://example.com/report>.');
    const photoLine = lines.find((line) => line.startsWith('[Photo]'));
    expect(photoLine).toBe(
      '[Photo] Police outside the courthouse. · Credit: photographers John Moore; organization Getty Images; via AP; kind staff' +
        ` · Alt: (none) · File: media/${mediaName('a')}`,
    );
  });

  it('finds a story by its id in the library', async () => {
    await writeStoryFolder(library.path, '2026-courthouse', story);
    const { code, stdout } = await run(['show', story.id, '--library', library.path]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Courthouse arrests spark protest');
  });

  it('finds a story made by `copydesk new` by its id, through the library index', async () => {
    const created = await run(['new', '--library', library.path, '--headline', 'Made by new', '--json']);
    const { id } = JSON.parse(created.stdout) as { id: string };
    const { code, stdout } = await run(['show', id, '--library', library.path]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Made by new');
  });

  it('finds a story by its folder name in the library', async () => {
    await writeStoryFolder(library.path, '2026-courthouse', story);
    const { code, stdout } = await run(['show', '2026-courthouse', '--library', library.path]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Courthouse arrests spark protest');
  });

  it('takes a story.json path, relative to the folder it was run in', async () => {
    await writeStoryFolder(library.path, '2026-courthouse', story);
    const { code, stdout } = await run(['show', '2026-courthouse/story.json'], { cwd: library.path });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Courthouse arrests spark protest');
  });

  it('prints the story JSON with --json', async () => {
    const folder = await writeStoryFolder(library.path, '2026-courthouse', story);
    const { code, stdout } = await run(['show', join(folder, 'story.json'), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(story);
  });

  it('says what it tried when STORY matches nothing', async () => {
    const { code, stdout, stderr } = await run(['show', '2026-nothing', '--library', library.path], { cwd: library.path });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('copydesk: No story matches "2026-nothing"');
    expect(stderr).toContain(`as a path: ${join(library.path, '2026-nothing')} does not exist`);
    expect(stderr).toContain(`as a folder name in the library ${library.path}`);
    expect(stderr).toContain('as a story id: it is not one');
  });

  it('says a well-formed id is not in the library', async () => {
    const { code, stderr } = await run(['show', story.id, '--library', library.path]);
    expect(code).toBe(1);
    expect(stderr).toContain(`as a story id in the library ${library.path}: no readable story has that id`);
  });

  it('reports a broken story file as an error, not a crash', async () => {
    const folder = await writeStoryFolder(library.path, '2026-broken', '{ not json');
    const { code, stderr } = await run(['show', folder]);
    expect(code).toBe(1);
    expect(stderr).toContain('copydesk: The story file is not valid JSON');
    expect(stderr).toContain(join(folder, 'story.json'));
  });

  it('points at `copydesk validate` when the story file fails the schema', async () => {
    const folder = await writeStoryFolder(library.path, '2026-invalid', JSON.stringify({ ...story, status: 'published' }));
    const { code, stderr } = await run(['show', folder]);
    expect(code).toBe(1);
    expect(stderr).toContain('"status"');
    expect(stderr).toContain(`Run \`copydesk validate ${folder}\` to see every problem.`);
  });
});
