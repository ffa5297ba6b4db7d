// Inside a video element, before its fields: the video file itself (a player once there is one, or "No
// video file" with a button to choose one), and the block's own buttons — remove it, and in the
// related-video list move it up or down. contentEditable=false: none of it is text of the story.

import { useState } from 'react';
import { Node } from 'slate';
import { useSlateSelector, useSlateStatic } from 'slate-react';
import type { VideoElement } from '../document/types.ts';
import { mediaUrl } from '../../media/media-url.ts';
import { chooseMedia } from './choose-media.ts';
import { pathOf, regionTypeOf } from './element-path.ts';
import { moveRelatedVideo, removeMediaBlock, setMediaFile } from './insert-media.ts';
import { useMediaContext } from './use-media-context.ts';

export interface VideoControlsProps {
  /** The video element being rendered. */
  element: VideoElement;
}

interface Place {
  region: string | null;
  index: number;
  count: number;
}

function placeOf(editor: Parameters<typeof pathOf>[0], element: VideoElement): Place {
  const path = pathOf(editor, element);
  if (!path) return { region: null, index: 0, count: 0 };
  const region = regionTypeOf(editor, path);
  const parent = Node.parent(editor, path);
  return { region, index: path.at(-1)!, count: parent.children.length };
}

const samePlace = (a: Place | null, b: Place) => !!a && a.region === b.region && a.index === b.index && a.count === b.count;

export function VideoControls({ element }: VideoControlsProps) {
  const editor = useSlateStatic();
  const place = useSlateSelector((current) => placeOf(current, element), samePlace, { deferred: true });
  const storyId = useMediaContext(editor)?.storyId ?? '';
  const url = element.media ? mediaUrl(storyId, element.media) : null;
  const [busy, setBusy] = useState(false);
  const related = place.region === 'related-videos';

  async function chooseFile() {
    setBusy(true);
    try {
      const [video] = await chooseMedia(editor, ['video']);
      const path = pathOf(editor, element);
      if (video && path) setMediaFile(editor, path, video.file);
    } finally {
      setBusy(false);
    }
  }

  function act(action: (path: number[]) => void) {
    const path = pathOf(editor, element);
    if (path) action(path);
  }

  return (
    <div contentEditable={false} className="video-controls">
      <div className="video-file">
        {url ? (
          <video className="video-file-player" src={url} controls preload="metadata" aria-label="Video file" />
        ) : (
          <p className="video-file-empty">No video file.</p>
        )}
        <button type="button" className="button button-small" disabled={busy} onClick={() => void chooseFile()}>
          {url ? 'Replace video file…' : 'Choose a video file…'}
        </button>
        {url ? (
          <button
            type="button"
            className="button button-small media-button-quiet"
            disabled={busy}
            onClick={() => act((path) => setMediaFile(editor, path, null))}
          >
            Remove video file
          </button>
        ) : null}
      </div>
      <div className="video-block-actions">
        {related ? (
          <>
            <button
              type="button"
              className="button button-small"
              disabled={place.index === 0}
              onClick={() => act((path) => moveRelatedVideo(editor, path.at(-1)!, path.at(-1)! - 1))}
            >
              Move video up
            </button>
            <button
              type="button"
              className="button button-small"
              disabled={place.index >= place.count - 1}
              onClick={() => act((path) => moveRelatedVideo(editor, path.at(-1)!, path.at(-1)! + 1))}
            >
              Move video down
            </button>
          </>
        ) : null}
        <button
          type="button"
          className="button button-small media-button-quiet"
          onClick={() => act((path) => removeMediaBlock(editor, path))}
        >
          Remove video
        </button>
      </div>
    </div>
  );
}
