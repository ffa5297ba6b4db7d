// The promise: whenever the app dies — killed, crashed, the power cut — every story still opens, and holds
// exactly the version before the save it was making or the version after it; never a mix of the two, never a
// file cut short. A child process saves large stories to a known sequence of versions (story-versions.ts) and
// is SIGKILLed at random moments; after each kill every story, history snapshot and picture on disk is compared
// byte for byte with what the sequence says it must be. A run makes 500 saves or more. The kill moments come
// from a seed, printed when the test fails; COPYDESK_CRASH_SEED=<seed> replays them.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTempFile } from '../../../electron/library/atomic-write.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import { REVISIONS_FOLDER } from '../../../electron/library/revision-store.ts';
import { MEDIA_FOLDER, STORY_FILE, StoryLibrary } from '../../../electron/library/story-library.ts';
import type { Story } from '../../../shared/story/index.ts';
import { seededRandom } from '../../fixtures/seeded-random.ts';
import { storyVersion, versionFile, versionOf, versionTime } from '../helpers/story-versions.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();
const STORIES = 3;
const SAVES = 500;
/** At least this many kills, however fast the machine saves. */
const MIN_ROUNDS = 12;
/** A kill lands anywhere in this long after the saver is ready: some forty saves, on average, per round. */
const MAX_KILL_DELAY_MS = 900;
/** A kill interrupts at most one story write (saves run one at a time) and one write of the library index. */
const MAX_LEFTOVERS_PER_KILL = 2;
const INDEX_FILE = 'library.json';

// The saver runs as plain JavaScript bundled once (by esbuild, which tsx brings): started through tsx, each of
// the many kill rounds would spend most of a second compiling TypeScript before its first save.
let saverBundle: string;
let bundleFolder: string;
beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const esbuild = createRequire(require.resolve('tsx/package.json'))('esbuild') as typeof import('esbuild');
  bundleFolder = await mkdtemp(join(tmpdir(), 'copydesk-saver-'));
  saverBundle = join(bundleFolder, 'save-forever.mjs');
  await esbuild.build({
    entryPoints: [join(import.meta.dirname, '../helpers/save-forever.ts')],
    outfile: saverBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    logLevel: 'error',
    // Bundled CommonJS packages call require(); an ES module has none of its own.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
});
afterAll(() => rm(bundleFolder, { recursive: true, force: true }));

/** Runs the saver until `killAfterMs` past its "ready", SIGKILLs it, and answers the last version it announced per story. */
function saveUntilKilled(root: string, ids: string[], killAfterMs: number): Promise<Map<number, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [saverBundle, root, ...ids], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (!output.includes('ready\n') && (output + chunk).includes('ready\n')) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      output += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', reject);
    // 'close', not 'exit': every line the saver wrote has been read by then.
    child.once('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`The saver stopped by itself (${signal ?? _code}): ${errors}`));
      const announced = new Map<number, number>();
      for (const [, index, version] of output.matchAll(/^saved (\d+) (\d+)$/gm)) announced.set(Number(index), Number(version));
      resolve(announced);
    });
  });
}

/** Every file below `folder`, as paths relative to it. */
async function filesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1));
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const baseName = (path: string) => path.split(/[\\/]/).at(-1)!;

interface Tracked {
  base: Story;
  /** The version story.json held when last checked. */
  version: number;
  /** History snapshots and pictures already checked, so each round reads only what is new. */
  checked: Set<string>;
}

/**
 * Opens the library as the app would after the crash and checks every story: it opens; story.json is byte for
 * byte the version it held before (announced) or the one after; every snapshot and picture is whole. Answers
 * how many stories moved on.
 */
