// After a power cut, what the library said it saved is there: every file it writes has its bytes flushed to
// the disk (fsync) before it is answered for, and every folder that gains or loses a name — a file written
// into it, a file renamed into it, a story folder moved, a media or history folder made — is fsynced after
// that, or the name itself may be lost with the power. This test runs each operation that writes over a file
// system that notes every name made and every fsync, and lists whatever was not flushed.
//
// (A power cut cannot be simulated here; the crash-safety test kills the process instead. This one checks
// the other half: that nothing answered for is still only in the operating system's cache.)

import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { exportStory } from '../../../electron/export/export-story.ts';
import { StoryLibrary } from '../../../electron/library/story-library.ts';
import type { ExportFormat } from '../../../shared/render/export-format.ts';
import type { Story } from '../../../shared/story/index.ts';
import { HOUSE_STYLE, paragraph, photo } from '../export/export-harness.ts';
import { clock, jpegBytes, useTempFolders } from '../helpers/temp-library.ts';

/** What reached the disk, in order: names made or removed in a folder, files created, fsyncs. */
type DiskEvent =
  | { kind: 'name-changed'; folder: string; by: string }
  | { kind: 'file-written'; file: string; by: string }
  | { kind: 'fsync'; path: string };

const disk = vi.hoisted(() => ({ events: [] as DiskEvent[] }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const { dirname: parentOf, join: joinPath, resolve: absolute } = await import('node:path');
  const note = (event: DiskEvent) => disk.events.push(event);
  const nameIn = (path: unknown, by: string) => note({ kind: 'name-changed', folder: parentOf(absolute(String(path))), by });
  const written = (path: unknown, by: string) => note({ kind: 'file-written', file: absolute(String(path)), by });
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const [path, flags = 'r'] = args;
      const handle = await real.open(...args);
      if (typeof flags === 'string' && /[wax]/.test(flags)) {
        nameIn(path, `open ${String(path)}`);
        written(path, `open ${String(path)}`);
      }
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        await sync();
        note({ kind: 'fsync', path: absolute(String(path)) });
      };
      return handle;
    },
    writeFile: async (...args: Parameters<typeof real.writeFile>) => {
      await real.writeFile(...args);
      nameIn(args[0], `writeFile ${String(args[0])}`);
      written(args[0], `writeFile ${String(args[0])}`);
    },
    rename: async (from: string, to: string) => {
      await real.rename(from, to);
      nameIn(to, `rename ${from} → ${to}`);
      if (parentOf(absolute(from)) !== parentOf(absolute(to))) nameIn(from, `rename ${from} → ${to}`);
    },
    link: async (existing: string, path: string) => {
      await real.link(existing, path);
      nameIn(path, `link ${path}`);
    },
    copyFile: async (...args: Parameters<typeof real.copyFile>) => {
      await real.copyFile(...args);
      nameIn(args[1], `copyFile → ${String(args[1])}`);
      written(args[1], `copyFile → ${String(args[1])}`);
    },
    mkdir: async (...args: Parameters<typeof real.mkdir>) => {
      const first = await real.mkdir(...args);
      const made = args[1] && typeof args[1] === 'object' && args[1].recursive ? first : String(args[0]);
      // Every folder from the first one made down to the one asked for is a new name in its parent.
      for (let folder = absolute(String(args[0])); made && folder.startsWith(absolute(made)); folder = parentOf(folder)) {
        nameIn(folder, `mkdir ${folder}`);
      }
      return first;
    },
    cp: async (...args: Parameters<typeof real.cp>) => {
      await real.cp(...args);
      const to = absolute(String(args[1]));
      nameIn(to, `cp → ${to}`);
      for (const entry of await real.readdir(to, { recursive: true, withFileTypes: true })) {
        const path = joinPath(entry.parentPath, entry.name);
        nameIn(path, `cp → ${path}`);
        if (entry.isFile()) written(path, `cp → ${path}`);
      }
    },
  };
});

