// Never lose a word: someone types without stopping, the browser host is killed (SIGKILL, as a crash or a
// power cut would stop it), and a new host is started on the same library and data folder. Reopening the story
// gives back everything typed up to about a second before the kill, and says what it recovered.
//
// The first test holds every save back, as a slow or failing disk would, so that only the recovery journal
// can have the words. The second lets the saves run, as they do on a healthy disk: whatever the save had not
// written yet the journal must have. The folders have spaces and accents in their names on purpose.

import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHostProcess, type HostProcess } from './fixtures/host-process.ts';
import { SHOTS_DIR } from './fixtures/host.ts';

/**
 * How far behind the kill the words must be safe. The editor hands typing over at least every 600 ms and the
 * journal writes at most once a second, so about a second; the rest is room for a busy test machine. Each run
 * notes how far behind the kill the last word that came back whole was typed (0.4–1.5 s in the runs so far).
 */
const SAFE_AFTER_MS = 1_500;
const TYPING_MS = 6_000;
const WORDS = (
  'The storm reached the harbour before dawn and the council closed the port while fishing boats stayed ' +
  'tied up along the old quay as police turned cars away from the seafront and volunteers handed out ' +
  'blankets to families who had spent the night in the station waiting for news of the ferry'
).split(' ');

interface Folders {
  scratch: string;
  libraryDir: string;
  configDir: string;
}

async function folders(): Promise<Folders> {
  const scratch = await mkdtemp(join(tmpdir(), 'copydesk-e2e-recovery-'));
  const libraryDir = join(scratch, 'Bibliothèque des récits');
  const configDir = join(scratch, 'données de config');
  await mkdir(libraryDir);
  await mkdir(configDir);
  return { scratch, libraryDir, configDir };
}

async function newStory(page: Page, url: string, headline: string): Promise<string> {
  await page.goto(url);
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByLabel('Headline', { exact: true }).fill(headline);
  await expect(page.getByRole('status')).toHaveText(/^Saved at/);
  const id = /#\/story\/([0-9a-z]{26})$/.exec(page.url())?.[1];
  expect(id).toBeTruthy();
  return id!;
}

/**
 * Types word after word into the body until the host is killed, `TYPING_MS` after starting. Answers each word
 * with the moment its last key went to the page, and the moment of the kill.
 */
async function typeUntilKilled(page: Page, host: HostProcess): Promise<{ typed: { text: string; at: number }[]; killedAt: number }> {
  await page.getByLabel('Body', { exact: true }).locator('p').click();
  const typed: { text: string; at: number }[] = [];
  let killedAt = 0;
  const exited = new Promise<void>((done) => host.child.once('exit', () => done()));
  const killer = setTimeout(() => {
    killedAt = Date.now();
    host.child.kill('SIGKILL');
  }, TYPING_MS);
  try {
    for (let n = 0; killedAt === 0; n++) {
      const word = `${WORDS[n % WORDS.length]}${n}`;
      await page.keyboard.type(`${word} `, { delay: 15 });
      typed.push({ text: word, at: Date.now() });
    }
  } finally {
    clearTimeout(killer);
  }
  await exited;
  return { typed, killedAt };
}

async function storyFile(libraryDir: string): Promise<{ body: { children: { text: string }[] }[] }> {
  const [folder] = (await readdir(libraryDir, { withFileTypes: true })).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'));
  return JSON.parse(await readFile(join(libraryDir, folder!.name, 'story.json'), 'utf8'));
}

const bodyWords = (text: string) => text.split(/\s+/).filter(Boolean);

test.beforeAll(async () => {
  await mkdir(SHOTS_DIR, { recursive: true });
});

