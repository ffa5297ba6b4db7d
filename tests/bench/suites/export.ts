// Issue 7, target 5: exporting the 100k-word story to HTML in Node takes at most 50 ms; in the same run,
// Debian's pandoc turns the same story, as Markdown from our own Markdown exporter, into a standalone HTML
// page, and our time ÷ pandoc's should be far below 1. The 1M-word story shows how the cost grows.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { renderStoryHtml } from '../../../shared/render/html/story-html.ts';
import type { Figure, Suite, SuiteContext } from '../lib/figures.ts';
import { median, type TimedRuns } from '../lib/stats.ts';
import { describeStory, STORY_100K, STORY_1M, STORY_QUICK, storyOnDisk, type BenchStorySize, type StoryOnDisk } from './node/bench-story.ts';
import { exportToFile, singleFileRenderOptions } from './node/html-export-steps.ts';
import { PANDOC, PANDOC_MISSING, pandocInstalled, pandocVersion, timePandocToHtml } from './node/pandoc.ts';
import { runsNote, timeSteps } from './node/timed-steps.ts';

const TARGET_MS = 50;

interface Runs {
  render: number;
  file: number;
  pandoc: number;
}

const FULL: Runs = { render: 20, file: 20, pandoc: 5 };
const FULL_1M: Runs = { render: 5, file: 5, pandoc: 0 };
const QUICK: Runs = { render: 3, file: 3, pandoc: 2 };

export const exportSuite: Suite = {
  name: 'export',
  description: 'HTML export of the 100k-word story in Node (render, and the whole export to a file), beside pandoc',
  async run(context) {
    const size = context.quick ? STORY_QUICK : STORY_100K;
    const story = await prepare(context, size);
    const timed = await timeExport(context, story, context.quick ? QUICK : FULL);
    const figures = exportFigures(story, size, timed, { target: true });
    figures.push(await pandocFigure(context, story, timed.file.median, context.quick ? QUICK.pandoc : FULL.pandoc));
    if (!context.quick) {
      const big = await prepare(context, STORY_1M);
      figures.push(...exportFigures(big, STORY_1M, await timeExport(context, big, FULL_1M), { target: false }));
    }
    return figures;
  },
};

async function prepare(context: SuiteContext, size: BenchStorySize): Promise<StoryOnDisk> {
  context.progress(`generating the ${size.key}-word story and writing its folder…`);
  return storyOnDisk(context.scratch, size);
}

interface ExportTimes {
  render: TimedRuns;
  file: TimedRuns;
  htmlBytes: number;
}

async function timeExport(context: SuiteContext, { generated, folder }: StoryOnDisk, runs: Runs): Promise<ExportTimes> {
  const { story } = generated;
  const options = await singleFileRenderOptions(story, folder);
  let htmlBytes = 0;
  context.progress(`rendering to the HTML string, ${runs.render} runs…`);
  const render = await timeSteps({
    runs: runs.render,
    warmup: 3, // the first renders compile the renderer: a person exporting twice meets the warm one
    // A fresh copy each run: the word count keeps each block's count for as long as the block lives
    // (body-word-count.ts), and a story exported from disk is a fresh object.
    prepare: () => structuredClone(story),
    measure: (fresh) => (htmlBytes = Buffer.byteLength(renderStoryHtml(fresh, options))),
  });
  context.progress(`render: median ${render.median.toFixed(1)} ms; exporting to a file, ${runs.file} runs…`);
  const destination = join(context.scratch, `export-${generated.words}.html`);
  const file = await timeSteps({
    runs: runs.file,
    warmup: 2,
    prepare: () => structuredClone(story),
    measure: (fresh) => exportToFile(fresh, folder, 'html', destination),
  });
  context.progress(`whole export: median ${file.median.toFixed(1)} ms`);
  return { render, file, htmlBytes };
}

function exportFigures(
  { generated }: StoryOnDisk,
  size: BenchStorySize,
  { render, file, htmlBytes }: ExportTimes,
  { target }: { target: boolean },
): Figure[] {
  const on = `${size.key}-word story`;
  const what = `${describeStory(generated)}; a ${(htmlBytes / 1024).toFixed(0)} kB page`;
  return [
    {
      id: `export.render.${size.key}`,
      label: `Export to HTML, ${on}: render to the page's string`,
      value: render.median,
      unit: 'ms',
      ...(target ? { target: { atMost: TARGET_MS } } : {}),
      note: `renderStoryHtml with the single-file export's options (pictures as data: URIs), ${runsNote(render)}; ${what}`,
    },
    {
      id: `export.file.${size.key}`,
      label: `Export to HTML, ${on}: whole export to a file`,
      value: file.median,
      unit: 'ms',
      ...(target ? { target: { atMost: TARGET_MS } } : {}),
      note: `exportStory (export:write, copydesk export): check, pictures read, render, atomic write with fsync; ${runsNote(file)}`,
    },
  ];
}

/**
 * pandoc turning the same story, written as Markdown by our own Markdown export, into a standalone page,
 * and our whole export's time ÷ pandoc's. Without pandoc the figure says how to get it, and the run goes on.
 */
async function pandocFigure(context: SuiteContext, { generated, folder }: StoryOnDisk, oursMs: number, runs: number): Promise<Figure> {
  const id = 'export.vs-pandoc';
  const label = 'Export to HTML ÷ pandoc, same story (Markdown → standalone page)';
  if (!(await pandocInstalled())) {
    context.progress(`${PANDOC_MISSING}: the comparison is left out`);
    return { id, label: 'Export to HTML ÷ pandoc: not measured (apt-get install pandoc)', value: Number.NaN, unit: '×', note: PANDOC_MISSING };
  }
  const work = join(context.scratch, 'pandoc');
  await mkdir(work, { recursive: true });
  const markdown = join(work, 'story.md');
  await exportToFile(generated.story, folder, 'md', markdown);
  const version = await pandocVersion();
  context.progress(`${version}: Markdown → standalone HTML, ${runs} runs (each takes seconds)…`);
  const samples: number[] = [];
  await timePandocToHtml(markdown, join(work, 'warm-up.html')); // its binary and the file into the cache
  for (let run = 0; run < runs; run++) {
    samples.push(await timePandocToHtml(markdown, join(work, `story-${run}.html`)));
    context.progress(`pandoc run ${run + 1}/${runs}: ${samples.at(-1)!.toFixed(0)} ms`);
  }
  const pandocMs = median(samples);
  return {
    id,
    label,
    value: oursMs / pandocMs,
    unit: '×',
    target: { atMost: 1 },
    peers: [{ name: 'pandoc', value: pandocMs, unit: 'ms' }],
    note: `our whole export to a file ÷ ${version} (${PANDOC} -f markdown -t html5 --standalone, spawn to exit), median of ${runs} runs each`,
  };
}
