// The story's way through the desk: the Desk panel (status, embargo, slug, keywords, editor's notes,
// corrections) beside the editor, and the embargo banner at the top of the story while the embargo holds.

export { DeskPanel, type DeskPanelProps } from './desk-panel.tsx';
export { EmbargoBanner } from './embargo-banner.tsx';
export { STATUS_LABELS } from './status.ts';
