import { readFile } from 'node:fs/promises';
import { CopydeskError } from '../../../shared/errors.ts';
import {
  fixAll,
  FIXES_NEEDING_A_PERSON,
  lintStory,
  locationNamer,
  storyStatistics,
  type LintProblem,
  type LintSeverity,
  type StoryStatistics,
} from '../../../shared/lint/index.ts';
import { parseStory, parseStoryFile } from '../../../shared/story/parse.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { writeFileAtomic } from '../../library/atomic-write.ts';
import { fileSystemError } from '../../library/fs-errors.ts';
import { booleanOption, JSON_OPTION, LIBRARY_OPTION, stringOption, type Command } from '../command.ts';
import { plural } from '../output.ts';
import { resolveStory } from '../resolve-story.ts';
import { STORY_ARGUMENT } from '../story-argument.ts';

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check a story against the house style',
  description:
    'Runs the house-style checks the editor shows: headline and slug, highlights, dateline, alt text, captions ' +
    'and credits (and whether a caption’s own credit agrees with the credit field), video running times, TK and ' +
    'XX placeholders, doubled words and spaces, straight quotes. Limits and the checks switched off come from ' +
    'the app’s preferences. Prints each problem with the place it is in, then the word count and reading ' +
    'time; exits with 1 if any problem is an error. With --fix, first applies every quick fix that needs no ' +
    'judgment (not a choice between two credits) and saves the story.',
  positionals: [STORY_ARGUMENT],
  options: {
    fix: { type: 'boolean', description: 'apply the quick fixes and save the story before listing what is left' },
    library: LIBRARY_OPTION,
    json: { ...JSON_OPTION, description: 'print { path, problems, statistics } as JSON' },
  },
  examples: [
    { command: 'copydesk lint ./2026-courthouse-arrests', description: 'a story folder' },
    { command: 'copydesk lint 2026-courthouse-arrests --fix', description: 'fix what can be fixed, list the rest' },
    { command: 'copydesk lint story.json --json', description: 'the problems and their fixes as JSON' },
  ],
  async run(input, { io, out, library, lintSettings }) {
    const { file } = await resolveStory(input.positionals[0]!, {
      cwd: io.cwd,
      library: () => library(stringOption(input, 'library')).path,
    });
    const text = await readFile(file, 'utf8').catch((error: unknown) => {
      throw fileSystemError(error, 'read the story', file);
    });
    let { story } = parseStoryFile(text, file);
    const settings = lintSettings();

    let fixedCount: number | null = null;
    if (booleanOption(input, 'fix')) {
      const result = fixAll(story, settings);
      fixedCount = result.fixed.length;
      if (fixedCount > 0) {
        story = await saveFixed(file, result.story);
        out.note(`Fixed ${plural(fixedCount, 'problem')} and saved ${file}.`);
      }
    }

    const problems = lintStory(story, settings);
    const statistics = storyStatistics(story);
    if (booleanOption(input, 'json')) {
      out.json({ path: file, ...(fixedCount === null ? {} : { fixed: fixedCount }), problems, statistics });
    } else {
      const name = locationNamer(story);
      for (const problem of problems) {
        out.line(`${file}: ${name(problem.where.path)}: ${problem.severity}: ${problem.message} [${problem.rule}]`);
      }
      out.line(summary(problems, statistics));
      const fixable = problems.filter((problem) => problem.fix && !FIXES_NEEDING_A_PERSON.has(problem.rule)).length;
      if (fixable > 0 && fixedCount === null) {
        out.note(`${plural(fixable, 'problem has', 'problems have')} a quick fix: run again with --fix to apply them.`);
      }
    }
    return problems.some((problem) => problem.severity === 'error') ? 1 : 0;
  },
};

/** Writes the fixed story over its file (atomically), marked as changed now; returns what was written. */
async function saveFixed(file: string, fixed: Story): Promise<Story> {
  let story: Story;
  try {
    story = parseStory({ ...fixed, updatedAt: new Date().toISOString() }, 'The fixed story is not valid', file);
  } catch (error) {
    // A fix that breaks the story is a bug in the fix, not something the user did.
    if (error instanceof CopydeskError) throw new CopydeskError('internal', `${error.message} Nothing was saved.`, { path: file });
    throw error;
  }
  await writeFileAtomic(file, `${JSON.stringify(story, null, 2)}\n`);
  return story;
}

const SEVERITY_WORDS: Record<LintSeverity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['hint', 'hints'],
};

/** "✗ 2 errors, 1 warning · 1,204 words, 5 min read" or "✓ No problems · …". */
function summary(problems: readonly LintProblem[], statistics: StoryStatistics): string {
  const counts = (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, problems.filter((problem) => problem.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => plural(count, ...SEVERITY_WORDS[severity]));
  const mark = problems.some((problem) => problem.severity === 'error') ? '✗' : '✓';
  const length = `${plural(statistics.words, 'word')}, ${statistics.readingMinutes} min read`;
  return `${mark} ${counts.length > 0 ? counts.join(', ') : 'No problems'} · ${length}`;
}
