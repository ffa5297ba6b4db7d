export { PreviewPane } from './preview-pane.tsx';
export { PreviewToggle, usePreviewShortcut, usePreviewShown } from './preview-toggle.tsx';
