// Run as a child process by the crash-safety test: saves one large story over and over, alternating its
// headline, until it is killed. Prints "ready" once the first save is done.

import { StoryLibrary } from '../../../electron/library/story-library.ts';

const [root, id] = process.argv.slice(2) as [string, string];
const library = await StoryLibrary.open(root);
let { story, revision } = await library.open(id);
for (let n = 0; ; n++) {
  ({ revision } = await library.save(id, { ...story, headline: `Version ${n % 2 === 0 ? 'A' : 'B'}` }, revision));
  if (n === 0) process.stdout.write('ready\n');
  story = (await library.open(id)).story;
}
