// Run as a child process by the crash-safety test, which SIGKILLs it at a random moment. It saves the given
// stories one after another, each to the next version of tests/electron/helpers/story-versions.ts, for ever:
// every save also writes a history snapshot when one is due, every fifth version imports a picture, and every
// few saves the library index is written — so a kill can land in any write the library makes.
//
// Prints "ready" once the library is open, then "saved <story index> <version>" after each save has been
// answered. Writes to a pipe are synchronous on POSIX, so a line printed is a line the test will read: when the
// process dies, each story on disk is at its last printed version or, if that save had just finished, the next.
//
// Usage: save-forever <library folder> <story id>…

import { StoryLibrary } from '../../../electron/library/story-library.ts';
import { mediaVersion, storyVersion, versionOf, versionTime } from './story-versions.ts';

const [root, ...ids] = process.argv.slice(2) as [string, ...string[]];
// The library's clock stands at the time of the version being saved, so every version's bytes are known.
let clock = versionTime(0);
const library = await StoryLibrary.open(root, { now: () => clock, snapshotIntervalMs: 5 * 60_000 });

const stories = await Promise.all(
  ids.map(async (id) => {
    const { story, revision } = await library.open(id);
    return { base: story, revision, version: versionOf(story) };
  }),
);
process.stdout.write('ready\n');

for (let saves = 1; ; saves++) {
  for (const [index, story] of stories.entries()) {
    const version = story.version + 1;
    clock = versionTime(version);
    const next = storyVersion(story.base, version);
    // As the bridge saves: the story was checked against the schema on its way in (here: made to fit it).
    ({ revision: story.revision } = await library.save(story.base.id, next, story.revision, { alreadyValidated: true }));
    if (version % 5 === 0) await library.importMedia(story.base.id, mediaVersion(story.base, version), 'picture.png');
    story.version = version;
    process.stdout.write(`saved ${index} ${version}\n`);
  }
  if (saves % 4 === 0) await library.flushIndex();
}
