// The spell checker as a reporter meets it: a misspelt word typed in the body is underlined within a second,
// its suggestions replace it, a word added to the dictionary loses its mark and is listed in Preferences, a
// word ignored in the story loses its mark, and a name on the byline is never flagged in the text.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SHOTS_DIR, test } from './fixtures/host.ts';

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
});

/** A new story with a byline, the caret in the body. */
async function newStoryWithByline(page: Page, byline: string) {
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page.getByRole('textbox', { name: 'Story' })).toBeFocused();
  await page.keyboard.type('Court rules on the port plan');
  await page.keyboard.press('Enter'); // → subheadline
  await page.keyboard.press('Enter'); // → highlights
  await page.keyboard.press('Enter'); // an empty highlight moves on → byline
  await page.keyboard.type(byline);
  await page.keyboard.press('Enter'); // another person…
  await page.keyboard.press('Enter'); // …no: on to the dateline
  await page.keyboard.press('Enter'); // location → source
  await page.keyboard.press('Enter'); // source → body
  await expect(page.getByLabel('Byline name')).toHaveText([byline]);
}

test('misspelt words are underlined, corrected, added to the dictionary or ignored; byline names are not flagged', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Preferences' })).toBeVisible(); // in the library too
  await newStoryWithByline(page, 'Tani Sakauye');
  const story = page.getByRole('textbox', { name: 'Story' });
  await expect(story).toHaveAttribute('spellcheck', 'false'); // the browser's own checker is off: ours replaces it
  const body = page.getByLabel('Body', { exact: true });
  const mark = (word: string) => body.locator(`.spelling-mark[data-misspelt="${word}"]`);

  await page.keyboard.type('Sakauye said the court will recieve the papers. ');
  await expect(mark('recieve')).toBeVisible({ timeout: 3000 });
  await expect(mark('recieve')).toHaveText('recieve');
  await expect(body.locator('.spelling-mark')).toHaveCount(1); // "Sakauye", on the byline, is a name
  await page.screenshot({ path: join(SHOTS_DIR, 'spelling-marked.png') });

  // A right-click on the word offers the dictionary's suggestions; choosing one replaces the word.
  await mark('recieve').click({ button: 'right' });
  const menu = page.getByRole('menu', { name: '“recieve” is not in the dictionary' });
  await expect(menu.getByRole('menuitem', { name: 'receive' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS_DIR, 'spelling-menu.png') });
  await menu.getByRole('menuitem', { name: 'receive' }).click();
  await expect(menu).toBeHidden();
  await expect(body.getByRole('paragraph')).toHaveText('Sakauye said the court will receive the papers.');
  await page.keyboard.type('d'); // the caret is just after the new word
  await expect(body.getByRole('paragraph')).toHaveText('Sakauye said the court will received the papers.');
  await page.keyboard.press('Backspace');
  await expect(body.locator('.spelling-mark')).toHaveCount(0);
  await expect(story).toBeFocused();

  // From the keyboard: Alt+F7 goes to the next misspelt word and opens its menu; "Add to dictionary".
  await page.keyboard.press('End'); // the caret was left just after the new word
  await page.keyboard.type('Two portwatch crews and teh clerk agreed.');
  await expect(mark('portwatch')).toBeVisible({ timeout: 3000 });
  await expect(mark('teh')).toBeVisible();
  await body.getByRole('paragraph').click({ position: { x: 2, y: 5 } }); // the caret to the start of the text
  await page.keyboard.press('Alt+F7');
  const portwatchMenu = page.getByRole('menu', { name: '“portwatch” is not in the dictionary' });
  await expect(portwatchMenu).toBeVisible();
  await expect(portwatchMenu.getByText('No suggestions')).toBeVisible();
  // Opened from the keyboard, its first choice has the focus: here, with no suggestions, the dictionary.
  await expect(portwatchMenu.getByRole('menuitem', { name: 'Add “portwatch” to dictionary' })).toBeFocused();
  await page.screenshot({ path: join(SHOTS_DIR, 'spelling-menu-keyboard.png') });
  await page.keyboard.press('Enter');
  await expect(portwatchMenu).toBeHidden();
  await expect(mark('portwatch')).toHaveCount(0);
  await expect(mark('teh')).toBeVisible();

  // "Ignore in this story" unmarks the word here and adds nothing to the dictionary.
  await mark('teh').click({ button: 'right' });
  await expect(page.getByRole('menuitem').first()).toHaveText('the'); // two letters swapped: the likeliest fix first
  await page.getByRole('menuitem', { name: 'Ignore in this story' }).click();
  await expect(body.locator('.spelling-mark')).toHaveCount(0);

  // The added word is listed in Preferences (Ctrl+,), in the Dictionary section.
  await page.keyboard.press('Control+Comma');
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await expect(dialog).toBeVisible();
  const words = dialog.getByRole('list', { name: 'Words in your dictionary' });
  await expect(words.getByRole('listitem')).toHaveText(['portwatchRemove']);
  await dialog.getByRole('region', { name: 'Dictionary' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS_DIR, 'spelling-preferences-dictionary.png') });

  // Removed there and saved, the word is marked again.
  await dialog.getByRole('button', { name: 'Remove “portwatch”' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(mark('portwatch')).toBeVisible({ timeout: 2000 });
});

