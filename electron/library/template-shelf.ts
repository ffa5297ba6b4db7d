// The library's templates (shared/templates/template-summary.ts): ordinary story folders under
// <library>/templates, kept out of the index of stories. The shelf knows which template id lives in which
// folder, so the library can open, save and add media to a template like any story, and it writes the
// built-in templates the first time a library without a templates folder is asked for its templates.

import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CopydeskError } from '../../shared/errors.ts';
import { serializeStory } from '../../shared/story/index.ts';
import { BUILT_IN_TEMPLATES, builtInTemplateStory } from '../../shared/templates/built-in-templates.ts';
import {
  TEMPLATE_INFO_FILE,
  TEMPLATES_FOLDER,
  TemplateInfo,
  templateNameFromFolder,
  type TemplateSummary,
} from '../../shared/templates/template-summary.ts';
import { syncFolder, writeFileAtomic } from './atomic-write.ts';
import { fileSystemError } from './fs-errors.ts';
import { readStoryFolder, STORY_FILE } from './story-library.ts';

export interface TemplateShelfOptions {
  now: () => Date;
  /** A new story id, for each built-in template written. */
  newId: () => string;
}

export class TemplateShelf {
  /** The templates folder: <library>/templates. */
  readonly root: string;
  private readonly options: TemplateShelfOptions;
  /** Template id → its folder, as the last scan found them. */
  private readonly folders = new Map<string, string>();

  constructor(libraryRoot: string, options: TemplateShelfOptions) {
    this.root = join(libraryRoot, TEMPLATES_FOLDER);
    this.options = options;
  }

  has(id: string): boolean {
    return this.folders.has(id);
  }

  folderOf(id: string): string | null {
    return this.folders.get(id) ?? null;
  }

  /** Every template folder, for sweeping temporary files. */
  allFolders(): string[] {
    return [...this.folders.values()];
  }

  /** A template moved to the trash is no longer one. */
  forget(id: string): void {
    this.folders.delete(id);
  }

  /** The templates, by name; the built-in ones are written first when the library has no templates folder. */
  async list(isStoryId: (id: string) => boolean): Promise<TemplateSummary[]> {
    await this.writeBuiltInsIfMissing();
    return this.scan(isStoryId);
  }

  /**
   * Reads the templates folder (never writes): each sub-folder with a valid story.json is a template. One
   * that cannot be read is left out, as the index leaves out a broken story; so is one whose id is already
   * a story's (a story folder copied in by hand) or another template's.
   */
  async scan(isStoryId: (id: string) => boolean): Promise<TemplateSummary[]> {
    const entries = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    const found = new Map<string, string>();
    const summaries: TemplateSummary[] = [];
    const names = entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name);
    for (const name of names.sort()) {
      const folder = join(this.root, name);
      const story = await readStoryFolder(folder).then(
        (opened) => opened.story,
        () => null,
      );
      if (!story || isStoryId(story.id) || found.has(story.id)) continue;
      found.set(story.id, folder);
      const info = await readTemplateInfo(folder);
      summaries.push({
        id: story.id,
        name: info?.name ?? templateNameFromFolder(name),
        description: info?.description ?? '',
        folder: `${TEMPLATES_FOLDER}/${name}`,
        headline: story.headline,
        updatedAt: story.updatedAt,
      });
    }
    this.folders.clear();
    for (const [id, folder] of found) this.folders.set(id, folder);
    return summaries.sort((a, b) => a.name.localeCompare(b.name) || a.folder.localeCompare(b.folder));
  }

  /**
   * Writes the built-in templates when there is no templates folder at all: once per library, so templates
   * an editor changed or deleted stay as they are. They are written to a hidden folder and renamed into
   * place, so a crash never leaves half of them, and two windows asking at once write them once.
   */
  async writeBuiltInsIfMissing(): Promise<boolean> {
    if (await exists(this.root)) return false;
    const staging = join(this.root, '..', `.${TEMPLATES_FOLDER}-${randomBytes(6).toString('hex')}`);
    try {
      for (const template of BUILT_IN_TEMPLATES) {
        const folder = join(staging, template.folder);
        await mkdir(folder, { recursive: true });
        const story = builtInTemplateStory(template, { id: this.options.newId(), now: this.options.now() });
        await writeFileAtomic(join(folder, STORY_FILE), serializeStory(story));
        const info: TemplateInfo = { name: template.name, description: template.description };
        await writeFileAtomic(join(folder, TEMPLATE_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
      }
      // The template folders' names, then the staging folder's new name, reach the disk before it counts as written.
      await syncFolder(staging);
      await rename(staging, this.root);
      await syncFolder(dirname(this.root));
      return true;
    } catch (error) {
      await rm(staging, { recursive: true, force: true }).catch(() => {});
      if (await exists(this.root)) return false; // another window wrote them meanwhile
      throw fileSystemError(error, 'write the built-in templates', this.root);
    }
  }

  /** The template's folder, scanning again if it is not known yet (added by hand since the last look). */
  async requireFolder(id: string, isStoryId: (id: string) => boolean): Promise<string> {
    if (!this.folders.has(id)) await this.scan(isStoryId);
    const folder = this.folders.get(id);
    if (!folder) {
      throw new CopydeskError('not-found', `There is no template with id ${id} in ${this.root}.`);
    }
    return folder;
  }
}

/** template.json, or null when it is missing or not what it should be (the folder name stands in). */
async function readTemplateInfo(folder: string): Promise<TemplateInfo | null> {
  try {
    const parsed = TemplateInfo.safeParse(JSON.parse(await readFile(join(folder, TEMPLATE_INFO_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