/** Each name made with no fsync of its folder after it, and each file written with no fsync of its bytes. */
function notFlushed(events: DiskEvent[]): string[] {
  const missing: string[] = [];
  events.forEach((event, index) => {
    const later = events.slice(index + 1);
    const synced = (path: string) => later.some((each) => each.kind === 'fsync' && each.path === path);
    if (event.kind === 'name-changed' && !synced(event.folder)) missing.push(`folder ${event.folder} not fsynced after ${event.by}`);
    if (event.kind === 'file-written' && !synced(event.file)) missing.push(`file ${event.file} not fsynced after ${event.by}`);
  });
  return [...new Set(missing)];
}

const tempFolder = useTempFolders();

interface Scene {
  library: StoryLibrary;
  story: Story;
  revision: string;
  /** Moves the library's clock on, so the next save is due a history snapshot. */
  later: () => void;
  out: string;
}

/** A library with one saved story and its first history snapshot, before the operation under test. */
async function scene(): Promise<Scene> {
  const root = await tempFolder();
  const time = clock();
  const library = await StoryLibrary.open(join(root, 'library'), { now: time.now });
  const created = await library.create({ headline: 'Harbour reopens after the storm' });
  const story: Story = { ...created.story, body: [paragraph('The harbour reopened on Monday.')] };
  const { revision } = await library.save(story.id, story, created.revision);
  await library.listTemplates(); // the built-in templates are written once per library, before any test
  await library.flushIndex();
  await mkdir(join(root, 'exports')); // exports go into a folder that is there (prepareDestination's own mkdir is not synced)
  return { library, story, revision, later: () => time.advance(10 * 60_000), out: join(root, 'exports') };
}

const operations: [string, (scene: Scene) => Promise<unknown>][] = [
  ['creating a story', ({ library }) => library.create({ headline: 'A new story' })],
  ['saving a story', ({ library, story, revision }) => library.save(story.id, { ...story, headline: 'Harbour reopens' }, revision)],
  [
    'a save that takes a history snapshot',
    ({ library, story, revision, later }) => (later(), library.save(story.id, { ...story, headline: 'Harbour reopens' }, revision)),
  ],
  [
    'the first save of a new story (its history folder is new)',
    async ({ library }) => {
      const created = await library.create({ headline: 'A new story' });
      disk.events = [];
      return library.save(created.story.id, { ...created.story, headline: 'A new story, saved' }, created.revision);
    },
  ],
  ['a save whose new slug moves the story folder', ({ library, story, revision }) => library.save(story.id, { ...story, slug: 'harbour-open' }, revision)],
  ['renaming a story (its folder moves)', ({ library, story }) => library.rename(story.id, 'harbour-renamed')],
  ['taking a snapshot by hand', ({ library, story, later }) => (later(), library.snapshot(story.id))],
  [
    'restoring a snapshot',
    async ({ library, story, revision }) => {
      const [first] = await library.listRevisions(story.id);
      return library.restoreRevision(story.id, first!.id, revision);
    },
  ],
  ['importing the first picture (its media folder is new)', ({ library, story }) => library.importMedia(story.id, jpegBytes(1), 'a.jpg')],
  [
    'importing another picture',
    async ({ library, story }) => {
      await library.importMedia(story.id, jpegBytes(1), 'a.jpg');
      disk.events = [];
      return library.importMedia(story.id, jpegBytes(2), 'b.jpg');
    },
  ],
  [
    'duplicating a story with its pictures',
    async ({ library, story }) => {
      await library.importMedia(story.id, jpegBytes(1), 'a.jpg');
      disk.events = [];
      return library.duplicate(story.id);
    },
  ],
  [
    'saving a copy of a story with its pictures',
    async ({ library, story }) => {
      await library.importMedia(story.id, jpegBytes(1), 'a.jpg');
      disk.events = [];
      return library.saveCopy(story);
    },
  ],
  [
    'creating a story from a template',
    async ({ library }) => library.createFromTemplate((await library.listTemplates())[0]!.id),
  ],
  ['moving a story to the library trash', ({ library, story }) => library.trash(story.id)],
  [
    'writing the library index',
    async ({ library, story, revision }) => {
      await library.save(story.id, { ...story, headline: 'Harbour reopens' }, revision);
      disk.events = [];
      return library.flushIndex();
    },
  ],
];

