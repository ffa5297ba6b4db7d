// What a renderer needs besides the story: the house style for credits, the stylesheet, and where media
// files are found. The same story and the same options always give the same bytes: nothing here reads a
// clock, and the export time is printed only when it is passed in.

import { MediaFile } from '../story/schema.ts';
import type { CreditHouseStyle } from './story-lines.ts';

export interface HtmlRenderOptions extends CreditHouseStyle {
  /** The story stylesheet (assets/styles/story.css), written into the document's <style>. */
  stylesheet: string;
  /**
   * The address an <img> or <video> loads a media file from: a data: URI in the single-file export,
   * "media/<file>" in the folder export, the app's media URL in the preview. null when the file is not
   * available, and the picture is left out (the export check has already said so).
   */
  mediaUrl: (file: MediaFile) => string | null;
  /**
   * Whether <video> elements may point at video files. The single-file export cannot embed a video (a data:
   * URI of a clip is tens of megabytes), so it shows the poster with the title and running time instead.
   */
  includeVideoFiles?: boolean;
  /** Image and video sources the document's CSP allows besides 'self' and data: (the preview's media URLs). */
  extraMediaSources?: readonly string[];
  /** The language of the story's text, for <html lang> and JSON-LD inLanguage. Default "en". */
  language?: string;
  /** When set, printed as <meta name="generated"> (an ISO 8601 time). Left out by default so output is stable. */
  generatedAt?: string;
}

/** The relative path the folder export writes a media file to; also how JSON-LD names a picture. */
export function mediaPath(file: MediaFile): string {
  return `media/${file}`;
}

/**
 * Whether a media name is one Copydesk makes (`<sha256>.<ext>`): the only kind an output may name. A story
 * that did not come through the schema could hold "../../secret.png", which must not become a link.
 */
export function isOwnMediaFile(file: string): file is MediaFile {
  return MediaFile.safeParse(file).success;
}
