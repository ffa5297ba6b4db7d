// Text runs: bold and italic as <strong> and <em>.

import type { RenderLeafProps } from 'slate-react';

export function StoryLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  return <span {...attributes}>{content}</span>;
}
