// A deterministic sequence of versions of a large story, for the crash-safety test: the saving process writes
// version 1, 2, 3 … and the test, knowing the sequence, can say of any file on disk exactly which version it
// is — or that it is none of them. Every paragraph names its version, so a file holding part of one version
// and part of the next, or a version cut short, equals no version at all.

import { createHash } from 'node:crypto';
import { serializeStory } from '../../../shared/story/parse.ts';
import type { BodyBlock, Story } from '../../../shared/story/index.ts';

/** About 0.3 MB of story.json: longer than any feature, far beyond one disk block or one write() call. */
export const PARAGRAPHS = 400;
const SENTENCE = 'The Departments of Justice and Homeland Security said this week that agents will continue. ';
/** The clock a version is saved at: one minute per version, so the history takes a snapshot every few. */
const EPOCH = Date.parse('2026-03-01T08:00:00.000Z');

export function versionTime(version: number): Date {
  return new Date(EPOCH + version * 60_000);
}

/** Version `version` of the story `base` (its id and creation date kept), as the saver hands it to save(). */
export function storyVersion(base: Story, version: number): Story {
  const body: BodyBlock[] = Array.from({ length: PARAGRAPHS }, (_, paragraph) => ({
    type: 'paragraph',
    children: [{ text: `Version ${version}, paragraph ${paragraph + 1}. ${SENTENCE.repeat(8)}` }],
  }));
  // Every tenth version moves the slug, so saves also move the story's folder (the folder follows the slug).
  const moved = Math.floor(version / 10) % 2 === 1;
  return {
    ...base,
    headline: `Crash test story, version ${version}`,
    slug: `crash-${base.id.slice(-6)}${moved ? '-moved' : ''}`,
    body,
    updatedAt: versionTime(version).toISOString(),
  };
}

/** The exact bytes of story.json holding version `version`, saved with the clock at versionTime(version). */
export function versionFile(base: Story, version: number): string {
  return serializeStory(storyVersion(base, version));
}

/** Which version a story says it is; the whole file is then compared with versionFile to prove it. */
export function versionOf(story: Story): number {
  const match = /^Crash test story, version (\d+)$/.exec(story.headline);
  if (!match) throw new Error(`"${story.headline}" is not a headline of the crash test's version sequence`);
  return Number(match[1]);
}

/** A small PNG-signed file, different for every story and version, imported as media every few versions. */
export function mediaVersion(base: Story, version: number): Uint8Array {
  const signature = Buffer.from('\x89PNG\r\n\x1a\n', 'latin1');
  const filler = createHash('sha256').update(`${base.id} ${version}`).digest();
  return Buffer.concat([signature, ...Array.from({ length: 2048 }, () => filler)]); // 64 KB
}