for (const saves of ['held back', 'running'] as const) {
  test(`words typed up to a second before the host is killed come back after a restart (saves ${saves})`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const { scratch, libraryDir, configDir } = await folders();
    let output = '';
    const record = (text: string) => (output += text);
    const hosts: HostProcess[] = [];
    try {
      const first = await startHostProcess({ libraryDir, configDir, onOutput: record });
      hosts.push(first);
      const id = await newStory(page, first.url, 'Storm closes the harbour');
      // A save held back never answers: as on a disk that has stopped, only the journal can keep the words.
      if (saves === 'held back') await page.route(/\/api\/story:save$/, () => {});

      const { typed, killedAt } = await typeUntilKilled(page, first);
      const mustBeSafe = typed.filter((word) => word.at <= killedAt - SAFE_AFTER_MS).map((word) => word.text);
      expect(mustBeSafe.length).toBeGreaterThanOrEqual(10);

      const second = await startHostProcess({ libraryDir, configDir, onOutput: record });
      hosts.push(second);
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.goto(`${second.url}#/story/${id}`);

      const body = page.getByLabel('Body', { exact: true });
      await expect(body).toContainText(mustBeSafe.join(' '));
      const recoveredText = ((await body.textContent()) ?? '').trim();
      const recovered = bodyWords(recoveredText);
      // Nothing invented, nothing out of order: what came back is the start of what was typed (the last word
      // perhaps cut short, as it was when the journal last wrote).
      expect(typed.map((word) => word.text).join(' ').startsWith(recoveredText)).toBe(true);
      const whole = typed.filter((word, index) => recovered[index] === word.text);
      testInfo.annotations.push({
        type: 'recovered',
        description:
          `${recovered.length} of ${typed.length} words; the last whole one had been typed ` +
          `${killedAt - whole.at(-1)!.at} ms before the kill`,
      });

      const note = page.getByRole('note').filter({ hasText: /^Recovered \d+ words? typed before Copydesk closed at \d\d:\d\d\./ });
      if (saves === 'held back') {
        // Nothing of the body reached the disk: every word came from the journal, and the note counts them.
        await expect(note).toContainText(`Recovered ${recovered.length} words typed before Copydesk closed at`);
        await page.screenshot({ path: join(SHOTS_DIR, 'recovered-after-kill-1280.png') });
      }
      // The recovered words are then saved like any others (with saves running, the disk may have had them all).
      await expect(page.getByRole('status')).toHaveText(saves === 'held back' ? /^Saved at/ : /^(Saved at|No changes since opening)/);
      if (saves === 'held back') await expect(note).toContainText('They are saved now.');
      const onDisk = (await storyFile(libraryDir)).body.map((block) => block.children.map((run) => run.text).join('')).join(' ');
      expect(bodyWords(onDisk)).toEqual(recovered);
    } finally {
      for (const host of hosts) await host.stop();
      if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('host output', { body: output, contentType: 'text/plain' });
      await rm(scratch, { recursive: true, force: true });
    }
  });
}

test('a full disk: the banner says the save failed, that the text is still here and kept outside the library, and it saves once there is room', async ({
  page,
}, testInfo) => {
  const { scratch, libraryDir, configDir } = await folders();
  let output = '';
  let host: HostProcess | null = null;
  try {
    host = await startHostProcess({ libraryDir, configDir, onOutput: (text) => (output += text) });
    await newStory(page, host.url, 'Storm closes the harbour');
    // The host answers every save as a library on a full disk does (the library's own tests make a real one fail).
    const diskFull = {
      ok: false,
      error: {
        code: 'disk-full',
        message: `Could not save story.json: the disk holding ${libraryDir} is full. Your work is still open; free some space and save again.`,
      },
    };
    await page.route(/\/api\/story:save$/, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(diskFull) }));

    await page.getByLabel('Body', { exact: true }).locator('p').click();
    await page.keyboard.type('Boats stayed in port overnight.');
    const banner = page.getByRole('alert').filter({ hasText: 'Your latest changes are not saved yet.' });
    await expect(banner).toContainText('the disk holding');
    await expect(banner).toContainText('Your text is still here. Copydesk keeps trying by itself');
    await expect(banner).toContainText('Copydesk also keeps a recovery copy outside the library, so it will not be lost if Copydesk closes.');
    await page.screenshot({ path: join(SHOTS_DIR, 'save-failed-disk-full-1280.png') });

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status')).toHaveText(/^Saved at/);
    await expect(banner).toBeHidden();
    expect(bodyWords((await storyFile(libraryDir)).body[0]!.children[0]!.text)).toEqual(['Boats', 'stayed', 'in', 'port', 'overnight.']);
  } finally {
    await host?.stop();
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('host output', { body: output, contentType: 'text/plain' });
    await rm(scratch, { recursive: true, force: true });
  }
});
