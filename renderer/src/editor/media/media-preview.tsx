// The picture of a photo or a poster (the void `media-preview`): the image from the story's media folder,
// or "No picture yet" with a button to choose one; and buttons to replace the picture or remove the photo.
// Nothing in it is editable text, so it is contentEditable=false and Slate's spacer text follows it.

import { useState, type ReactNode } from 'react';
import type { Descendant } from 'slate';
import { useSlateSelector, useSlateStatic, type RenderElementProps } from 'slate-react';
import { textOf } from '../document/from-slate.ts';
import type { MediaPreviewElement } from '../document/types.ts';
import { mediaUrl } from '../../media/media-url.ts';
import { chooseMedia } from './choose-media.ts';
import { ownerOf } from './element-path.ts';
import { removeMediaBlock, setMediaFile } from './insert-media.ts';
import { useMediaContext } from './use-media-context.ts';

export interface MediaPreviewProps {
  /** Slate's attributes for the element: spread on the outermost tag. */
  attributes: RenderElementProps['attributes'];
  /** Slate's children (the void's spacer text): rendered after the picture. */
  children: ReactNode;
  element: MediaPreviewElement;
}

interface Owner {
  type: 'photo' | 'poster';
  media: string | null;
  alt: string;
}

function ownerInfo(editor: Parameters<typeof ownerOf>[0], element: MediaPreviewElement): Owner | null {
  const owner = ownerOf(editor, element);
  if (!owner) return null;
  const [node] = owner;
  if (node.type !== 'photo' && node.type !== 'poster') return null;
  const alt = node.children.find((child) => child.type === 'field' && child.name === 'alt');
  return { type: node.type, media: node.media, alt: alt ? textOf(alt as Descendant) : '' };
}

const sameOwner = (a: Owner | null, b: Owner | null) =>
  a === b || (!!a && !!b && a.type === b.type && a.media === b.media && a.alt === b.alt);

export function MediaPreview({ attributes, children, element }: MediaPreviewProps) {
  const editor = useSlateStatic();
  const context = useMediaContext(editor);
  const owner = useSlateSelector((current) => ownerInfo(current, element), sameOwner, { deferred: true });
  const storyId = context?.storyId ?? '';
  const [broken, setBroken] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const what = owner?.type === 'poster' ? 'poster' : 'photo';
  const url = owner?.media ? mediaUrl(storyId, owner.media) : null;

  async function choose() {
    setBusy(true);
    try {
      const [picture] = await chooseMedia(editor, ['image']);
      const current = ownerOf(editor, element);
      if (picture && current) setMediaFile(editor, current[1], picture.file);
    } finally {
      setBusy(false);
    }
  }

  function remove() {
    const current = ownerOf(editor, element);
    if (current) removeMediaBlock(editor, current[1]);
  }

  return (
    <div {...attributes} className={`media-picture media-picture-${what}`}>
      <div contentEditable={false} className="media-picture-frame">
        {url && broken !== url ? (
          <img
            className="media-picture-image"
            src={url}
            alt={owner?.alt || `The ${what} (no alt text yet)`}
            draggable={false}
            onError={() => setBroken(url)}
          />
        ) : (
          <p className="media-picture-empty">
            {url ? `The ${what}’s picture is missing from the story folder.` : 'No picture yet —'}{' '}
            <button type="button" className="button button-small" disabled={busy} onClick={() => void choose()}>
              Choose a file…
            </button>
          </p>
        )}
        <div className="media-picture-actions">
          {url && broken !== url ? (
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              aria-label={what === 'poster' ? 'Replace poster picture' : 'Replace picture'}
              onClick={() => void choose()}
            >
              Replace…
            </button>
          ) : null}
          <button type="button" className="button button-small media-button-quiet" disabled={busy} onClick={remove}>
            {what === 'poster' ? 'Remove poster' : 'Remove photo'}
          </button>
        </div>
      </div>
      {children}
    </div>
  );
}