async function checkEveryStory(root: string, stories: Tracked[], announced: Map<number, number>): Promise<number> {
  // library.json is written atomically too: it is always whole JSON (or not yet written).
  const indexText = await readFile(join(root, INDEX_FILE), 'utf8').catch(() => null);
  if (indexText !== null) expect(() => JSON.parse(indexText), 'library.json is whole').not.toThrow();

  const library = await StoryLibrary.open(root);
  const listed = library.list().map((summary) => summary.id);
  expect(listed.sort(), 'every story is listed (one that does not open is left out)').toEqual(stories.map((story) => story.base.id).sort());
  let movedOn = 0;
  for (const [index, story] of stories.entries()) {
    const before = Math.max(story.version, announced.get(index) ?? story.version);
    const opened = await library.open(story.base.id); // throws if the story does not open
    const text = await readFile(join(opened.path, STORY_FILE), 'utf8');
    const version = versionOf(opened.story);
    expect([before, before + 1], `story ${index} is the version before or after the interrupted save`).toContain(version);
    // The whole file, not just its headline: a torn or mixed file equals no version.
    expect(text === versionFile(story.base, version), `story ${index} is exactly version ${version}`).toBe(true);
    if (version > before) movedOn++;
    story.version = version;

    const revisions = join(opened.path, REVISIONS_FOLDER);
    for (const name of (await readdir(revisions).catch(() => [] as string[])).filter((name) => !isTempFile(name))) {
      if (story.checked.has(`revision:${name}`)) continue;
      const snapshot = await readFile(join(revisions, name), 'utf8');
      const snapshotVersion = versionOf(JSON.parse(snapshot) as Story);
      expect(snapshotVersion).toBeLessThanOrEqual(version);
      expect(snapshot === versionFile(story.base, snapshotVersion), `snapshot ${name} is exactly version ${snapshotVersion}`).toBe(true);
      story.checked.add(`revision:${name}`);
    }
    const media = join(opened.path, MEDIA_FOLDER);
    for (const name of (await readdir(media).catch(() => [] as string[])).filter((name) => !isTempFile(name))) {
      if (story.checked.has(`media:${name}`)) continue;
      expect(`${sha256(await readFile(join(media, name)))}.png`, 'a picture is whole: its name is the hash of its bytes').toBe(name);
      story.checked.add(`media:${name}`);
    }
    // Nothing but the story, its history, its pictures and a crash's temporary files.
    for (const file of await filesBelow(opened.path)) {
      if (isTempFile(baseName(file))) continue;
      expect(file).toMatch(new RegExp(`^(${STORY_FILE}|${REVISIONS_FOLDER}[\\\\/].+\\.json|${MEDIA_FOLDER}[\\\\/][0-9a-f]{64}\\.png)$`));
    }
  }
  // Saves run one at a time: the kill can have caught at most one of them finished but not yet announced.
  expect(movedOn).toBeLessThanOrEqual(1);
  await library.flushIndex();
  return movedOn;
}

async function temporaryFiles(root: string): Promise<string[]> {
  return (await filesBelow(root)).filter((file) => isTempFile(baseName(file)));
}

/** Creates the stories at version 0 of the sequence. */
async function createStories(root: string): Promise<Tracked[]> {
  const library = await StoryLibrary.open(root, { now: () => versionTime(0) });
  const stories: Tracked[] = [];
  for (let index = 0; index < STORIES; index++) {
    const created = await library.create({ headline: `Story ${index}` });
    const base = { ...created.story };
    await library.save(base.id, storyVersion(base, 0), created.revision);
    stories.push({ base, version: 0, checked: new Set() });
  }
  await library.flushIndex();
  return stories;
}

/** Adds the seed to a failure's message, so the kill moments of a failing run can be replayed. */
async function reportingSeed<T>(seed: number, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error) error.message += `\n(crash-safety seed ${seed}: rerun with COPYDESK_CRASH_SEED=${seed})`;
    throw error;
  }
}

describe('a library whose saving process is killed at random moments', () => {
  it(`keeps every story whole — the version before or after — through ${SAVES}+ saves, and sweeps the leftovers`, async () => {
    const seed = Number(process.env.COPYDESK_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const random = seededRandom(seed);
    const root = await tempFolder();
    const stories = await createStories(root);
    const ids = stories.map((story) => story.base.id);

    await reportingSeed(seed, async () => {
      let saves = 0;
      let rounds = 0;
      let leftovers = 0;
      while (saves < SAVES || rounds < MIN_ROUNDS) {
        const versionsBefore = stories.reduce((sum, story) => sum + story.version, 0);
        const announced = await saveUntilKilled(root, ids, Math.floor(random() * MAX_KILL_DELAY_MS));
        await checkEveryStory(root, stories, announced);
        saves += stories.reduce((sum, story) => sum + story.version, 0) - versionsBefore;
        rounds++;
        // What a crash leaves before any sweep is bounded: the writes in flight at the kill, nothing more.
        const found = (await temporaryFiles(root)).length;
        expect(found - leftovers, `round ${rounds} left at most ${MAX_LEFTOVERS_PER_KILL} temporary files`).toBeLessThanOrEqual(
          MAX_LEFTOVERS_PER_KILL,
        );
        leftovers = found;
      }

      // The app's own sweep, as it runs a moment after opening the library (on a clock past its age limit).
      const session = await LibrarySession.open(root, {
        watch: false,
        sweepDelayMs: 0,
        libraryOptions: { now: () => new Date(Date.now() + 61_000) },
      });
      expect(await session.sweeping).toBe(leftovers);
      expect(await temporaryFiles(root)).toEqual([]);
    });
  }, 60_000);
});
