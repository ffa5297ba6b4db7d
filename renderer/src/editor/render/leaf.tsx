// Text runs: bold and italic as <strong> and <em>; house-style problems and misspelt words as underlines and
// Find's matches as a highlight (decorations, see ../decorations/decoration-store.ts), which are marks of the
// view and never of the story.

import type { RenderLeafProps } from 'slate-react';
import type { DecorationMarks } from '../decorations/decoration-store.ts';

export function StoryLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  const { lint, spelling, find } = leaf as typeof leaf & DecorationMarks;
  const classes: string[] = [];
  if (lint) classes.push('lint-mark', `lint-${lint.severity}`);
  if (spelling) classes.push('spelling-mark');
  if (find) classes.push(find.current ? 'find-match find-current' : 'find-match');
  if (classes.length === 0) return <span {...attributes}>{content}</span>;
  return (
    <span
      {...attributes}
      className={classes.join(' ')}
      data-lint-problems={lint ? lint.problemIds.join(' ') : undefined}
      data-misspelt={spelling ? spelling.word : undefined}
    >
      {content}
    </span>
  );
}