test.describe('with the courthouse story', () => {
  test.use({ seedStories: ['tests/fixtures/stories/courthouse-arrests.json'] });

  test('a real story shows few marks, none on its names; Preferences changes its credit lines at once', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('link', { name: /arrests at courthouses will continue/ }).click();
    const story = page.getByRole('textbox', { name: 'Story' });
    const photoCredit = page.getByLabel('Photo').locator('.credit-line-text');
    await expect(photoCredit).toHaveText('PHOTO: Richard Drew/AP');
    // The names the story uses (the byline, credits, mid-sentence capitals) are learned, not flagged.
    await page.waitForTimeout(1500);
    const marked = await story.locator('.spelling-mark').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-misspelt')));
    for (const name of ['Cantil', 'Sakauye', 'Jarrett', 'Drew']) expect(marked).not.toContain(name);
    console.log(`Marked in the courthouse story: ${marked.join(', ') || 'nothing'}`);
    await page.screenshot({ path: join(SHOTS_DIR, 'spelling-courthouse.png') });

    await page.getByRole('banner').getByRole('button', { name: 'Preferences' }).click();
    const dialog = page.getByRole('dialog', { name: 'Preferences' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Credit style' }).selectOption('custom');
    const pattern = dialog.getByRole('textbox', { name: 'Custom pattern' });
    await pattern.fill('{photographers} for {organization');
    await expect(pattern).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
    await pattern.fill('{organization}: {photographers}');
    await expect(dialog.getByText('AFP: Mandel Ngan')).toBeVisible();
    await page.screenshot({ path: join(SHOTS_DIR, 'spelling-preferences-credits.png') });
    await dialog.getByRole('checkbox', { name: /Doubled word/ }).uncheck();
    await page.screenshot({ path: join(SHOTS_DIR, 'spelling-preferences-rules.png') });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(photoCredit).toHaveText('AP: Richard Drew');

    // Saved: the dialog opens again (Ctrl+,) on the new values.
    await page.keyboard.press('Control+Comma');
    await expect(dialog.getByRole('combobox', { name: 'Credit style' })).toHaveValue('custom');
    await expect(dialog.getByRole('textbox', { name: 'Custom pattern' })).toHaveValue('{organization}: {photographers}');
    await expect(dialog.getByRole('checkbox', { name: /Doubled word/ })).not.toBeChecked();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });
});

test('the Preferences button sits at the right end of the library’s top bar, at desk and phone widths', async ({ page, host }) => {
  await page.goto(host.url);
  const banner = page.getByRole('banner');
  const button = banner.getByRole('button', { name: 'Preferences' });
  await expect(page.getByText('No stories yet')).toBeVisible();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    const [bar, box] = [await banner.boundingBox(), await button.boundingBox()];
    expect(bar!.x + bar!.width - (box!.x + box!.width)).toBeLessThan(40);
    await page.screenshot({ path: join(SHOTS_DIR, `spelling-library-topbar-${width}.png`) });
  }
});
