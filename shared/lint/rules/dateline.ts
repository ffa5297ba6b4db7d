// The dateline: "WASHINGTON (AP) —", or a source alone as in CNN's "(CNN) —". Missing only when it has
// neither a place nor a source — and a dateline typed at the start of the first paragraph (as pasted or
// imported copy has it) is not missing: it is offered a move into the field, where it becomes data (the
// JSON-LD dateline) and prints exactly as before.

import { findDateline } from '../../text/dateline.ts';
import type { LintEdit } from '../lint-types.ts';
import type { LintRuleFamily } from '../rule.ts';

const DATELINE_MISSING = {
  id: 'dateline-missing',
  severity: 'warning',
  title: 'Dateline missing',
  description: 'The story has no dateline: the place it was reported from and the source, as in "WASHINGTON (AP) —".',
} as const;

const DATELINE_IN_TEXT = {
  id: 'dateline-in-text',
  severity: 'info',
  title: 'Dateline typed into the text',
  description:
    'The first paragraph opens with a dateline ("(CNN) —") while the dateline field is empty: moved into the field, it prints the same and is part of the story’s data.',
} as const;

export const datelineRules: LintRuleFamily = {
  rules: [DATELINE_MISSING, DATELINE_IN_TEXT],
  check({ story, parts, report }) {
    const { location, source } = story.dateline;
    if (location.trim() || source.trim()) return;

    // The first text of the body, if it is a paragraph: where a dateline would open the story.
    const first = parts.texts.find((field) => field.path[0] === 'body');
    const found = first && first.kind === 'rich-text' && first.path.length === 3 ? findDateline(first.text) : null;
    if (first && found && (found.dateline.location || found.dateline.source)) {
      const end = found.rest ? first.text.indexOf(found.rest, found.printed.length) : first.text.length;
      const edits: LintEdit[] = [
        { kind: 'replace-text', path: ['dateline', 'location'], start: 0, end: 0, text: found.dateline.location },
        { kind: 'replace-text', path: ['dateline', 'source'], start: 0, end: 0, text: found.dateline.source },
        { kind: 'replace-text', path: first.path, start: 0, end, text: '' },
      ].filter((edit) => edit.path[0] !== 'dateline' || edit.text !== '') as LintEdit[];
      report(
        DATELINE_IN_TEXT,
        `The first paragraph opens with the dateline “${found.printed}”: move it into the dateline field, where it prints the same.`,
        { path: first.path, start: 0, end },
        { label: `Move “${found.printed}” to the dateline`, edits },
      );
      return;
    }
    report(DATELINE_MISSING, 'The story has no dateline: add the place it was reported from and the source.', {
      path: ['dateline'],
    });
  },
};
