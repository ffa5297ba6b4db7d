// The story's history: the dialog, a button that opens it, and the read-only view of one version.

export { HistoryButton, type HistoryButtonProps } from './history-button.tsx';
export { HistoryPanel, type HistoryPanelProps, type HistorySession } from './history-panel.tsx';
export { StoryReadOnly, type StoryReadOnlyProps } from './story-read-only.tsx';
