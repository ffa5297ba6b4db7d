// Where media can be added (the void `empty-slot`): the lead ("Add a lead photo", "Add a lead video"), the
// related-video list ("Add a related video") and a video's poster ("Add a poster"). Files can also be
// dropped on it (handleMediaDrop fills the slot they land on).

import { useState, type ReactNode } from 'react';
import { useSlateStatic, type RenderElementProps } from 'slate-react';
import type { EmptySlotElement } from '../document/types.ts';
import { chooseMedia } from './choose-media.ts';
import { focusBlock, ownerOf, pathOf } from './element-path.ts';
import { addRelatedVideo, setLeadMedia, setPoster } from './insert-media.ts';
import { useMediaContext } from './use-media-context.ts';

export interface EmptySlotProps {
  /** Slate's attributes for the element: spread on the outermost tag. */
  attributes: RenderElementProps['attributes'];
  /** Slate's children (the void's spacer text). */
  children: ReactNode;
  element: EmptySlotElement;
}

const HINTS: Record<EmptySlotElement['slot'], string> = {
  lead: 'No lead picture or video. Add one, or drop a picture here.',
  'related-videos': 'No related videos.',
  poster: 'No poster. Add a picture, or drop one here.',
};

export function EmptySlot({ attributes, children, element }: EmptySlotProps) {
  const editor = useSlateStatic();
  useMediaContext(editor);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<void> | void) {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  const addLeadPhoto = () =>
    run(async () => {
      const [picture] = await chooseMedia(editor, ['image']);
      if (!picture || !pathOf(editor, element)) return;
      focusBlock(editor, setLeadMedia(editor, 'photo', picture.file));
    });

  const addLeadVideo = () =>
    run(() => {
      if (pathOf(editor, element)) focusBlock(editor, setLeadMedia(editor, 'video'));
    });

  const addRelated = () =>
    run(() => {
      if (pathOf(editor, element)) focusBlock(editor, addRelatedVideo(editor));
    });

  const addPoster = () =>
    run(async () => {
      const [picture] = await chooseMedia(editor, ['image']);
      const video = ownerOf(editor, element);
      if (!picture || !video) return;
      focusBlock(editor, setPoster(editor, video[1], picture.file));
    });

  return (
    <div {...attributes} className={`media-slot media-slot-${element.slot}`}>
      <div contentEditable={false} className="media-slot-frame">
        <p className="media-slot-hint">{HINTS[element.slot]}</p>
        <div className="media-slot-actions">
          {element.slot === 'lead' ? (
            <>
              <button type="button" className="button button-small" disabled={busy} onClick={() => void addLeadPhoto()}>
                Add a lead photo
              </button>
              <button type="button" className="button button-small" disabled={busy} onClick={() => void addLeadVideo()}>
                Add a lead video
              </button>
            </>
          ) : null}
          {element.slot === 'related-videos' ? (
            <button type="button" className="button button-small" disabled={busy} onClick={() => void addRelated()}>
              Add a related video
            </button>
          ) : null}
          {element.slot === 'poster' ? (
            <button type="button" className="button button-small" disabled={busy} onClick={() => void addPoster()}>
              Add a poster
            </button>
          ) : null}
        </div>
      </div>
      {children}
    </div>
  );
}
