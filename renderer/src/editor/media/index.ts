// Photos and videos in the editor: what the element switch and the toolbar plug in. The components find the
// story from EditedStoryContext (editor/story-context.ts) and use this window's bridge; an editor made with
// `withMedia(editor, { storyId, bridge })` uses those instead (tests, tools).
//
//   where                                              component (props)
//   ─────────────────────────────────────────────────  ───────────────────────────────────────────────────────
//   case 'media-preview'                               <MediaPreview attributes children element />   (void)
//   case 'empty-slot'                                  <EmptySlot attributes children element />      (void)
//   case 'credit': inside the element                  <CreditLine element />   "Credit kind" select + live line
//   case 'video': inside the element, before children  <VideoControls element />  video file; move up/down
//                                                       (related videos only); "Remove video"
//   case 'field' named 'duration', after children      <DurationCheck element id? />  (optional: "Duration must …")
//   toolbar                                            <InsertPhotoButton className? tabIndex? children? />
//                                                       accessible name "Insert photo"; images and videos
//   near the Editable, inside <Slate>                  <MediaImportStatus />   import progress, and errors (alert)
//
//   <Editable onDrop={(event) => handleMediaDrop(editor, event)}
//             onPaste={(event) => handleMediaPaste(editor, event)} … />
//
// Both handlers return true when they took the event (files dropped; a clipboard holding only pictures),
// which tells Editable not to handle it; false leaves it to Slate and the paste cleanup (with-paste.ts).
// `renderMediaElement` covers the two voids in one call. Commands (insert-media.ts) are plain
// `(editor, …)` functions, each one undo step.

import './media.css';

export { CreditLine, CREDIT_KIND_LABELS, type CreditLineProps } from './credit-line.tsx';
export { DurationCheck, DURATION_FORMAT_MESSAGE, durationProblem, type DurationCheckProps } from './duration-check.tsx';
export { EmptySlot, type EmptySlotProps } from './empty-slot.tsx';
export {
  addRelatedVideo,
  bodyInsertionPath,
  clipboardIsOnlyFiles,
  handleMediaDrop,
  handleMediaPaste,
  insertMediaBlocks,
  insertPhotos,
  moveRelatedVideo,
  newMediaId,
  newPhotoElement,
  newPosterElement,
  newVideoElement,
  placeFiles,
  regionPath,
  removeMediaBlock,
  setCreditKind,
  setLeadMedia,
  setMediaFile,
  setPoster,
  typingStart,
  type MediaItem,
} from './insert-media.ts';
export { InsertPhotoButton, type InsertPhotoButtonProps } from './insert-photo-button.tsx';
export { mediaContextOf, withMedia, type MediaContext } from './media-context.ts';
export { useMediaContext } from './use-media-context.ts';
export { MediaImportStatus } from './media-import-status.tsx';
export { MediaPreview, type MediaPreviewProps } from './media-preview.tsx';
export { renderMediaElement } from './render-media-element.tsx';
export { VideoControls, type VideoControlsProps } from './video-controls.tsx';
