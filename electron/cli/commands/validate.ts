import { readFile } from 'node:fs/promises';
import { countWords } from '../../../shared/text/word-count.ts';
import { bodyText } from '../../../shared/story/plain-text.ts';
import { fileSystemError } from '../../library/fs-errors.ts';
import { booleanOption, JSON_OPTION, LIBRARY_OPTION, stringOption, type Command } from '../command.ts';
import { plural } from '../output.ts';
import { resolveStory } from '../resolve-story.ts';
import { checkStory } from '../story-check.ts';
import { STORY_ARGUMENT } from '../story-argument.ts';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check that a story file is valid and its media files are there',
  description:
    'Checks that the story file is JSON in a story format this Copydesk reads, that every field is valid, and ' +
    "that every photo, video and poster it refers to is in the story's media/ folder. Prints each problem with " +
    'the file and the field, and exits with 1 if there is any. Never changes anything.',
  positionals: [STORY_ARGUMENT],
  options: {
    library: LIBRARY_OPTION,
    json: { ...JSON_OPTION, description: 'print { path, valid, wordCount, problems } as JSON' },
  },
  examples: [
    { command: 'copydesk validate ./2026-courthouse-arrests', description: 'a story folder' },
    { command: 'copydesk validate story.json', description: 'a story file' },
    { command: 'copydesk validate 2026-courthouse-arrests --library ~/Documents/Copydesk', description: 'a story in a library' },
  ],
  async run(input, { io, out, library }) {
    const { file, folder } = await resolveStory(input.positionals[0]!, {
      cwd: io.cwd,
      library: () => library(stringOption(input, 'library')).path,
    });
    const text = await readFile(file, 'utf8').catch((error: unknown) => {
      throw fileSystemError(error, 'read the story', file);
    });
    const { story, migratedFrom, problems } = await checkStory(text, file, folder);
    const wordCount = story ? countWords(bodyText(story)) : null;

    if (booleanOption(input, 'json')) {
      out.json({ path: file, valid: problems.length === 0, wordCount, problems });
    } else if (problems.length === 0) {
      out.line(`✓ ${file} is a valid Copydesk story (${plural(wordCount ?? 0, 'word')})`);
    } else {
      for (const { field, message } of problems) out.line(`${file}: ${field ? `${field}: ` : ''}${message}`);
      out.line(`✗ ${file} has ${plural(problems.length, 'problem')}`);
    }
    if (migratedFrom !== null) {
      out.note(`The file is in the older story format ${migratedFrom}; Copydesk upgrades it the next time it is saved.`);
    }
    return problems.length === 0 ? 0 : 1;
  },
};
