import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { countImport } from '../../import/import-counts.ts';
import { importIntoLibrary } from '../../import/save-imported-story.ts';
import { fileSystemError } from '../../library/fs-errors.ts';
import { StoryLibrary } from '../../library/story-library.ts';
import { booleanOption, JSON_OPTION, LIBRARY_OPTION, stringOption, type Command } from '../command.ts';
import { plural } from '../output.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'Make a story from a saved web page, wire copy, a .story file or a Word document',
  description:
    'Reads FILE — a saved web page (.html, .htm; the pictures in its "_files" folder come too), a Word ' +
    'document (.docx), or text (.txt: scraped page text or wire copy; .story: the CNN/DailyMail dataset) — and ' +
    'saves it as a new draft in the library: headline, highlights, byline, dateline, body, photos with their ' +
    'captions and credits, videos. Nothing is made up: what cannot be found is left empty, and what could not ' +
    'be placed is printed as a note and kept in the story\'s editor\'s notes. Pictures on the web are never ' +
    'downloaded. Prints the new story\'s folder, what it holds, and the notes.',
  positionals: [{ name: 'FILE', description: 'the file to import (.html, .htm, .docx, .txt, .story)' }],
  options: {
    library: LIBRARY_OPTION,
    json: { ...JSON_OPTION, description: 'print { path, id, source, headline, counts, notes } as JSON' },
  },
  examples: [
    { command: 'copydesk import ~/Downloads/courthouse.html --library ~/Documents/Copydesk', description: 'a saved news page' },
    { command: 'copydesk import cnn-courthouse-arrests.txt --json', description: 'page text, printing JSON for a script' },
  ],
  async run(input, { io, out, library }) {
    const file = resolve(io.cwd, input.positionals[0]!);
    const info = await stat(file).catch((error: unknown) => {
      throw fileSystemError(error, 'read the file to import', file);
    });
    if (!info.isFile()) throw new CopydeskError('unsupported-file', `${file} is a folder; import one file.`, { path: file });
    // Refused before reading: a 4 GB video named .txt is not read into memory to be turned down.
    if (info.size > MAX_IMPORT_BYTES) {
      throw new CopydeskError('unsupported-file', `${file} is larger than the ${MAX_IMPORT_BYTES / (1024 * 1024)} MB Copydesk imports.`, { path: file });
    }
    const bytes = await readFile(file).catch((error: unknown) => {
      throw fileSystemError(error, 'read the file to import', file);
    });
    const { path: root } = library(stringOption(input, 'library'));
    const lib = await StoryLibrary.open(root);
    const { opened, source, notes } = await importIntoLibrary(lib, {
      fileName: basename(file),
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      baseFolder: dirname(file),
    });
    const { story } = opened;
    const counts = countImport(story);

    if (booleanOption(input, 'json')) {
      out.json({ path: opened.path, id: story.id, source, headline: story.headline, counts, notes });
      return 0;
    }
    out.line(`Imported ${basename(file)} as a new story`);
    out.line(`  folder:     ${opened.path}`);
    out.line(`  headline:   ${story.headline || '(no headline)'}`);
    out.line(`  highlights: ${counts.highlights}`);
    out.line(`  paragraphs: ${counts.paragraphs}`);
    const missing = counts.photos - counts.photosWithPictures;
    out.line(`  photos:     ${counts.photos}${missing > 0 ? ` (${missing} without ${missing === 1 ? 'its picture' : 'their pictures'})` : ''}`);
    out.line(`  videos:     ${counts.videos}`);
    if (notes.length > 0) {
      out.line();
      out.line(`${plural(notes.length, 'note')}:`);
      for (const note of notes) out.line(`  ${note.severity === 'warning' ? '!' : '-'} ${note.message}`);
    }
    return 0;
  },
};
