// story:import through dispatch, as every transport calls it, and through the browser host's HTTP: the
// transports pick the channel up from the contract's table, with nothing written for it by hand.

import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBridgeHandlers, dispatch } from '../../../electron/bridge/handlers.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host.ts';
import { StoryLibrary } from '../../../electron/library/story-library.ts';
import { createNodePreferencesStore } from '../../../electron/preferences/preferences-store.ts';
import {
  BRIDGE_CHANNELS,
  createBridgeClient,
  MAX_IMPORT_BYTES,
  type ImportedStoryResult,
} from '../../../shared/bridge/contract.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();
const CNN_PAGE_TEXT = join(import.meta.dirname, '../../../../shared/fixtures/cnn-courthouse-arrests.txt');
const WEB = join(import.meta.dirname, '../../fixtures/import/web');

async function setup() {
  const library = await StoryLibrary.open(await tempFolder());
  const preferences = createNodePreferencesStore({ configDir: await tempFolder(), libraryPath: library.root });
  const handlers = createBridgeHandlers({ libraries: LibrarySession.of(library), preferences });
  return { library, handlers };
}

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

describe('story:import', () => {
  it('makes a story from the CNN page text and answers it opened, with the notes', async () => {
    const { library, handlers } = await setup();
    const answer = await dispatch(handlers, 'story:import', { fileName: 'cnn-courthouse-arrests.txt', dataBase64: base64(readFileSync(CNN_PAGE_TEXT)) });
    expect(answer.ok).toBe(true);
    const { opened, notes } = (answer as { value: ImportedStoryResult }).value;
    expect(opened.story.headline).toBe('');
    expect(opened.story.highlights).toHaveLength(2);
    expect(notes).toContainEqual(expect.objectContaining({ severity: 'warning', path: ['headline'] }));
    expect(library.list().map((summary) => summary.id)).toEqual([opened.story.id]);
    expect(await library.open(opened.story.id)).toEqual(opened);
  });

  it('cannot reach a saved page’s folder from the bytes alone, and says so for each picture', async () => {
    const { handlers } = await setup();
    const answer = await dispatch(handlers, 'story:import', {
      fileName: 'harbour-gazette-ferry-strike.html',
      dataBase64: base64(readFileSync(join(WEB, 'harbour-gazette-ferry-strike.html'))),
    });
    const { opened, notes } = (answer as { value: ImportedStoryResult }).value;
    expect(opened.story.lead).toMatchObject({ type: 'photo', media: null, caption: expect.stringContaining('Cars queue') });
    expect(notes.filter((note) => /saved beside the page/.test(note.message)).map((note) => note.path)).toEqual([['lead'], ['body', 6]]);
  });

  it('answers a file it does not read with a typed error, and makes no story', async () => {
    const { library, handlers } = await setup();
    const answer = await dispatch(handlers, 'story:import', { fileName: 'scan.pdf', dataBase64: base64('%PDF-1.7') });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unsupported-file', message: expect.stringContaining('Copydesk cannot import “scan.pdf”') } });
    expect(library.list()).toEqual([]);
  });

  it('refuses arguments that fail the schema before any reading: a missing name, non-base64, too large', async () => {
    const { handlers } = await setup();
    for (const args of [
      { fileName: '', dataBase64: 'aGk=' },
      { fileName: 'a'.repeat(256), dataBase64: 'aGk=' },
      { fileName: 'a.txt', dataBase64: 'not base64!' },
      { fileName: 'a.txt', dataBase64: 'aGk=', path: '/etc/passwd' },
    ]) {
      expect(await dispatch(handlers, 'story:import', args)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    const limit = BRIDGE_CHANNELS['story:import'].input.shape.dataBase64;
    expect(limit.safeParse('A'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4)).success).toBe(false);
  });

  it('is on the bridge the preload and the browser host build from the contract, as bridge.story.import', async () => {
    const invoke = vi.fn(async () => ({ opened: null, notes: [] }));
    const bridge = createBridgeClient(invoke, () => () => {});
    await bridge.story.import({ fileName: 'a.txt', dataBase64: 'aGk=' });
    expect(invoke).toHaveBeenCalledWith('story:import', { fileName: 'a.txt', dataBase64: 'aGk=' });
  });
});

describe('story:import through the browser host', () => {
  let host: BrowserHost | undefined;
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  it('imports a file posted to /api/story:import', async () => {
    const { library, handlers } = await setup();
    const staticRoot = await tempFolder();
    await writeFile(join(staticRoot, 'index.html'), '<!doctype html><title>Copydesk</title>');
    host = await startBrowserHost({ handlers, library, staticRoot, token: 'test-token-0123456789' });
    const response = await fetch(`http://127.0.0.1:${host.port}/api/story:import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-copydesk-token': 'test-token-0123456789' },
      body: JSON.stringify({ fileName: 'reuters.html', dataBase64: base64(readFileSync(join(WEB, 'reuters-jakarta-volcano.html'))) }),
    });
    const answer = (await response.json()) as { ok: boolean; value: ImportedStoryResult };
    expect(answer.ok).toBe(true);
    expect(answer.value.opened.story.headline).toBe('Indonesia raises alert level as Mount Lokon spews ash, flights diverted');
    expect(library.list()).toHaveLength(1);
  });
});
