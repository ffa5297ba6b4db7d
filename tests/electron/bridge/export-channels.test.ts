// The export channels (export:check, export:write, export:chooseDestination) through dispatch, as every
// transport calls them, against a real library in a temporary folder.

import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBridgeHandlers, dispatch, type BridgeServices } from '../../../electron/bridge/handlers.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import { createNodePreferencesStore } from '../../../electron/preferences/preferences-store.ts';
import type { ExportCheck, ExportResult } from '../../../shared/bridge/contract.ts';
import { newStoryId, RANDOM_BYTES_FOR_ID } from '../../../shared/story/ids.ts';
import { picturedStory } from '../export/export-harness.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();

async function setup(services: Partial<BridgeServices> = {}) {
  const root = await tempFolder();
  const pictured = await picturedStory(root);
  const preferences = createNodePreferencesStore({ configDir: await tempFolder(), libraryPath: pictured.library.root });
  const handlers = createBridgeHandlers({ libraries: LibrarySession.of(pictured.library), preferences, ...services });
  const call = async <T,>(channel: string, args: unknown): Promise<T> => {
    const answer = await dispatch(handlers, channel, args);
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error);
    return answer.value as T;
  };
  return { ...pictured, root, preferences, handlers, call };
}

describe('export:check', () => {
  it('answers no problems for a whole story, and a place beside the library named by the slug', async () => {
    const { call, story, library } = await setup();
    const check = await call<ExportCheck>('export:check', { story, format: 'html' });
    expect(check).toEqual({
      problems: [],
      suggestedPath: join(dirname(library.root), 'Copydesk Exports', `${story.slug}.html`),
    });
  });

  it('looks the media up in the story’s folder on disk', async () => {
    const { call, story, folder, pictures } = await setup();
    await rm(join(folder, 'media', pictures[0]));
    const check = await call<ExportCheck>('export:check', { story, format: 'html-folder' });
    expect(check.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'media-missing', where: 'lead' })]);
    expect(check.suggestedPath).toMatch(/Copydesk Exports[\\/]harbour-reopens-after-the-storm$/);
  });

  it('counts the media of a story that is not in the library as missing', async () => {
    const { call, story } = await setup();
    const stranger = { ...story, id: newStoryId(Date.now(), new Uint8Array(RANDOM_BYTES_FOR_ID)) };
    const check = await call<ExportCheck>('export:check', { story: stranger, format: 'html' });
    expect(check.problems.map((problem) => problem.code)).toEqual(['media-missing', 'media-missing']);
  });

  it('refuses a format it does not know before anything runs', async () => {
    const { handlers, story } = await setup();
    const answer = await dispatch(handlers, 'export:check', { story, format: 'pdf' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('export:write', () => {
  it('writes the story as this window has it, in the house style from the preferences', async () => {
    const { call, story, root, preferences } = await setup();
    preferences.update({ creditStyle: 'ap' });
    const destination = join(root, 'exports', 'harbour.html');
    const edited = { ...story, headline: 'Harbour reopens, boats return' };

    const result = await call<ExportResult>('export:write', { story: edited, format: 'html', destination });

    expect(result).toMatchObject({ path: destination, format: 'html', files: ['harbour.html'], problems: [] });
    const html = await readFile(destination, 'utf8');
    expect(html).toContain('Harbour reopens, boats return');
    expect(html).toContain('data:image/png;base64,');
    expect(html).toContain('(AP Photo/Jane Doe)');
  });

  it('is refused with export-blocked and every problem when the story has errors', async () => {
    const { handlers, story, root } = await setup();
    const answer = await dispatch(handlers, 'export:write', {
      story: { ...story, headline: '' },
      format: 'txt',
      destination: join(root, 'harbour.txt'),
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'export-blocked', problems: [expect.objectContaining({ code: 'no-headline', severity: 'error' })] },
    });
  });

  it('exports anyway when forced', async () => {
    const { call, story, root } = await setup();
    const destination = join(root, 'harbour.txt');
    const result = await call<ExportResult>('export:write', { story: { ...story, headline: '' }, format: 'txt', destination, force: true });
    expect(result.problems.map((problem) => problem.code)).toEqual(['no-headline']);
  });

  it('is refused with already-exists rather than replacing a file, unless told to overwrite', async () => {
    const { call, handlers, story, root } = await setup();
    const destination = join(root, 'harbour.json');
    await call('export:write', { story, format: 'json', destination });
    const again = await dispatch(handlers, 'export:write', { story, format: 'json', destination });
    expect(again).toMatchObject({ ok: false, error: { code: 'already-exists', path: destination } });
    await expect(call('export:write', { story, format: 'json', destination, overwrite: true })).resolves.toBeTruthy();
  });

  it('refuses a destination that is not an absolute path', async () => {
    const { handlers, story } = await setup();
    const answer = await dispatch(handlers, 'export:write', { story, format: 'txt', destination: 'harbour.txt' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('export:chooseDestination', () => {
  it('answers unsupported where there is no native dialog (the browser host)', async () => {
    const { call } = await setup();
    expect(await call('export:chooseDestination', { format: 'html', suggestedPath: '/tmp/x.html' })).toEqual({
      supported: false,
      path: null,
    });
  });

  it('asks the dialog service with the format and the suggested path, and answers its choice', async () => {
    const chooseExportDestination = vi.fn(async () => '/home/ana/story.md');
    const { call } = await setup({ chooseExportDestination });
    expect(await call('export:chooseDestination', { format: 'md', suggestedPath: '/home/ana/x.md' })).toEqual({
      supported: true,
      path: '/home/ana/story.md',
    });
    expect(chooseExportDestination).toHaveBeenCalledWith('md', '/home/ana/x.md');
  });

  it('answers a null path when the person cancels', async () => {
    const { call } = await setup({ chooseExportDestination: async () => null });
    expect(await call('export:chooseDestination', { format: 'html', suggestedPath: '' })).toEqual({ supported: true, path: null });
  });
});

describe('export:pdf', () => {
  it('answers unsupported where the app cannot print to PDF (the browser host), which then prints instead', async () => {
    const { call, story } = await setup();
    expect(await call('export:pdf', { story })).toEqual({ supported: false, path: null });
  });

  it('hands the PDF service the story, its pictures’ folder, the house style and <slug>.pdf beside the exports', async () => {
    const exportPdf = vi.fn(async () => '/home/ana/harbour.pdf');
    const { call, story, folder, library, preferences } = await setup({ exportPdf });
    preferences.update({ creditStyle: 'ap' });
    expect(await call('export:pdf', { story })).toEqual({ supported: true, path: '/home/ana/harbour.pdf' });
    expect(exportPdf).toHaveBeenCalledWith({
      story,
      storyFolder: folder,
      houseStyle: { creditStyle: 'ap', customCreditPattern: preferences.get().customCreditPattern },
      suggestedPath: join(dirname(library.root), 'Copydesk Exports', `${story.slug}.pdf`),
    });
  });

  it('answers a null path when the person cancels', async () => {
    const { call, story } = await setup({ exportPdf: async () => null });
    expect(await call('export:pdf', { story })).toEqual({ supported: true, path: null });
  });

  it('refuses something that is not a story before the PDF service sees it', async () => {
    const exportPdf = vi.fn(async () => '/x.pdf');
    const { handlers } = await setup({ exportPdf });
    const answer = await dispatch(handlers, 'export:pdf', { story: { headline: 'Not a story' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(exportPdf).not.toHaveBeenCalled();
  });
});
