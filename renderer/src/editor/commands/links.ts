// Links: inserted, changed and removed from the selection. Only web pages and mail, by the same rule as the
// story file (LinkUrl in shared/story/schema.ts), so a link the editor accepts is a link that saves.

import { Editor, Range, Transforms, type NodeEntry } from 'slate';
import { LinkUrl } from '../../../../shared/story/schema.ts';
import type { LinkElement } from '../document/types.ts';
import { isElementOf } from '../queries.ts';
import { canFormatText } from './marks.ts';

/** What a person typed as an address, made complete: "www.cnn.com" → "https://www.cnn.com". */
export function completeLinkUrl(input: string): string {
  const url = input.trim();
  if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(url)) return `mailto:${url}`;
  if (/^(www\.|[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,})(?=[/:?#]|$)/i.test(url)) return `https://${url}`;
  return url;
}

/** Why an address cannot be a link, in words for the person, or null when it can. */
export function linkUrlProblem(url: string): string | null {
  if (url.trim() === '') return 'Type the address the link goes to.';
  if (LinkUrl.safeParse(url).success) return null;
  if (/\s/.test(url)) return 'A link address cannot contain spaces.';
  return 'A link must start with http://, https:// or mailto:.';
}

export function activeLink(editor: Editor): NodeEntry<LinkElement> | undefined {
  if (!editor.selection) return undefined;
  const [entry] = Editor.nodes<LinkElement>(editor, { match: (node) => isElementOf(node, 'link') });
  return entry;
}

/** Links go in the body's running text. */
export function canLink(editor: Editor): boolean {
  return canFormatText(editor);
}

/**
 * Links the selected text to `url` (or, with nothing selected, inserts the address itself as a link). Inside
 * an existing link, changes its address. False when the address is refused or the place takes no links.
 */
export function insertLink(editor: Editor, url: string): boolean {
  if (linkUrlProblem(url) !== null || !canLink(editor) || !editor.selection) return false;
  if (activeLink(editor)) return editLink(editor, url);
  const link: LinkElement = { type: 'link', url, children: [] };
  if (Range.isCollapsed(editor.selection)) {
    Transforms.insertNodes(editor, { ...link, children: [{ text: url }] });
  } else {
    Transforms.wrapNodes(editor, link, { split: true });
    Transforms.collapse(editor, { edge: 'end' });
  }
  // Past the link, so what is typed next is not part of it.
  Transforms.move(editor, { unit: 'offset' });
  return true;
}

export function editLink(editor: Editor, url: string): boolean {
  if (linkUrlProblem(url) !== null || !activeLink(editor)) return false;
  Transforms.setNodes(editor, { url }, { match: (node) => isElementOf(node, 'link') });
  return true;
}

export function removeLink(editor: Editor): boolean {
  if (!activeLink(editor)) return false;
  Transforms.unwrapNodes(editor, { match: (node) => isElementOf(node, 'link') });
  return true;
}
