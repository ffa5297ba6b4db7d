// The live preview beside the editor: the story as readers will get it, at a desktop or a phone's width.

import { memo, useId, useMemo } from 'react';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import type { Story } from '../../../shared/story/schema.ts';
import type { EditingPartStore } from '../editor/editing-part.ts';
import { useCreditStyle } from '../editor/media/use-credit-style.ts';
import { PreviewFrame } from './preview-frame.tsx';
import { previewRenderOptions } from './preview-options.ts';
import { PREVIEW_WIDTHS, previewWidth, useStoredSetting } from './preview-settings.ts';
import './preview.css';

export interface PreviewPaneProps {
  bridge: CopydeskBridge;
  /** The story as the session has it (it follows typing within a fraction of a second). */
  story: Story;
  partStore?: EditingPartStore;
}

function PreviewPaneView({ bridge, story, partStore }: PreviewPaneProps) {
  const headingId = useId();
  const width = useStoredSetting(previewWidth);
  const credit = useCreditStyle(bridge);
  const options = useMemo(() => previewRenderOptions({ storyId: story.id, credit }), [story.id, credit]);

  return (
    <section className="preview-pane" aria-labelledby={headingId}>
      <div className="preview-bar">
        <h2 className="preview-heading" id={headingId}>
          Live preview
        </h2>
        <div className="segmented" role="radiogroup" aria-label="Width">
          {PREVIEW_WIDTHS.map(({ value, label }) => (
            <label key={value} className="segmented-option">
              <input
                type="radio"
                name={`${headingId}-width`}
                value={value}
                checked={width === value}
                onChange={() => previewWidth.set(value)}
              />
              <span>{label}</span>
            </label>
          ))}
        </div>
      </div>
      <div className={`preview-stage preview-stage-${width}`}>
        <PreviewFrame story={story} options={options} partStore={partStore} className="preview-frame" />
      </div>
    </section>
  );
}

export const PreviewPane = memo(PreviewPaneView);
