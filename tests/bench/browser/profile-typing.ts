// Where a keystroke's time goes in Copydesk's editor: types keys into the middle of the generated story under
// Chromium's sampling CPU profiler and prints the functions that took the most time, by self time and by
// total (inclusive) time. Not a suite (a profile is for reading, not a figure):
//
//   npx tsx tests/bench/browser/profile-typing.ts [words=100000] [keys=10] [--preview]
//
// With --preview, the live preview is open beside the editor while the keys are typed.
//
// The profile itself is written beside the summary (its path is printed) for Chromium's DevTools
// (Performance panel ▸ Load profile).

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStory } from '../story/generate-story.ts';
import { bodyParagraph, freshPage, hostWithStories, launchBenchBrowser, openStory } from './harness.ts';
import { placeCaretIn } from './keystroke-latency.ts';
import { waitForQuietMainThread } from './main-thread.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const label = ({ callFrame }: ProfileNode) =>
  `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop() || ''}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ''}`;

/** Milliseconds per function: self (the function's own code) and total (with everything it called). */
export function summarise(profile: Profile): { self: Map<string, number>; total: Map<string, number> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    self.set(label(byId.get(id)!), (self.get(label(byId.get(id)!)) ?? 0) + ms);
    const counted = new Set<string>(); // a recursive function counts once per sample
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const name = label(byId.get(at)!);
      if (counted.has(name)) continue;
      counted.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  return { self, total };
}

function top(times: Map<string, number>, count: number): string {
  return [...times]
    .filter(([name]) => !name.startsWith('(root)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(8)} ms  ${name}`)
    .join('\n');
}

async function main(): Promise<void> {
  const [wordsArgument, keysArgument] = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
  const words = Number(wordsArgument ?? 100_000);
  const keys = Number(keysArgument ?? 10);
  const generated = generateStory({ words, photos: Math.round(words / 1700), videos: Math.round(words / 5000) });
  const folder = await mkdtemp(join(tmpdir(), 'copydesk-profile-'));
  const storyHost = await hostWithStories(folder, [generated]);
  const browser = await launchBenchBrowser();
  try {
    const page = await freshPage(browser);
    page.setDefaultTimeout(600_000);
    await openStory(page, storyHost);
    await waitForQuietMainThread(page, { quietMs: 1_000, capMs: 30_000 });
    if (process.argv.includes('--preview')) {
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await page.waitForFunction(() => Boolean(document.querySelector<HTMLIFrameElement>('iframe[title="Preview"]')?.contentDocument?.querySelector('[data-part="body"]')));
      await waitForQuietMainThread(page, { quietMs: 1_000, capMs: 30_000 });
    }
    await placeCaretIn(bodyParagraph(page, Math.floor(generated.paragraphs / 2)));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const started = performance.now();
    for (let index = 0; index < keys; index++) {
      await page.keyboard.type('abcde '[index % 6]!);
      await page.waitForTimeout(70);
    }
    const seconds = (performance.now() - started) / 1000;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const path = join(tmpdir(), `copydesk-typing-${words}.cpuprofile`);
    await writeFile(path, JSON.stringify(profile));
    const { self, total } = summarise(profile);
    console.log(`${keys} keys in the middle of a ${words}-word story took ${seconds.toFixed(1)} s.\n`);
    console.log(`By self time:\n${top(self, 25)}\n\nBy total time:\n${top(total, 40)}\n\n${path}`);
  } finally {
    await browser.close();
    await storyHost.host.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
