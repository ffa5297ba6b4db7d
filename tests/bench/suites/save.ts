// Issue 7, target 6: saving the 100k-word story atomically, fsync included, takes at most 30 ms. Measured
// through the real library (StoryLibrary.save: validation, the conflict check against the revision on disk,
// the atomic write, the index), each run saving a real change against the revision the last one answered.
// Beside it, the same save as the browser host answers a story:save call (JSON in, the bridge's validation,
// JSON out), and the 1M-word story's save to show how the cost grows. That autosave never blocks typing is
// measured in the browser, by the typing suites.

import type { BridgeHandlers } from '../../../electron/bridge/handlers.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import { StoryLibrary } from '../../../electron/library/story-library.ts';
import type { SavedStory } from '../../../shared/bridge/contract.ts';
import type { Story } from '../../../shared/story/schema.ts';
import type { Figure, Suite, SuiteContext } from '../lib/figures.ts';
import type { TimedRuns } from '../lib/stats.ts';
import { describeStory, STORY_100K, STORY_1M, STORY_QUICK, storyOnDisk, type BenchStorySize } from './node/bench-story.ts';
import { answerAsHost, hostHandlers } from './node/host-bridge.ts';
import { middleParagraph, withEdit } from './node/story-edits.ts';
import { runsNote, timeSteps } from './node/timed-steps.ts';

const TARGET_MS = 30;

interface Runs {
  save: number;
  /** Saves through the bridge; 0 leaves that figure out. */
  bridge: number;
}

const FULL: Runs = { save: 30, bridge: 15 };
const FULL_1M: Runs = { save: 8, bridge: 0 };
const QUICK: Runs = { save: 4, bridge: 3 };

export const saveSuite: Suite = {
  name: 'save',
  description: 'Saving the 100k-word story atomically (fsync included) through the library; the 1M-word one beside it',
  async run(context) {
    const figures = await measureSaves(context, context.quick ? STORY_QUICK : STORY_100K, context.quick ? QUICK : FULL, true);
    if (!context.quick) figures.push(...(await measureSaves(context, STORY_1M, FULL_1M, false)));
    return figures;
  },
};

/** The story being saved over and over, and the revision on disk after the last save. */
interface Saving {
  id: string;
  story: Story;
  paragraph: number;
  revision: string;
}

async function measureSaves(context: SuiteContext, size: BenchStorySize, runs: Runs, withTarget: boolean): Promise<Figure[]> {
  context.progress(`generating the ${size.key}-word story and writing its folder…`);
  const { generated, libraryDir } = await storyOnDisk(context.scratch, size);
  const library = await StoryLibrary.open(libraryDir);
  const opened = await library.open(generated.story.id);
  const saving: Saving = { id: opened.story.id, story: opened.story, paragraph: middleParagraph(opened.story), revision: opened.revision };
  const on = `${size.key}-word story`;

  context.progress(`saving through the library, ${runs.save} runs…`);
  const direct = await timeSteps({
    runs: runs.save,
    prepare: (run) => withEdit(saving.story, saving.paragraph, run % 2 === 0),
    measure: async (edited) => {
      saving.revision = (await library.save(saving.id, edited, saving.revision)).revision;
    },
  });
  context.progress(`library save: median ${direct.median.toFixed(1)} ms`);
  const figures: Figure[] = [
    {
      id: `save.library.${size.key}`,
      label: `Save, ${on}: atomic, fsync included`,
      value: direct.median,
      unit: 'ms',
      ...(withTarget ? { target: { atMost: TARGET_MS } } : {}),
      note: `StoryLibrary.save of a one-word change against the current revision, ${runsNote(direct)}; ${describeStory(generated)}`,
    },
  ];
  if (runs.bridge > 0) {
    const handlers = hostHandlers(LibrarySession.of(library), context.scratch);
    context.progress(`saving through the bridge as the browser host answers story:save, ${runs.bridge} runs…`);
    const bridged = await timeBridgeSaves(handlers, saving, runs.bridge);
    context.progress(`bridge save: median ${bridged.median.toFixed(1)} ms`);
    figures.push({
      id: `save.bridge.${size.key}`,
      label: `Save, ${on}: story:save through the browser host's bridge`,
      value: bridged.median,
      unit: 'ms',
      note: `the request's JSON parsed, dispatch (the contract's validation, then the save), the answer as JSON; ${runsNote(bridged)}`,
    });
  }
  return figures;
}

/** story:save as the host answers it; the body is made before the clock starts (the page made it). */
function timeBridgeSaves(handlers: BridgeHandlers, saving: Saving, runs: number): Promise<TimedRuns> {
  return timeSteps({
    runs,
    prepare: (run) =>
      JSON.stringify({ id: saving.id, story: withEdit(saving.story, saving.paragraph, run % 2 === 0), baseRevision: saving.revision }),
    measure: async (body) => {
      saving.revision = ((await answerAsHost(handlers, 'story:save', body)) as SavedStory).revision;
    },
  });
}
