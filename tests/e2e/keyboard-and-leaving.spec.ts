// Saving from the keyboard, and not losing work by closing the window.

import { expect, readStoryFile, storyFolders, test } from './fixtures/host.ts';

test('Ctrl+S saves at once, without waiting for the autosave pause', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page.getByRole('textbox', { name: 'Story' })).toBeFocused();
  // Every text the save status shows from here on.
  await page.evaluate(() => {
    const status = document.querySelector('[role="status"]')!;
    const seen: string[] = [];
    (window as unknown as { statusTexts: string[] }).statusTexts = seen;
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  });
  // Typed and saved at once: the editor has not handed the words over yet when the key comes.
  await page.keyboard.insertText('Saved from the keyboard');
  await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts.splice(0));
  await page.keyboard.press('Control+s');
  // The autosave would wait 800 ms after the last change; the shortcut starts the save at once (how long the
  // disk then takes is the machine's business).
  await expect(page.getByRole('status')).toHaveText(/^(Saving…|Saved at)/, { timeout: 500 });
  await expect(page.getByRole('status')).toHaveText(/^Saved at/);
  const [folder] = await storyFolders(host.libraryDir);
  expect((await readStoryFile(host.libraryDir, folder!)).headline).toBe('Saved from the keyboard');
  // That one save had every word: it never fell back to "Unsaved changes" to wait for the autosave.
  const texts = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
  expect(texts).toEqual(['Saving…', expect.stringMatching(/^Saved at/)]);
});

test('closing the window with changes not yet saved asks first', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page.getByRole('textbox', { name: 'Story' })).toBeFocused();
  await page.keyboard.type('Half a headl');

  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const shown = await dialog;
  expect(shown.type()).toBe('beforeunload');
  await shown.dismiss();
});

test('the library can be used from the keyboard alone', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Stories', exact: true })).toBeVisible();
  // The top bar's Preferences, then the library's actions in reading order.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Preferences' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Open…' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Import/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'New from template…' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'New story' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Story' })).toBeFocused();
  await page.keyboard.type('Typed without a mouse');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveText('Typed without a mouse');
  await expect(page.getByRole('status')).toHaveText(/^Saved at/);
});
