// Templates are ordinary stories kept in the library's templates folder, one folder each:
//
//   <library>/templates/<name>/story.json      the template: a story like any other, edited like one
//   <library>/templates/<name>/template.json   its name and description, for the "New from template" list
//   <library>/templates/<name>/media/…         pictures every story made from it starts with
//
// They are not in the library's index of stories, so they never appear in the story list.

import { z } from 'zod';

export const TEMPLATES_FOLDER = 'templates';
export const TEMPLATE_INFO_FILE = 'template.json';

/** template.json: how the template is offered. Written by Copydesk for the built-in ones, by hand for others. */
export const TemplateInfo = z.object({
  name: z.string().trim().min(1).max(80),
  description: z.string().max(500).default(''),
});
export type TemplateInfo = z.infer<typeof TemplateInfo>;

/** What the "New from template" dialog lists. */
export interface TemplateSummary {
  /** The template story's id: `story:open` opens it for editing, `story:createFromTemplate` copies it. */
  id: string;
  name: string;
  description: string;
  /** Its folder inside the library: "templates/breaking-news". */
  folder: string;
  headline: string;
  updatedAt: string;
}

/** "breaking-news" → "Breaking news": the name of a template whose template.json is missing or unreadable. */
export function templateNameFromFolder(folder: string): string {
  const words = folder.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Template';
}

/**
 * Whether a story's folder (as `story:open` answers it) is a template of the library at `libraryRoot`. Both
 * are absolute paths as the Node side gives them; either separator is accepted so it holds on Windows too.
 */
export function isTemplateFolder(libraryRoot: string, storyFolder: string): boolean {
  const root = libraryRoot.replace(/[\\/]+$/, '');
  if (!storyFolder.startsWith(root)) return false;
  const rest = storyFolder.slice(root.length).split(/[\\/]+/).filter(Boolean);
  return rest.length === 2 && rest[0] === TEMPLATES_FOLDER;
}
