// Paste cleanup: what an editor pastes from Google Docs, Word, LibreOffice or a web page becomes clean
// story blocks, with warnings for whatever had to be left out.

export { type CleanPasteOptions, type PasteResult, cleanPastedHtml } from './clean-pasted-html.ts';
export { pastedPlainText, plainTextOnly } from './plain-text.ts';
export type { PastedBlock } from './rich-text.ts';
export type { PasteWarning, PasteWarningKind } from './warnings.ts';
