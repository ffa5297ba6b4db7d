// Issue 7, target 1: keystroke latency in Copydesk's editor at the start, the middle and the end of the
// 100k-word story's body (p50 ≤ 8 ms, p95 ≤ 16 ms), and in the same run the same measurement on bare
// slate-react and on ProseMirror's basic editor holding the same text (ours ÷ bare slate-react ≤ 1.2).
// The measurement itself is browser/keystroke-latency.ts; each editor gets its own fresh page, measured
// one after the other, the peers first, so that an editor still busy in the background cannot slow another.
// Last, Copydesk's page is copied without its scripts (browser/static-copy.ts) and typed into the same way:
// the browser's own share of a keystroke in that very DOM, the floor no editor code can go below.

import type { Browser, Locator, Page } from '@playwright/test';
import type { Figure, Suite, SuiteContext } from '../lib/figures.ts';
import { median } from '../lib/stats.ts';
import { bodyParagraph, freshPage, hostWithStories, launchBenchBrowser, openStory, storyEditor } from '../browser/harness.ts';
import { measureKeystrokeLatency, placeCaretIn, type KeystrokeLatency, type TypingOptions } from '../browser/keystroke-latency.ts';
import { waitForQuietMainThread } from '../browser/main-thread.ts';
import { openStaticCopy } from '../browser/static-copy.ts';
import { benchStory, wordsLabel } from '../browser/story-fixtures.ts';
import { peerText } from '../peers/peer-text.ts';
import { servePeerPages, type PeerName, type PeerPages } from '../peers/serve-peers.ts';
import type { GeneratedStory } from '../story/generate-story.ts';

export const POSITIONS = ['start', 'middle', 'end'] as const;
export type Position = (typeof POSITIONS)[number];

/** Per position: keys measured, warm-up keys, and a time budget an editor that takes seconds per key runs into. */
export function typingOptions(quick: boolean): TypingOptions {
  return quick
    ? { keystrokes: 8, warmup: 3, intervalMs: 70, budgetMs: 6_000 }
    : { keystrokes: 60, warmup: 10, intervalMs: 70, budgetMs: 25_000 };
}

/** The story's paragraph blocks typed into: the first, the one halfway, the last. */
export function paragraphAt(position: Position, paragraphs: number): number {
  if (position === 'start') return 0;
  if (position === 'middle') return Math.floor(paragraphs / 2);
  return paragraphs - 1;
}

/** An editor on its page: its contenteditable root, and the element of the story's k-th paragraph block. */
interface EditorUnderTest {
  name: string;
  page: Page;
  root: Locator;
  paragraph(index: number): Locator;
}

type Latencies = Record<Position, KeystrokeLatency>;

/** Long stories make every step slow in a slow editor: Playwright's 30 s default would cut measurements short. */
const ACTION_TIMEOUT_MS = 120_000;
const QUIET = { quietMs: 1_000, capMs: 30_000 };

async function measureAtPositions(
  editor: EditorUnderTest,
  paragraphs: number,
  typing: TypingOptions,
  progress: SuiteContext['progress'],
): Promise<Latencies> {
  const latencies = {} as Latencies;
  for (const position of POSITIONS) {
    await placeCaretIn(editor.paragraph(paragraphAt(position, paragraphs)));
    const latency = await measureKeystrokeLatency(editor.page, editor.root, typing);
    latencies[position] = latency;
    progress(
      `${editor.name}, ${position}: p50 ${latency.p50.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms ` +
        `(${latency.samples.length} keys${latency.missed ? `, ${latency.missed} not seen to settle` : ''})`,
    );
  }
  return latencies;
}

async function openPeer(browser: Browser, pages: PeerPages, peer: PeerName, name: string, paragraphs: number): Promise<EditorUnderTest> {
  const page = await freshPage(browser);
  page.setDefaultTimeout(ACTION_TIMEOUT_MS);
  await page.goto(pages.url(peer));
  await page.locator(`html[data-peer-ready="${paragraphs}"]`).waitFor({ state: 'attached' });
  const root = page.locator('.peer-sheet[contenteditable="true"]');
  const children = await root.evaluate((element) => element.childElementCount);
  if (children !== paragraphs) throw new Error(`${name} holds ${children} paragraphs, not the ${paragraphs} it was given.`);
  await waitForQuietMainThread(page, QUIET);
  return { name, page, root, paragraph: (index) => root.locator(':scope > *').nth(index) };
}

async function openCopydesk(browser: Browser, folder: string, generated: GeneratedStory) {
  const storyHost = await hostWithStories(folder, [generated]);
  const page = await freshPage(browser);
  page.setDefaultTimeout(ACTION_TIMEOUT_MS);
  await openStory(page, storyHost);
  const shown = await page.locator('[data-slate-editor="true"] [aria-label="Body"] p.paragraph').count();
  if (shown !== generated.paragraphs) throw new Error(`Copydesk's body shows ${shown} paragraphs, not the story's ${generated.paragraphs}.`);
  await waitForQuietMainThread(page, QUIET);
  const editor: EditorUnderTest = { name: 'Copydesk', page, root: storyEditor(page), paragraph: (index) => bodyParagraph(page, index) };
  return { editor, storyHost };
}

