// Rendering a story for the world: one HTML renderer for the preview and for export, Markdown, wire text,
// the structured data, and the check that says what would stop an export.
export * from './export-check.ts';
export * from './export-format.ts';
export * from './json-ld.ts';
export * from './render-options.ts';
export * from './story-lines.ts';
export * from './content-security-policy.ts';
export { renderStoryHtml, documentTitle } from './html/story-html.ts';
export * from './markdown.ts';
export * from './wire-text.ts';
