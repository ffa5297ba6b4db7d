// What the preview renders the story with: the same renderStoryHtml options the HTML export uses, except
// that pictures and videos come from the app's own media addresses instead of being copied or inlined.

import type { HtmlRenderOptions } from '../../../shared/render/render-options.ts';
import storyStylesheet from '../../../assets/styles/story.css?raw';
import type { CreditStyleSetting } from '../editor/media/use-credit-style.ts';
import { ELECTRON_MEDIA_SCHEME, mediaUrl, runningInElectron } from '../media/media-url.ts';

export interface PreviewOptionsInput {
  storyId: string;
  /** The house credit style from preferences. */
  credit: CreditStyleSetting;
  /** Inside the desktop app, where media come from the copydesk-media: scheme; by default, whether it is. */
  electron?: boolean;
}

export function previewRenderOptions({ storyId, credit, electron = runningInElectron() }: PreviewOptionsInput): HtmlRenderOptions {
  return {
    stylesheet: storyStylesheet,
    creditStyle: credit.style,
    customCreditPattern: credit.customPattern,
    mediaUrl: (file) => mediaUrl(storyId, file, { electron }),
    // The preview links the video files themselves, even where a single-file export shows only the poster.
    includeVideoFiles: true,
    // The document's own policy must allow the desktop app's media scheme; the host's /media/ is 'self'.
    extraMediaSources: electron ? [`${ELECTRON_MEDIA_SCHEME}:`] : [],
  };
}
