export { PreviewPane } from './preview-pane.tsx';
export { PreviewToggle, usePreviewShown } from './preview-toggle.tsx';