const FORMATS: ExportFormat[] = ['html', 'txt', 'json', 'md', 'html-folder'];

describe.skipIf(process.platform === 'win32')('every write the library makes reaches the disk before it is answered for', () => {
  it.each(operations)('%s', async (_name, operation) => {
    const prepared = await scene();
    disk.events = [];
    await operation(prepared);
    expect(disk.events.some((event) => event.kind === 'name-changed'), 'the operation wrote something').toBe(true);
    expect(notFlushed(disk.events)).toEqual([]);
  });

  it.each(FORMATS)('exporting as %s, and exporting over that export', async (format) => {
    const { story, library, out } = await scene();
    const destination = join(out, format === 'html-folder' ? 'harbour' : `harbour.${format}`);
    const request = { story, storyFolder: library.folderOf(story.id), format, destination, houseStyle: HOUSE_STYLE, force: true };
    disk.events = [];
    await exportStory(request);
    await exportStory({ ...request, overwrite: true });
    expect(notFlushed(disk.events)).toEqual([]);
  });

  it.each(['md', 'html-folder'] as const)('exporting as %s with a picture, whose name reaches media/ on the disk', async (format) => {
    const { story, library, out } = await scene();
    const picture = await library.importMedia(story.id, jpegBytes(1), 'harbour.jpg');
    const withPicture: Story = { ...story, body: [...story.body, photo('p1', picture.file, 'The harbour on Monday.')] };
    const destination = join(out, format === 'html-folder' ? 'harbour' : 'harbour.md');
    disk.events = [];
    await exportStory({ story: withPicture, storyFolder: library.folderOf(story.id), format, destination, houseStyle: HOUSE_STYLE, force: true });
    expect(disk.events.some((event) => event.kind === 'name-changed' && event.folder.endsWith('media')), 'a picture was copied').toBe(true);
    expect(notFlushed(disk.events)).toEqual([]);
  });

  it('exporting into folders that are not there yet, which are recorded in their parents', async () => {
    const { story, library, out } = await scene();
    disk.events = [];
    const destination = join(out, 'monday', 'late', 'harbour.html');
    await exportStory({ story, storyFolder: library.folderOf(story.id), format: 'html', destination, houseStyle: HOUSE_STYLE, force: true });
    expect(notFlushed(disk.events)).toEqual([]);
  });

  it('writing the built-in templates into a new library', async () => {
    const root = await tempFolder();
    const library = await StoryLibrary.open(join(root, 'library'));
    disk.events = [];
    await library.listTemplates();
    expect(disk.events.some((event) => event.kind === 'name-changed'), 'the templates were written').toBe(true);
    expect(notFlushed(disk.events)).toEqual([]);
  });
});

describe('the check itself', () => {
  it('finds a file written without fsync, and a name made without an fsync of its folder', async () => {
    const folder = resolve(await tempFolder());
    const { writeFile, mkdir } = await import('node:fs/promises');
    disk.events = [];
    await writeFile(join(folder, 'plain.txt'), 'not flushed');
    await mkdir(join(folder, 'made'));
    expect(notFlushed(disk.events)).toEqual([
      `folder ${folder} not fsynced after writeFile ${join(folder, 'plain.txt')}`,
      `file ${join(folder, 'plain.txt')} not fsynced after writeFile ${join(folder, 'plain.txt')}`,
      `folder ${folder} not fsynced after mkdir ${join(folder, 'made')}`,
    ]);
  });
});
