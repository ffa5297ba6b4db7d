// Media names that try to leave the story folder, sent through the bridge as every transport sends them:
// each channel that takes a story (save, save a copy, export check, export write, PDF) refuses it before a
// handler runs, and media:import never uses the file name it is told as a path.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBridgeHandlers, dispatch } from '../../../electron/bridge/handlers.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import { createNodePreferencesStore } from '../../../electron/preferences/preferences-store.ts';
import type { ImportedMedia } from '../../../shared/bridge/contract.ts';
import { picturedStory } from '../export/export-harness.ts';
import { useTempFolders } from '../helpers/temp-library.ts';

const tempFolder = useTempFolders();

const HOSTILE_NAMES = [
  '../../secret.png',
  '../story.json',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '%2e%2e/%2e%2e/secret.png',
  '..%2f..%2fsecret.png',
  '..\\..\\secret.png',
  `${'a'.repeat(64)}.png\u0000.html`,
  `${'a'.repeat(64)}.png/../../secret.png`,
  `${'A'.repeat(64)}.png`,
  `${'a'.repeat(64)}.svg`,
];

async function setup() {
  const root = await tempFolder();
  const pictured = await picturedStory(root);
  const preferences = createNodePreferencesStore({ configDir: await tempFolder(), libraryPath: pictured.library.root });
  const handlers = createBridgeHandlers({ libraries: LibrarySession.of(pictured.library), preferences });
  return { ...pictured, root, handlers };
}

describe('the bridge, given media names that lead out of the story folder', () => {
  it.each(HOSTILE_NAMES)('refuses %j in a story to save, copy, check or export, with a typed error naming the field', async (name) => {
    const { handlers, story, root, folder } = await setup();
    const opened = await dispatch(handlers, 'story:open', { id: story.id });
    if (!opened.ok) throw new Error(opened.error.message);
    const hostile = { ...story, lead: { ...story.lead!, media: name } };
    const destination = join(root, 'exports', 'story.html');
    const before = await readFile(join(folder, 'story.json'), 'utf8');

    const answers = await Promise.all([
      dispatch(handlers, 'story:save', { id: story.id, story: hostile, baseRevision: (opened.value as { revision: string }).revision }),
      dispatch(handlers, 'story:saveCopy', { story: hostile }),
      dispatch(handlers, 'export:check', { story: hostile, format: 'html' }),
      dispatch(handlers, 'export:write', { story: hostile, format: 'html-folder', destination, force: true }),
    ]);

    for (const answer of answers) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument', field: 'story.lead.media' } });
    }
    expect(await readFile(join(folder, 'story.json'), 'utf8')).toBe(before);
    expect(await readdir(root)).not.toContain('exports');
  });

  it('stores an imported file under its own hash name in the story’s media folder, whatever name it was sent with', async () => {
    const { handlers, story, folder, root } = await setup();
    // A picture the story does not have yet (its bytes differ from every fixture's by one at the end).
    const png = Buffer.concat([await readFile(join(import.meta.dirname, '../../fixtures/media/pasted-10x10.png')), Buffer.from([0])]);
    const before = await readdir(root, { recursive: true });
    for (const fileName of ['../../evil.png', '/etc/cron.d/evil', '..\\..\\evil.png', 'evil.png\u0000.html']) {
      const answer = await dispatch(handlers, 'media:import', { storyId: story.id, fileName, dataBase64: png.toString('base64') });
      expect(answer.ok, fileName).toBe(true);
      expect((answer as { value: ImportedMedia }).value.file).toMatch(/^[0-9a-f]{64}\.png$/);
    }
    const added = (await readdir(root, { recursive: true })).filter((path) => !before.includes(path)).map((path) => join(root, path));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/[\\/]media[\\/][0-9a-f]{64}\.png$/);
    expect(added[0]!.startsWith(join(folder, 'media'))).toBe(true);
  });

  it('refuses an import for a story id that is a path', async () => {
    const { handlers } = await setup();
    for (const storyId of ['../library', '..', '/etc', '01m8gk2c3d4e5f6g7h8j9k0m1n/../..']) {
      const answer = await dispatch(handlers, 'media:import', { storyId, fileName: 'a.png', dataBase64: '' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument', field: 'storyId' } });
    }
  });
});
