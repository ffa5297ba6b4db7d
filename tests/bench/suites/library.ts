// Issue 7, target 7 (the Node side): a library of 10,000 stories. Opening it with no library.json, which
// rebuilds the index from the story folders, takes at most 10 s; library:list and library:search answer
// within 100 ms, through the bridge's handlers as the browser host calls them. The first search reads every
// story's text, once: its time is reported beside them, since a person meets it once. (The browser host's
// start to first paint with these stories is the browser suites'.)

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BridgeHandlers } from '../../../electron/bridge/handlers.ts';
import { INDEX_FILE } from '../../../electron/library/library-index.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import type { OpenedStory, SavedStory, SearchResults } from '../../../shared/bridge/contract.ts';
import type { StorySummary } from '../../../shared/story/summary.ts';
import type { Figure, Suite, SuiteContext } from '../lib/figures.ts';
import { answerAsHost, hostHandlers } from './node/host-bridge.ts';
import { middleParagraph, withEdit } from './node/story-edits.ts';
import { writeStoryShelf } from './node/story-shelf.ts';
import { runsNote, timeSteps } from './node/timed-steps.ts';

interface Plan {
  stories: number;
  rebuildRuns: number;
  openRuns: number;
  listRuns: number;
  searchRuns: number;
  saveRuns: number;
}

const FULL: Plan = { stories: 10_000, rebuildRuns: 3, openRuns: 3, listRuns: 30, searchRuns: 20, saveRuns: 10 };
const QUICK: Plan = { stories: 500, rebuildRuns: 1, openRuns: 1, listRuns: 3, searchRuns: 3, saveRuns: 2 };

/**
 * Words of the stories' text, so most stories match and every search sorts thousands of results and cuts a
 * page of snippets: the heavy case. Each query differs from the one before and does not extend it, so every
 * run scans the whole library (typing more onto a query only filters the last result, which is cheaper).
 */
const ONE_WORD = ['harbour', 'witnesses', 'economists', 'volunteers', 'station', 'blankets', 'arrests', 'judges'];
const TWO_WORDS = ['harbour police', 'court budget', 'mayor taxes', 'families river', 'exports growth', 'station water'];

const seconds = (ms: number) => ms / 1000;

export const librarySuite: Suite = {
  name: 'library',
  description: 'A library of 10,000 stories: rebuilding the index, library:list and library:search through the bridge',
  async run(context) {
    const plan = context.quick ? QUICK : FULL;
    const libraryDir = join(context.scratch, 'library');
    await fillLibrary(context, libraryDir, plan.stories);
    const figures: Figure[] = [];
    const { figure: rebuild, session } = await measureRebuild(context, libraryDir, plan);
    figures.push(rebuild);
    figures.push(await measureOpen(context, libraryDir, plan));
    const handlers = hostHandlers(session, context.scratch);
    try {
      figures.push(await measureList(context, handlers, plan));
      figures.push(...(await measureSearch(context, handlers, plan)));
      figures.push(await measureSave(context, handlers, plan));
    } finally {
      // The library writes library.json a moment after the last save: done now, before the folder is removed.
      await session.library.flushIndex();
    }
    return figures;
  },
};

async function fillLibrary(context: SuiteContext, libraryDir: string, count: number): Promise<void> {
  context.progress(`writing a library of ${count.toLocaleString('en')} stories (once; it takes a while)…`);
  const started = performance.now();
  const words = await writeStoryShelf(libraryDir, count, context.progress);
  const took = seconds(performance.now() - started).toFixed(1);
  context.progress(`written in ${took} s: ${words.toLocaleString('en')} words in all`);
}

/** LibrarySession.open as the host opens a library (index rebuilt, crash leftovers swept), library.json removed first. */
async function measureRebuild(context: SuiteContext, libraryDir: string, plan: Plan): Promise<{ figure: Figure; session: LibrarySession }> {
  context.progress(`opening it without ${INDEX_FILE}, rebuilding the index from the folders, ${plan.rebuildRuns} runs…`);
  let session: LibrarySession | undefined;
  const timed = await timeSteps({
    runs: plan.rebuildRuns,
    warmup: 0, // the files were just written, so they are in the page cache already: a warm-cache figure
    prepare: () => rm(join(libraryDir, INDEX_FILE), { force: true }),
    measure: async () => (session = await LibrarySession.open(libraryDir)),
    onRun: (ms, run) => context.progress(`rebuild ${run + 1}/${plan.rebuildRuns}: ${seconds(ms).toFixed(2)} s`),
  });
  const { storyCount, rebuiltIndex } = session!.library.info();
  if (storyCount !== plan.stories || !rebuiltIndex) {
    throw new Error(`The rebuilt index lists ${storyCount} stories (rebuilt: ${rebuiltIndex}), not the ${plan.stories} written.`);
  }
  return {
    session: session!,
    figure: {
      id: 'library.rebuild',
      label: `Library of ${plan.stories.toLocaleString('en')}: open without ${INDEX_FILE} (index rebuilt)`,
      value: seconds(timed.median),
      unit: 's',
      target: { atMost: 10 },
      note: `LibrarySession.open as the browser host opens it (every story.json read and validated, temporary files swept); story files in the page cache; ${runsNote(timed)}`,
    },
  };
}

