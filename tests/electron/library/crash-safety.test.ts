import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTempFile } from '../../../electron/library/atomic-write.ts';
import { StoryLibrary } from '../../../electron/library/story-library.ts';
import type { BodyBlock } from '../../../shared/story/index.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();
const SAVER = join(import.meta.dirname, '../helpers/save-forever.ts');

function largeBody(paragraphs: number): BodyBlock[] {
  const sentence = 'The Departments of Justice and Homeland Security said this week that agents will continue. ';
  return Array.from({ length: paragraphs }, () => ({ type: 'paragraph', children: [{ text: sentence.repeat(8) }] }));
}

/** Starts the saver, waits for its first save, lets it run `ms` more, then SIGKILLs it. */
function killMidSave(root: string, id: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SAVER, root, id], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), ms));
    child.once('exit', () => resolve());
    child.once('error', reject);
  });
}

describe('a library whose saving process is killed', () => {
  it('always holds a readable story that is one of the saved versions, and sweeps the leftovers', async () => {
    const root = await tempFolder();
    const library = await StoryLibrary.open(root);
    const created = await library.create({ headline: 'Version A' });
    await library.save(created.story.id, { ...created.story, body: largeBody(600) }, created.revision); // ≈ 0.5 MB

    for (let round = 0; round < 10; round++) {
      await killMidSave(root, created.story.id, 5 + Math.floor(Math.random() * 120));
      const reopened = await StoryLibrary.open(root);
      const { story } = await reopened.open(created.story.id);
      expect(['Version A', 'Version B']).toContain(story.headline);
      expect(story.body).toHaveLength(600);
    }

    const afterSweep = await StoryLibrary.open(root);
    await afterSweep.sweepTemporaryFiles(0);
    expect((await readdir(afterSweep.folderOf(created.story.id))).filter(isTempFile)).toEqual([]);
    expect((await readdir(root)).filter(isTempFile)).toEqual([]);
  }, 60_000);
});
