// The floor under any editor's keystroke: Copydesk's own page, copied as it stands after the story opened
// (the same DOM, the same stylesheets and fonts, the same chunks' `content-visibility`), with every script
// taken out, so that typing into it is the browser's native editing and layout alone. Typed into the same way
// as the editors, it says how much of a keystroke's latency no script could save on this machine.
//
// The copy is served at the host's own address (a route fulfils the document; stylesheets, fonts and pictures
// still come from the host, with the token's cookie), in a new page of the editor's browser context.

import type { Page } from '@playwright/test';

const COPY_PATH = '/__bench-static-copy';

/** The page's document as HTML, without scripts: what the browser shows, and nothing that runs. */
async function documentWithoutScripts(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const element of copy.querySelectorAll('script, link[rel="modulepreload"], iframe')) element.remove();
    // The editor's root refuses React's caret walk by answering "inherit" (spare-react-the-caret-walk.ts); the
    // copy is an editable root as it would be without that.
    const root = copy.querySelector('[data-slate-editor="true"]');
    root?.setAttribute('contenteditable', 'true');
    return `<!doctype html>\n${copy.outerHTML}`;
  });
}

/** Opens the script-free copy of `page` in a new page of its context; answers that page, ready to type into. */
export async function openStaticCopy(page: Page): Promise<Page> {
  const html = await documentWithoutScripts(page);
  const copyUrl = new URL(COPY_PATH, page.url()).href;
  const copy = await page.context().newPage();
  await copy.route(copyUrl, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await copy.goto(copyUrl);
  await copy.waitForLoadState('load');
  await copy.evaluate(() => document.fonts.ready.then(() => undefined));
  return copy;
}
