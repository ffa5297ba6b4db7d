// What the browser suites share: Chromium launched as the end-to-end tests launch it, and Copydesk's browser
// host serving a library that holds the generated story, started as the end-to-end fixture starts it.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/fixtures/chromium.ts';
import { startHostProcess, type HostProcess } from '../../e2e/fixtures/host-process.ts';
import type { GeneratedStory } from '../story/generate-story.ts';
import { writeStoryFolder } from '../story/story-folder.ts';

export const VIEWPORT = { width: 1280, height: 800 };

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

export interface StoryHost {
  /** The host's address with its token. */
  url: string;
  /** The address of the story's page. */
  storyUrl: string;
  libraryDir: string;
  host: HostProcess;
}

/** A library in `folder` holding the stories, and the browser host serving it. Stop it with `host.stop()`. */
export async function hostWithStories(folder: string, stories: readonly GeneratedStory[]): Promise<StoryHost> {
  const libraryDir = join(folder, 'library');
  const configDir = join(folder, 'config');
  await mkdir(libraryDir, { recursive: true });
  await mkdir(configDir, { recursive: true });
  for (const generated of stories) await writeStoryFolder(libraryDir, generated);
  let output = '';
  const host = await startHostProcess({ libraryDir, configDir, onOutput: (text) => (output += text) }).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  });
  const first = stories[0]?.story.id;
  return { url: host.url, storyUrl: first ? `${host.url}#/story/${first}` : host.url, libraryDir, host };
}

/** A fresh page (its own context: no cache or storage from an earlier measurement) at the desktop size. */
export async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });
  // The benchmark runs under tsx, whose esbuild keeps function names by wrapping inner functions in
  // __name(fn, "name"); a function handed to page.evaluate carries those calls into the page, which needs them.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  return context.newPage();
}

/** Opens the story's page and waits until its editor is on screen and takes typing. */
export async function openStory(page: Page, storyHost: StoryHost): Promise<void> {
  await page.goto(storyHost.storyUrl);
  await page.getByLabel('Body', { exact: true }).locator('[contenteditable="true"], [data-slate-node="element"]').first().waitFor();
  // A long story's body is put on the page a chunk at a time after it opens (render/chunk-mounting.ts): the
  // suites that open a story measure the editor with all of it there.
  await page.waitForFunction(() => document.querySelector('.body-chunk-waiting') === null, undefined, { polling: 100 });
}

/** The story editor's contenteditable root: the Slate editor, named "Story". */
export function storyEditor(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Story' });
}

/** The body's `index`-th paragraph block (subheads, quotes, lists and media are not counted). */
export function bodyParagraph(page: Page, index: number): Locator {
  return page.locator('[data-slate-editor="true"] [aria-label="Body"] p.paragraph').nth(index);
}
