// The formats a story leaves Copydesk in, as the CLI, the bridge and the Export menu name them.

import { z } from 'zod';

export const ExportFormat = z.enum(['html', 'html-folder', 'md', 'txt', 'json']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export interface ExportFormatInfo {
  /** What the menu says: "HTML (single file)". */
  label: string;
  /** The file extension written, or null for a folder. */
  extension: string | null;
  mimeType: string;
  /** One line for help texts and the export dialog. */
  description: string;
}

export const EXPORT_FORMATS: Record<ExportFormat, ExportFormatInfo> = {
  html: {
    label: 'HTML (single file)',
    extension: 'html',
    mimeType: 'text/html',
    description: 'One HTML file with every picture inside it: opens offline in any browser.',
  },
  'html-folder': {
    label: 'HTML (folder)',
    extension: null,
    mimeType: 'text/html',
    description: 'A folder with index.html and a media folder beside it: ready to upload to a CMS.',
  },
  md: {
    label: 'Markdown',
    extension: 'md',
    mimeType: 'text/markdown',
    description: 'Markdown, with the pictures written to a media folder beside it.',
  },
  txt: {
    label: 'Plain text (wire style)',
    extension: 'txt',
    mimeType: 'text/plain',
    description: 'Plain text as the wires send it: credits in parentheses after captions.',
  },
  json: {
    label: 'Story JSON',
    extension: 'json',
    mimeType: 'application/json',
    description: 'The story as Copydesk stores it, without the editor’s notes.',
  },
};

/** The name an export is given by default: "courthouse-arrests.html", or the folder "courthouse-arrests". */
export function defaultExportName(slug: string, format: ExportFormat): string {
  const stem = slug || 'story';
  const extension = EXPORT_FORMATS[format].extension;
  return extension ? `${stem}.${extension}` : stem;
}