async function measurePeer(browser: Browser, pages: PeerPages, peer: PeerName, name: string, context: SuiteContext, generated: GeneratedStory) {
  const text = peerText(generated.story);
  const editor = await openPeer(browser, pages, peer, name, text.paragraphs.length);
  try {
    // The peer is typed into at the very paragraph Copydesk is: the k-th paragraph block of the story.
    const atStoryParagraph = { ...editor, paragraph: (index: number) => editor.paragraph(text.paragraphIndex[index]!) };
    return await measureAtPositions(atStoryParagraph, generated.paragraphs, typingOptions(context.quick), context.progress);
  } finally {
    await editor.page.context().close();
  }
}

export const typingSuite: Suite = {
  name: 'typing',
  description: 'Keystroke latency at the start, middle and end of the 100k-word story, beside bare slate-react and ProseMirror (Chromium)',
  async run(context) {
    const generated = benchStory(context.quick);
    const typing = typingOptions(context.quick);
    context.progress(`${wordsLabel(generated.words)} story, ${generated.paragraphs} paragraphs; building the peer pages`);
    const pages = await servePeerPages(`${context.scratch}/peers`, peerText(generated.story).paragraphs);
    const browser = await launchBenchBrowser();
    try {
      const slate = await measurePeer(browser, pages, 'slate', 'bare slate-react', context, generated);
      const prosemirror = await measurePeer(browser, pages, 'prosemirror', 'ProseMirror', context, generated);
      const { editor, storyHost } = await openCopydesk(browser, `${context.scratch}/copydesk`, generated);
      try {
        const ours = await measureAtPositions(editor, generated.paragraphs, typing, context.progress);
        const copyPage = await openStaticCopy(editor.page);
        const copy: EditorUnderTest = {
          name: 'the same page without script',
          page: copyPage,
          root: copyPage.locator('[data-slate-editor="true"]'),
          paragraph: (index) => bodyParagraph(copyPage, index),
        };
        const floor = await measureAtPositions(copy, generated.paragraphs, typing, context.progress);
        return typingFigures({ ours, slate, prosemirror, floor }, typing, generated.words);
      } finally {
        await editor.page.context().close();
        await storyHost.host.stop();
      }
    } finally {
      await browser.close();
      await pages.stop();
    }
  },
};

/** How the figure was measured, and anything that makes it less than it should be (keys cut by the budget). */
export function typingNote(latency: KeystrokeLatency, typing: TypingOptions, words: number): string {
  const cut = latency.samples.length < typing.keystrokes ? ` (budget of ${(typing.budgetMs ?? 0) / 1000} s reached)` : '';
  const missed = latency.missed ? `, ${latency.missed} not seen to settle (no change, or still busy 30 s on)` : '';
  return (
    `keydown → DOM changed, its task done, layout flushed; ${latency.samples.length} of ${typing.keystrokes} keys measured${cut}${missed}, ` +
    `${typing.intervalMs} ms apart after ${typing.warmup} warm-up keys; caret clicked into the paragraph; ${wordsLabel(words)} story`
  );
}

function typingFigures(
  { ours, slate, prosemirror, floor }: { ours: Latencies; slate: Latencies; prosemirror: Latencies; floor: Latencies },
  typing: TypingOptions,
  words: number,
): Figure[] {
  const story = wordsLabel(words);
  const figures: Figure[] = [];
  for (const position of POSITIONS) {
    for (const [statistic, atMost] of [['p50', 8], ['p95', 16]] as const) {
      figures.push({
        id: `typing.${position}.${statistic}`,
        label: `Typing latency, ${position} of the ${story} story, ${statistic}`,
        value: ours[position][statistic],
        unit: 'ms',
        target: { atMost },
        peers: [
          { name: 'bare slate-react', value: slate[position][statistic], unit: 'ms' },
          { name: 'ProseMirror', value: prosemirror[position][statistic], unit: 'ms' },
          { name: 'the same page without script', value: floor[position][statistic], unit: 'ms' },
        ],
        note: typingNote(ours[position], typing, words),
      });
    }
  }
  // The ratio over every key typed at the three positions: one figure that no single paragraph decides.
  const all = (latencies: Latencies) => median(POSITIONS.flatMap((position) => latencies[position].samples));
  figures.push({
    id: 'typing.ratio-bare-slate',
    label: 'Typing latency, ours ÷ bare slate-react (p50 of all keys)',
    value: all(ours) / all(slate),
    unit: '×',
    target: { atMost: 1.2 },
    peers: [{ name: 'ProseMirror ÷ bare slate-react', value: all(prosemirror) / all(slate), unit: '×' }],
    note: `the median of every key measured at the start, middle and end (p50 ${all(ours).toFixed(1)} ms ours, ${all(slate).toFixed(1)} ms bare slate-react), same viewport, same text, same run`,
  });
  return figures;
}
