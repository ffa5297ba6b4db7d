import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ExportResult } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import type { ExportProblem } from '../../../shared/render/export-check.ts';
import { defaultExportName, EXPORT_FORMATS, ExportFormat } from '../../../shared/render/export-format.ts';
import { parseStoryFile } from '../../../shared/story/parse.ts';
import { exportStory } from '../../export/export-story.ts';
import { fileSystemError } from '../../library/fs-errors.ts';
import { booleanOption, JSON_OPTION, LIBRARY_OPTION, stringOption, UsageError, type Command } from '../command.ts';
import { plural, type Output } from '../output.ts';
import { resolveStory } from '../resolve-story.ts';
import { STORY_ARGUMENT } from '../story-argument.ts';

const FORMAT_NAMES = ExportFormat.options;

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export a story as HTML, an HTML folder, Markdown, plain text or story JSON',
  description:
    'Writes the story in one format: html (one file, pictures inside it), html-folder (index.html and a media ' +
    'folder), md (Markdown, pictures in a media folder beside it), txt (wire-style plain text) or json (the ' +
    "story file without the editor's notes). Credits follow the house style in the app's preferences. Every " +
    'problem is printed first; a story with errors (no headline, a picture without credit or alt text, a ' +
    'missing media file) is not exported unless --force is given. Nothing already at --out is replaced ' +
    'unless --overwrite is given. Prints the path written, its files and their size.',
  positionals: [STORY_ARGUMENT],
  options: {
    format: {
      type: 'string',
      valueName: 'FORMAT',
      description: `the format: ${FORMAT_NAMES.join(', ')}`,
      required: true,
    },
    out: {
      type: 'string',
      valueName: 'PATH',
      description: 'the file (a folder for html-folder) to write (default: the slug and extension, here)',
    },
    force: { type: 'boolean', description: 'export even though the story has errors' },
    overwrite: { type: 'boolean', description: 'replace what is already at --out' },
    library: LIBRARY_OPTION,
    json: { ...JSON_OPTION, description: 'print { path, format, files, bytes, problems } as JSON' },
  },
  examples: [
    { command: 'copydesk export ./2026-courthouse-arrests --format html', description: 'courthouse-arrests.html in this folder' },
    {
      command: 'copydesk export 2026-courthouse-arrests --format html-folder --out ~/upload/courthouse --overwrite',
      description: 'a folder for the CMS, replacing last time’s',
    },
    { command: 'copydesk export story.json --format md --force', description: 'Markdown, even with problems' },
  ],
  async run(input, { io, out, library, houseStyle }) {
    const format = parseFormat(stringOption(input, 'format') ?? '');
    const spec = input.positionals[0]!;
    const { file, folder } = await resolveStory(spec, {
      cwd: io.cwd,
      library: () => library(stringOption(input, 'library')).path,
    });
    const text = await readFile(file, 'utf8').catch((error: unknown) => {
      throw fileSystemError(error, 'read the story', file);
    });
    const { story } = parseStoryFile(text, file);
    const outOption = stringOption(input, 'out');
    if (outOption !== undefined && !outOption.trim()) throw new UsageError('--out cannot be empty.', 'export');
    const destination = resolve(io.cwd, outOption ?? defaultExportName(story.slug, format));

    let result: ExportResult;
    try {
      result = await exportStory({
        story,
        storyFolder: folder,
        format,
        destination,
        houseStyle: houseStyle(),
        force: booleanOption(input, 'force'),
        overwrite: booleanOption(input, 'overwrite'),
      });
    } catch (error) {
      if (!(error instanceof CopydeskError)) throw error;
      if (error.code === 'export-blocked') {
        printProblems(out, (error.details.problems ?? []) as ExportProblem[]);
        const errors = (error.details.problems ?? []).filter((problem) => problem.severity === 'error').length;
        out.note(`copydesk: not exported: the story has ${plural(errors, 'error')}. Fix them, or pass --force to export anyway.`);
        return 1;
      }
      if (error.code === 'already-exists') {
        out.note(`copydesk: ${error.details.path ?? destination} already exists; nothing was written. Pass --overwrite to replace it, or choose another --out.`);
        return 1;
      }
      throw error;
    }

    printProblems(out, result.problems);
    if (booleanOption(input, 'json')) {
      out.json(result);
    } else {
      out.line(result.path);
      for (const written of result.files) out.line(`  ${written}`);
      out.line(`${plural(result.files.length, 'file')}, ${plural(result.bytes, 'byte')} (${EXPORT_FORMATS[format].label})`);
    }
    return 0;
  },
};

function parseFormat(value: string): ExportFormat {
  const parsed = ExportFormat.safeParse(value);
  if (parsed.success) return parsed.data;
  const list = FORMAT_NAMES.map((name) => `${name} (${EXPORT_FORMATS[name].label})`).join(', ');
  throw new UsageError(`--format must be one of: ${list}; not "${value}".`, 'export');
}

/** "error: …" and "warning: …", one a line on stderr, so stdout holds only what was written. */
function printProblems(out: Output, problems: readonly ExportProblem[]): void {
  for (const problem of problems) out.note(`${problem.severity}: ${problem.message}`);
}
