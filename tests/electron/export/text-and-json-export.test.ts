import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportStory } from '../../../electron/export/export-story.ts';
import { parseStoryFile } from '../../../shared/story/parse.ts';
import { useTempFolders } from '../helpers/temp-library.ts';
import { HOUSE_STYLE, picturedStory } from './export-harness.ts';

const tempFolder = useTempFolders();

describe('exportStory(): txt', () => {
  it('writes one plain-text file with the story and its credits, and nothing beside it', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root);
    const out = join(root, 'exports');
    const destination = join(out, 'harbour.txt');
    const result = await exportStory({ story, storyFolder: folder, format: 'txt', destination, houseStyle: HOUSE_STYLE });
    expect(await readdir(out)).toEqual(['harbour.txt']);
    expect(result.files).toEqual(['harbour.txt']);
    const text = await readFile(destination, 'utf8');
    expect(result.bytes).toBe(Buffer.byteLength(text));
    expect(text).toContain('Harbour reopens after the storm');
    expect(text).toContain('The harbour reopened on Monday.');
    expect(text).toContain('Jane Doe');
    expect(text).not.toContain('mayor quote');
  });
});

describe('exportStory(): json', () => {
  it('writes the story file without the editor’s notes, which reads back as the same story', async () => {
    const root = await tempFolder();
    const { story, folder } = await picturedStory(root);
    expect(story.editorsNotes).toContain('mayor quote');
    const destination = join(root, 'harbour.json');

    const result = await exportStory({ story, storyFolder: folder, format: 'json', destination, houseStyle: HOUSE_STYLE });

    const text = await readFile(destination, 'utf8');
    expect(text).not.toContain('mayor quote');
    const { story: parsed, migratedFrom } = parseStoryFile(text, destination);
    expect(migratedFrom).toBeNull();
    expect(parsed.editorsNotes).toBe('');
    expect(parsed).toEqual({ ...story, editorsNotes: '' });
    expect(result).toMatchObject({ files: ['harbour.json'], bytes: Buffer.byteLength(text) });
  });
});
