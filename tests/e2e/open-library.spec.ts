// File ▸ Open Library… and Open Recent in the browser host, as a person meets them: the library's "Open…"
// button (and Ctrl+O, since a browser has no folder picker) shows the "Open" dialog; a library's folder typed
// there opens it, after what was being typed is saved; and a recent story from the first library brings that
// library back with the story open.

import { cp, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, readStoryFile, SHOTS_DIR, storyFolders, test } from './fixtures/host.ts';

const COURTS_HEADLINE = 'DOJ and DHS say immigration arrests at courthouses will continue';

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
});

/** A second library beside the host's, holding the courthouse story. */
async function courtsDeskLibrary(hostLibrary: string): Promise<string> {
  const folder = join(dirname(hostLibrary), 'Courts desk');
  await mkdir(join(folder, '2026-courthouse-arrests'), { recursive: true });
  await cp('tests/fixtures/stories/courthouse-arrests.json', join(folder, '2026-courthouse-arrests', 'story.json'));
  return folder;
}

test('a library typed in the Open dialog opens after the story being typed is saved; Open Recent brings the first back', async ({
  page,
  host,
}) => {
  const courtsDesk = await courtsDeskLibrary(host.libraryDir);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByLabel('Headline', { exact: true }).click();
  await page.keyboard.type('Council passes the budget');

  // Straight to Ctrl+O, without waiting for the autosave.
  await page.keyboard.press('Control+O');
  const dialog = page.getByRole('dialog', { name: 'Open' });
  await expect(dialog).toBeVisible();
  // The story being typed is listed with its headline as typed, and the browser host asks for a folder by path.
  await expect(dialog.getByRole('list', { name: 'Recent stories' }).getByRole('button')).toHaveText(['Council passes the budgetlibrary']);
  await expect(dialog.getByRole('button', { name: 'Choose Folder…' })).toHaveCount(0);
  await dialog.getByLabel('Library folder').fill(join(dirname(host.libraryDir), 'Courts dsk'));
  await dialog.getByRole('button', { name: 'Open Library' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    `There is no folder at ${join(dirname(host.libraryDir), 'Courts dsk')}. Choose a folder that exists, or create it first.`,
  );

  await dialog.getByLabel('Library folder').fill(courtsDesk);
  await page.screenshot({ path: join(SHOTS_DIR, 'open-library-dialog.png') });
  await dialog.getByRole('button', { name: 'Open Library' }).click();

  // The window starts afresh in the other library.
  await expect(page.getByRole('status').filter({ hasText: 'Opened the library at' })).toHaveText(
    `Opened the library at ${courtsDesk}: 1 story.Dismiss`,
  );
  await expect(page.getByTitle('The library folder')).toHaveText(courtsDesk);
  await expect(page.getByRole('link', { name: COURTS_HEADLINE })).toBeVisible();
  await page.screenshot({ path: join(SHOTS_DIR, 'open-library-switched.png') });

  // Nothing typed was lost: the first library's story holds the headline.
  const [firstStory] = await storyFolders(host.libraryDir);
  expect((await readStoryFile(host.libraryDir, firstStory!)).headline).toBe('Council passes the budget');

  // Open… lists the first library and its story; choosing the story opens that library with it.
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(dialog.getByRole('list', { name: 'Recent libraries' }).getByRole('button')).toHaveText([
    `library${host.libraryDir}`,
  ]);
  await dialog.getByRole('list', { name: 'Recent stories' }).getByRole('button', { name: /Council passes the budget/ }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('Council passes the budget');
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByTitle('The library folder')).toHaveText(host.libraryDir);
  await expect(page.getByRole('link', { name: 'Council passes the budget' })).toBeVisible();

  // The next start opens the library last opened.
  const preferences = JSON.parse(await readFile(join(dirname(host.libraryDir), 'config', 'copydesk', 'preferences.json'), 'utf8'));
  expect(preferences.libraryPath).toBe(host.libraryDir);
  expect(preferences.recentLibraries).toEqual([host.libraryDir, courtsDesk]);
});
