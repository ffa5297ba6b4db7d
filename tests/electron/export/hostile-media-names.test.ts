// An export handed a story whose media names try to leave the story's media folder ("../", absolute paths,
// encoded dots, backslashes, a NUL). The bridge and the CLI parse stories with the schema first, which
// refuses such names; this is the export's own line behind that: it looks up, reads and copies only names
// Copydesk makes (<sha256>.<ext>), so no file outside the folder is embedded, linked or copied.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExport, exportStory } from '../../../electron/export/export-story.ts';
import { findStoryMedia } from '../../../electron/export/story-media.ts';
import type { ExportFormat } from '../../../shared/render/export-format.ts';
import type { MediaFile, Story } from '../../../shared/story/schema.ts';
import { useTempFolders } from '../helpers/temp-library.ts';
import { HOUSE_STYLE, photo, picturedStory } from './export-harness.ts';

const tempFolder = useTempFolders();

/** Bytes no export of the story may carry: a PNG header, then a marker. */
const SECRET = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.from('SECRET-NOT-FOR-EXPORT')]);

const HOSTILE_NAMES = [
  '../../secret.png',
  '../story.json',
  '../../../secret.png',
  'media/../../../secret.png',
  '%2e%2e/%2e%2e/secret.png',
  '..\\..\\secret.png',
  'secret.png\u0000.png',
];

/**
 * A saved story (two real pictures) and a secret picture beside its folder and above it; the story, as
 * handed to the export, then names the secret through each hostile name — and by its absolute path — in
 * the lead and the body.
 */
async function storyNaming(hostileNames: readonly string[]) {
  const root = await tempFolder();
  const names = [...hostileNames, join(root, 'secret.png')];
  const pictured = await picturedStory(root);
  await writeFile(join(pictured.folder, '..', 'secret.png'), SECRET);
  await writeFile(join(pictured.folder, '..', '..', 'secret.png'), SECRET);
  const hostile: Story = {
    ...pictured.story,
    lead: photo('lead', names[0] as MediaFile, 'The lead.'),
    body: [...pictured.story.body, ...names.map((name, index) => photo(`hostile-${index}`, name as MediaFile, `Photo ${index}.`))],
  };
  return { ...pictured, root, hostile, names };
}

async function allFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('the export with media names that lead out of the story folder', () => {
  it('finds none of them in the story’s media folder, though the files they name exist', async () => {
    const { hostile, folder, names } = await storyNaming(HOSTILE_NAMES);
    const media = await findStoryMedia(hostile, folder);
    for (const name of names) {
      expect(media.has(name as MediaFile), name).toBe(false);
      expect(() => media.pathOf(name as MediaFile)).toThrow();
    }
  });

  it('reports each as a missing picture in the check', async () => {
    const { hostile, folder } = await storyNaming(HOSTILE_NAMES);
    const problems = await checkExport(hostile, folder, 'html');
    expect(problems.filter((problem) => problem.code === 'media-missing')).toHaveLength(HOSTILE_NAMES.length + 2);
  });

  it.each<ExportFormat>(['html', 'html-folder', 'md'])('writes a %s export that neither carries nor links the secret picture', async (format) => {
    const { hostile, folder, root, names } = await storyNaming(HOSTILE_NAMES);
    const destination = join(root, 'exports', format === 'html-folder' ? 'story' : `story.${format}`);
    const before = await allFiles(root);

    const result = await exportStory({ story: hostile, storyFolder: folder, format, destination, houseStyle: HOUSE_STYLE, force: true });

    // Everything written lies in the export's own place: the file (and, for Markdown, media/ beside it) or the folder.
    const written = (await allFiles(root)).filter((file) => !before.includes(file));
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((file) => file.startsWith(join(root, 'exports'))), written.join('\n')).toBe(true);
    expect(written.filter((file) => !file.startsWith(destination)).every((file) => /[\\/]media[\\/][0-9a-f]{64}\.(jpg|png)$/.test(file))).toBe(true);
    expect(result.files.every((file) => !file.includes('..'))).toBe(true);
    for (const file of written) {
      const bytes = await readFile(file);
      expect(bytes.includes('SECRET-NOT-FOR-EXPORT'), file).toBe(false);
      expect(bytes.toString('latin1').includes(SECRET.toString('base64').slice(0, 40)), file).toBe(false);
      for (const name of names) expect(bytes.toString('utf8').includes(name), `${file} names ${name}`).toBe(false);
    }
  });
});
