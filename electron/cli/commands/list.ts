import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { STORY_FILE, StoryLibrary } from '../../library/story-library.ts';
import { booleanOption, LIBRARY_OPTION, stringOption, type Command } from '../command.ts';
import { formatLocalTime, formatTable, plural, shellQuote, truncate } from '../output.ts';

const HEADLINE_WIDTH = 60;

export const listCommand: Command = {
  name: 'list',
  summary: 'List the stories in a library, most recently updated first',
  description:
    'Prints one line per story: when it was last updated, its status, its word count, its headline and its id. ' +
    'A story folder whose story.json cannot be read is named on stderr; `copydesk validate` says why.',
  positionals: [],
  options: { library: LIBRARY_OPTION, json: { type: 'boolean', description: 'print the story summaries as JSON' } },
  examples: [
    { command: 'copydesk list --library ~/Documents/Copydesk', description: 'the stories in that library' },
    { command: 'copydesk list --json', description: 'the summaries of the default library, for scripts' },
  ],
  async run(input, { out, library }) {
    const json = booleanOption(input, 'json');
    const { path: root } = library(stringOption(input, 'library'));

    // Listing must not create a library where there was none (a typo in --library would leave a folder).
    const rootInfo = await stat(root).catch(() => null);
    if (!rootInfo) {
      if (json) out.json([]);
      else emptyLibrary(out.line, root, `There is no library at ${root} yet.`);
      return 0;
    }

    const lib = await StoryLibrary.open(root);
    const stories = lib.list();
    if (json) {
      out.json(stories);
    } else if (stories.length === 0) {
      emptyLibrary(out.line, root, `The library at ${root} has no stories yet.`);
    } else {
      const rows = stories.map((story) => [
        formatLocalTime(story.updatedAt),
        story.status,
        String(story.wordCount),
        truncate(story.headline || '(no headline)', HEADLINE_WIDTH),
        story.id,
      ]);
      for (const line of formatTable([['UPDATED', 'STATUS', 'WORDS', 'HEADLINE', 'ID'], ...rows], new Set([2]))) {
        out.line(line);
      }
    }

    const unlisted = await unlistedStoryFolders(root, new Set(stories.map((story) => story.folder)));
    if (unlisted.length > 0) {
      out.note(
        `${plural(unlisted.length, 'story folder')} could not be listed: ${unlisted.join(', ')}. ` +
          `Run \`copydesk validate ${shellQuote(unlisted[0]!)} --library ${shellQuote(root)}\` to see why.`,
      );
    }
    return 0;
  },
};

function emptyLibrary(line: (text: string) => void, root: string, first: string): void {
  line(first);
  line(`Create the first story with: copydesk new --library ${shellQuote(root)} --headline "Your headline"`);
}

/**
 * Folders holding a story.json the library left out of its index (it could not read them, or they copy
 * another story's id). The library skips them silently so the app still opens; a person listing should know.
 */
async function unlistedStoryFolders(root: string, listed: ReadonlySet<string>): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const unlisted: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || listed.has(entry.name)) continue;
    const hasStory = await stat(join(root, entry.name, STORY_FILE)).then(
      (info) => info.isFile(),
      () => false,
    );
    if (hasStory) unlisted.push(entry.name);
  }
  return unlisted.sort();
}
