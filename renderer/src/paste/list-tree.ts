// Flat list entries (level, style, text) → nested story lists. Word's fake lists, Google Docs' <ul>-in-<ul>,
// LibreOffice's one-<ul>-per-level and ordinary nested HTML lists all arrive here as the same flat
// sequence, so nesting is decided in one place. The model nests a list under an item (ListItem.sublist),
// so a level that skips ahead ("level 1, then level 4") hangs under the item before it, one step deeper.

import type { List, ListItem } from '../../../shared/story/schema.ts';
import { type Run, toRichText } from './rich-text.ts';

export type ListStyle = List['style'];

export interface ListEntry {
  /** 1 for the outermost level. */
  level: number;
  style: ListStyle;
  runs: Run[];
  /** Word's list id ("l0"): a different list at the outer level starts a new list even in the same style. */
  listId?: string;
}

interface Open {
  list: List;
  level: number;
  listId: string | undefined;
}

/** The entries as one or more top-level lists; entries without text are left out. */
export function buildLists(entries: readonly ListEntry[]): List[] {
  const lists: List[] = [];
  const open: Open[] = [];
  for (const entry of entries) {
    const children = toRichText(entry.runs);
    if (children.length === 0) continue;
    const item: ListItem = { children };
    while (open.length > 0 && open.at(-1)!.level > entry.level) open.pop();
    const top = open.at(-1);
    if (!top) {
      startList(lists, open, entry, item);
    } else if (top.level === entry.level) {
      const startsAnother = open.length === 1 && (top.list.style !== entry.style || top.listId !== entry.listId);
      if (startsAnother) startList(lists, open, entry, item);
      else top.list.items.push(item);
    } else {
      // Deeper: the new level belongs to the last item of the list above it.
      const parent = top.list.items.at(-1)!;
      parent.sublist ??= { type: 'list', style: entry.style, items: [] };
      parent.sublist.items.push(item);
      open.push({ list: parent.sublist, level: entry.level, listId: entry.listId });
    }
  }
  return lists;
}

function startList(lists: List[], open: Open[], entry: ListEntry, item: ListItem) {
  const list: List = { type: 'list', style: entry.style, items: [item] };
  lists.push(list);
  open.length = 0;
  open.push({ list, level: entry.level, listId: entry.listId });
}
