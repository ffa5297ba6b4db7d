// The preview's <iframe>: sandboxed without scripts (nothing in it can ever run; same-origin only so the app
// can patch and scroll its document), showing exactly what renderStoryHtml gives for the story. The first
// version is its srcdoc; the controller patches every later one in place.

import { useEffect, useRef, useState } from 'react';
import type { HtmlRenderOptions } from '../../../shared/render/render-options.ts';
import { renderStoryHtml } from '../../../shared/render/html/story-html.ts';
import type { Story } from '../../../shared/story/schema.ts';
import type { EditingPartStore } from '../editor/editing-part.ts';
import { runningInElectron } from '../media/media-url.ts';
import { createPreviewController, type PreviewController } from './preview-controller.ts';

export interface PreviewFrameProps {
  story: Story;
  options: HtmlRenderOptions;
  /** Where the caret is: the frame scrolls to follow it. */
  partStore?: EditingPartStore;
  className?: string;
}

export function PreviewFrame({ story, options, partStore, className }: PreviewFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const controller = useRef<PreviewController | null>(null);
  // Rendered once, when the pane opens: changing srcdoc later would reload the frame.
  const [firstHtml] = useState(() => renderStoryHtml(story, options));

  useEffect(() => {
    const made = createPreviewController(frame.current!, { blockLinks: !runningInElectron() });
    controller.current = made;
    return () => {
      made.dispose();
      if (controller.current === made) controller.current = null;
    };
  }, []);

  useEffect(() => {
    controller.current?.show(story, options);
  }, [story, options]);

  useEffect(() => {
    if (!partStore) return undefined;
    const follow = () => controller.current?.follow(partStore.get());
    follow();
    return partStore.subscribe(follow);
  }, [partStore]);

  return <iframe ref={frame} title="Preview" className={className} sandbox="allow-same-origin" srcDoc={firstHtml} />;
}
