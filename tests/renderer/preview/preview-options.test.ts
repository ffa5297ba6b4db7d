// The stylesheet itself is a Vite raw import, which Vitest blanks like every CSS file; the end-to-end test
// (tests/e2e/preview-and-export.spec.ts) checks that the preview carries assets/styles/story.css.
import { describe, expect, it } from 'vitest';
import { previewRenderOptions } from '../../../renderer/src/preview/preview-options.ts';

const ID = '01jq0000000000000000000000';
const FILE = `${'a'.repeat(64)}.jpg`;
const CREDIT = { style: 'ap' as const, customPattern: '{photographers}' };

describe('previewRenderOptions()', () => {
  it('renders with the house credit style and links video files', () => {
    const options = previewRenderOptions({ storyId: ID, credit: CREDIT, electron: false });
    expect(options.creditStyle).toBe('ap');
    expect(options.customCreditPattern).toBe('{photographers}');
    expect(options.includeVideoFiles).toBe(true);
  });

  it('takes pictures from the browser host’s /media/ address, which the document’s own policy allows as self', () => {
    const options = previewRenderOptions({ storyId: ID, credit: CREDIT, electron: false });
    expect(options.mediaUrl(FILE)).toBe(`/media/${ID}/${FILE}`);
    expect(options.extraMediaSources).toEqual([]);
  });

  it('takes pictures from the copydesk-media: scheme in the desktop app and allows that scheme', () => {
    const options = previewRenderOptions({ storyId: ID, credit: CREDIT, electron: true });
    expect(options.mediaUrl(FILE)).toBe(`copydesk-media://${ID}/${FILE}`);
    expect(options.extraMediaSources).toEqual(['copydesk-media:']);
  });
});