/** Opening it again with its index there: the library's part of starting the app. */
async function measureOpen(context: SuiteContext, libraryDir: string, plan: Plan): Promise<Figure> {
  context.progress(`opening it with ${INDEX_FILE} there, ${plan.openRuns} runs…`);
  const timed = await timeSteps({
    runs: plan.openRuns,
    warmup: 1,
    prepare: () => undefined,
    measure: () => LibrarySession.open(libraryDir),
  });
  return {
    id: 'library.open',
    label: `Library of ${plan.stories.toLocaleString('en')}: open with its index`,
    value: seconds(timed.median),
    unit: 's',
    note: `LibrarySession.open (${INDEX_FILE} read, every story.json's size and time checked, temporary files swept); ${runsNote(timed)}`,
  };
}

async function measureList(context: SuiteContext, handlers: BridgeHandlers, plan: Plan): Promise<Figure> {
  context.progress(`library:list, ${plan.listRuns} runs…`);
  let listed = 0;
  const timed = await timeSteps({
    runs: plan.listRuns,
    prepare: () => undefined,
    measure: async () => (listed = ((await answerAsHost(handlers, 'library:list', '')) as StorySummary[]).length),
  });
  if (listed !== plan.stories) throw new Error(`library:list answered ${listed} stories, not ${plan.stories}.`);
  return {
    id: 'library.list',
    label: `Library of ${plan.stories.toLocaleString('en')}: library:list`,
    value: timed.median,
    unit: 'ms',
    target: { atMost: 100 },
    note: `every summary, newest first, through dispatch and into JSON as the host answers it; ${runsNote(timed)}`,
  };
}

async function measureSearch(context: SuiteContext, handlers: BridgeHandlers, plan: Plan): Promise<Figure[]> {
  const search = async (query: string) => (await answerAsHost(handlers, 'library:search', JSON.stringify({ query }))) as SearchResults;
  context.progress('the first search, which reads every story’s text…');
  const started = performance.now();
  await search(TWO_WORDS.at(-1)!);
  const firstMs = performance.now() - started;
  context.progress(`first search: ${seconds(firstMs).toFixed(2)} s`);

  const figures: Figure[] = [
    {
      id: 'library.search.first',
      label: `Library of ${plan.stories.toLocaleString('en')}: first search (reads every story’s text)`,
      value: seconds(firstMs),
      unit: 's',
      note: 'once per library opened: library:search before any other, its texts read from the story files',
    },
  ];
  for (const [kind, queries] of [
    ['one-word', ONE_WORD],
    ['two-word', TWO_WORDS],
  ] as const) {
    context.progress(`library:search, ${kind} queries, ${plan.searchRuns} runs…`);
    const matched: number[] = [];
    const timed = await timeSteps({
      runs: plan.searchRuns,
      prepare: (run) => queries[run % queries.length]!,
      measure: async (query) => matched.push((await search(query)).total),
    });
    const fewest = Math.min(...matched).toLocaleString('en');
    const most = Math.max(...matched).toLocaleString('en');
    figures.push({
      id: `library.search.${kind}`,
      label: `Library of ${plan.stories.toLocaleString('en')}: library:search, ${kind} query`,
      value: timed.median,
      unit: 'ms',
      target: { atMost: 100 },
      note: `“${queries.join('”, “')}” in turn, each matching ${fewest}–${most} stories (a page of 100 with snippets); ${runsNote(timed)}`,
    });
  }
  return figures;
}

/**
 * A story saved in this library, through the bridge: the library.json of every story is rewritten with it,
 * which a library of one story does not show. Beside the save suite's figure, for reading.
 */
async function measureSave(context: SuiteContext, handlers: BridgeHandlers, plan: Plan): Promise<Figure> {
  context.progress(`story:save of a small story in this library, ${plan.saveRuns} runs…`);
  const [first] = (await answerAsHost(handlers, 'library:list', '')) as StorySummary[];
  const opened = (await answerAsHost(handlers, 'story:open', JSON.stringify({ id: first!.id }))) as OpenedStory;
  const paragraph = middleParagraph(opened.story);
  let revision = opened.revision;
  const timed = await timeSteps({
    runs: plan.saveRuns,
    prepare: (run) => JSON.stringify({ id: opened.story.id, story: withEdit(opened.story, paragraph, run % 2 === 0), baseRevision: revision }),
    measure: async (body) => (revision = ((await answerAsHost(handlers, 'story:save', body)) as SavedStory).revision),
  });
  return {
    id: 'library.save-small',
    label: `Library of ${plan.stories.toLocaleString('en')}: save a ${first!.wordCount}-word story`,
    value: timed.median,
    unit: 'ms',
    note: `story:save through the host's bridge, ${INDEX_FILE} of every story rewritten (atomic, fsync); ${runsNote(timed)}`,
  };
}
