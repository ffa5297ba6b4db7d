import { readFile } from 'node:fs/promises';
import { CopydeskError } from '../../../shared/errors.ts';
import { parseStoryFile } from '../../../shared/story/parse.ts';
import { fileSystemError } from '../../library/fs-errors.ts';
import { booleanOption, JSON_OPTION, LIBRARY_OPTION, stringOption, type Command } from '../command.ts';
import { shellQuote } from '../output.ts';
import { resolveStory } from '../resolve-story.ts';
import { STORY_ARGUMENT } from '../story-argument.ts';
import { storyToText } from '../story-text.ts';

export const showCommand: Command = {
  name: 'show',
  summary: 'Print a story as text, or as its JSON',
  description:
    'Prints the headline, subheadline, highlights, byline, dateline, status, slug and keywords, then the body ' +
    'as plain text (## subheads, > quotes, • lists), each photo and video on one line with its caption and ' +
    'credit fields. With --json, prints the story as Copydesk reads it (older files upgraded, defaults filled in).',
  positionals: [STORY_ARGUMENT],
  options: { library: LIBRARY_OPTION, json: { ...JSON_OPTION, description: 'print the story JSON' } },
  examples: [
    { command: 'copydesk show ~/Documents/Copydesk/2026-courthouse-arrests', description: 'a story folder' },
    { command: 'copydesk show 2026-courthouse-arrests', description: 'a folder name in the default library' },
    { command: 'copydesk show 01kbx3q6c8d9e0f1g2h3j4k5m6 --library ./desk --json', description: 'a story by id, as JSON' },
  ],
  async run(input, { io, out, library }) {
    const { file } = await resolveStory(input.positionals[0]!, {
      cwd: io.cwd,
      library: () => library(stringOption(input, 'library')).path,
    });
    const text = await readFile(file, 'utf8').catch((error: unknown) => {
      throw fileSystemError(error, 'read the story', file);
    });
    const { story, migratedFrom } = parseWithHint(text, file, input.positionals[0]!);
    if (booleanOption(input, 'json')) {
      out.json(story);
    } else {
      for (const line of storyToText(story)) out.line(line);
    }
    if (migratedFrom !== null) {
      out.note(`This file is in story format ${migratedFrom}; it was upgraded for display and has not been changed.`);
    }
    return 0;
  },
};

/** parseStoryFile names the first problem only; point at the command that lists them all. */
function parseWithHint(text: string, file: string, spec: string): ReturnType<typeof parseStoryFile> {
  try {
    return parseStoryFile(text, file);
  } catch (error) {
    if (!(error instanceof CopydeskError) || error.code !== 'invalid-story') throw error;
    const hint = `Run \`copydesk validate ${shellQuote(spec)}\` to see every problem.`;
    throw new CopydeskError(error.code, `${error.message} (${file}) ${hint}`, error.details);
  }
}
