// Applying a quick fix's edits to a story, without touching the original: the CLI's `--fix` and the tests
// use it (the editor maps the same edits onto its Slate document itself). All edits of one call are read
// against the story as it was when it was checked, so several edits to one text are applied from its end
// backwards; edits that overlap, or that point at a field or range the story no longer has, are refused.

import { CopydeskError } from '../errors.ts';
import { Credit, type Inline, type Story, type Text } from '../story/schema.ts';
import type { LintEdit, StoryPath } from './lint-types.ts';

const describePath = (path: StoryPath) => path.map(String).join('.');

function refuse(message: string): CopydeskError {
  return new CopydeskError('invalid-argument', `The fix cannot be applied: ${message}`);
}

/** A copy of `value` with the value at `path` replaced by what `change` makes of it. */
function updateAt(value: unknown, path: StoryPath, depth: number, change: (current: unknown) => unknown): unknown {
  if (depth === path.length) return change(value);
  const key = path[depth]!;
  const missing = () => refuse(`the story has no ${describePath(path.slice(0, depth + 1))} (it changed since it was checked).`);
  if (Array.isArray(value)) {
    if (typeof key !== 'number' || !Number.isInteger(key) || key < 0 || key >= value.length) throw missing();
    const copy = value.slice();
    copy[key] = updateAt(value[key], path, depth + 1, change);
    return copy;
  }
  if (value === null || typeof value !== 'object' || typeof key !== 'string' || !Object.hasOwn(value, key)) throw missing();
  return { ...value, [key]: updateAt((value as Record<string, unknown>)[key], path, depth + 1, change) };
}

function isInlines(value: unknown): value is Inline[] {
  return Array.isArray(value) && value.every((node) => typeof node === 'object' && node !== null && ('text' in node || 'children' in node));
}

/**
 * Replaces characters start..end of rich text (offsets over all its runs, links included). The new text
 * takes the marks of the first character it replaces, or, for a pure insertion, of the text before it.
 * Runs left empty are dropped, and a link left with no text with them; the block keeps at least one run.
 */
export function replaceInInlines(inlines: readonly Inline[], start: number, end: number, text: string): Inline[] {
  let position = 0;
  let placed = false;
  // Where the new text goes: the run holding character `start`, or for an insertion the run ending there.
  const receives = (length: number) =>
    !placed && (end > start ? position <= start && start < position + length : position <= start && start <= position + length);

  const editLeaf = (leaf: Text): Text | null => {
    const length = leaf.text.length;
    const from = Math.min(Math.max(start - position, 0), length);
    const to = Math.min(Math.max(end - position, 0), length);
    let next = leaf.text.slice(0, from) + leaf.text.slice(to);
    if (receives(length)) {
      next = leaf.text.slice(0, from) + text + leaf.text.slice(to);
      placed = true;
    }
    position += length;
    return next === '' ? null : { ...leaf, text: next };
  };

  const result: Inline[] = [];
  for (const node of inlines) {
    if ('type' in node) {
      const children = node.children.map(editLeaf).filter((leaf): leaf is Text => leaf !== null);
      if (children.length > 0) result.push({ ...node, children });
    } else {
      const leaf = editLeaf(node);
      if (leaf) result.push(leaf);
    }
  }
  if (!placed && text !== '') result.push({ text });
  return result.length > 0 ? result : [{ text: '' }];
}

function inlinesLength(inlines: readonly Inline[]): number {
  let length = 0;
  for (const node of inlines) {
    if ('type' in node) for (const child of node.children) length += child.text.length;
    else length += node.text.length;
  }
  return length;
}

function applyOne(story: Story, edit: LintEdit): Story {
  if (edit.kind === 'set-credit') {
    const parsed = Credit.safeParse(edit.credit);
    if (!parsed.success) throw refuse(`the credit for ${describePath(edit.path)} is not a valid credit.`);
    return updateAt(story, edit.path, 0, (current) => {
      if (current === null || typeof current !== 'object' || Array.isArray(current)) {
        throw refuse(`${describePath(edit.path)} is not a credit.`);
      }
      return parsed.data;
    }) as Story;
  }
  return updateAt(story, edit.path, 0, (current) => {
    const length = typeof current === 'string' ? current.length : isInlines(current) ? inlinesLength(current) : null;
    if (length === null) throw refuse(`${describePath(edit.path)} is not text.`);
    if (!(0 <= edit.start && edit.start <= edit.end && edit.end <= length)) {
      throw refuse(`characters ${edit.start}–${edit.end} are outside ${describePath(edit.path)} (it changed since it was checked).`);
    }
    if (typeof current === 'string') return current.slice(0, edit.start) + edit.text + current.slice(edit.end);
    return replaceInInlines(current as Inline[], edit.start, edit.end, edit.text);
  }) as Story;
}

/** The story with every edit applied; the story passed in is left as it was. */
export function applyLintEdits(story: Story, edits: readonly LintEdit[]): Story {
  const pathKey = (edit: LintEdit) => JSON.stringify(edit.path);
  const startOf = (edit: LintEdit) => (edit.kind === 'replace-text' ? edit.start : 0);
  const endOf = (edit: LintEdit) => (edit.kind === 'replace-text' ? edit.end : 0);
  // Edits grouped by the field they change, later text first, so the offsets of earlier edits still hold.
  const ordered = edits
    .map((edit) => ({ edit, key: pathKey(edit) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : startOf(b.edit) - startOf(a.edit) || endOf(b.edit) - endOf(a.edit)))
    .map(({ edit }) => edit);
  for (let i = 1; i < ordered.length; i++) {
    const [later, earlier] = [ordered[i - 1]!, ordered[i]!];
    if (later.kind === 'replace-text' && earlier.kind === 'replace-text' && pathKey(later) === pathKey(earlier)) {
      if (earlier.end > later.start || (earlier.start === later.start && earlier.end === later.end)) {
        throw refuse(`two edits overlap in ${describePath(later.path)}.`);
      }
    }
  }
  return ordered.reduce(applyOne, story);
}
