import { basename } from 'node:path';
import { summarizeStory } from '../../../shared/story/summary.ts';
import { StoryLibrary } from '../../library/story-library.ts';
import { booleanOption, JSON_OPTION, LIBRARY_OPTION, stringOption, UsageError, type Command } from '../command.ts';

export const newCommand: Command = {
  name: 'new',
  summary: 'Create a story in a library',
  description:
    'Creates a draft story with the headline (and a byline) in a new folder of the library, and prints its id ' +
    "and folder. Without --author the byline is the author name from the app's preferences, if one is set. " +
    'The library folder is created if it does not exist yet.',
  positionals: [],
  options: {
    library: LIBRARY_OPTION,
    headline: { type: 'string', valueName: 'TEXT', description: 'the headline (one line)', required: true },
    author: { type: 'string', valueName: 'NAME', description: 'the name on the byline' },
    json: { ...JSON_OPTION, description: 'print the new story summary and its folder as JSON' },
  },
  examples: [
    {
      command: 'copydesk new --library ~/Documents/Copydesk --headline "Courthouse arrests spark protest"',
      description: 'a draft with that headline',
    },
    {
      command: 'copydesk new --headline "Storm closes schools" --author "Laura Jarrett" --json',
      description: 'in the default library, printing JSON for a script',
    },
  ],
  async run(input, { out, library, defaultAuthor }) {
    const headline = stringOption(input, 'headline') ?? '';
    // parseArgs has checked that --headline is there; an empty one would make an untitled folder nobody finds.
    if (!headline.trim()) throw new UsageError('--headline cannot be empty.', 'new');
    const author = stringOption(input, 'author') ?? defaultAuthor();
    const { path: root } = library(stringOption(input, 'library'));

    const lib = await StoryLibrary.open(root);
    const { story, path } = await lib.create({ headline, author });
    if (booleanOption(input, 'json')) {
      out.json({ ...summarizeStory(story, basename(path)), path });
    } else {
      out.line(`Created "${story.headline}"`);
      out.line(`  id:     ${story.id}`);
      out.line(`  folder: ${path}`);
    }
    return 0;
  },
};
