// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { renderStoryHtml } from '../../../shared/render/html/story-html.ts';
import { createStory } from '../../../shared/story/create.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { DEFAULT_CREDIT_STYLE } from '../../../renderer/src/editor/media/use-credit-style.ts';
import { PreviewPane } from '../../../renderer/src/preview/preview-pane.tsx';
import { previewRenderOptions } from '../../../renderer/src/preview/preview-options.ts';
import { previewWidth } from '../../../renderer/src/preview/preview-settings.ts';

const STORY: Story = {
  ...createStory({ id: '01jq0000000000000000000000', now: new Date('2026-11-27T10:00:00Z'), headline: 'Harbour storm' }),
  body: [{ type: 'paragraph', children: [{ text: 'Waves broke over the wall.' }] }],
};

function fakeBridge(): CopydeskBridge {
  return {
    preferences: { get: vi.fn(() => new Promise(() => {})) }, // the house style never arrives: the default is used
    on: () => () => {},
  } as unknown as CopydeskBridge;
}

beforeEach(() => {
  localStorage.clear();
  previewWidth.set('desktop');
});

afterEach(cleanup);

describe('<PreviewPane>', () => {
  it('shows the story in a script-less frame, exactly as renderStoryHtml renders it', () => {
    render(<PreviewPane bridge={fakeBridge()} story={STORY} />);
    const frame = screen.getByTitle('Preview') as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin');
    expect(frame.srcdoc).toBe(
      renderStoryHtml(STORY, previewRenderOptions({ storyId: STORY.id, credit: DEFAULT_CREDIT_STYLE, electron: false })),
    );
  });

  it('switches between desktop and phone widths and remembers the choice', () => {
    render(<PreviewPane bridge={fakeBridge()} story={STORY} />);
    const radio = (name: string) => screen.getByRole('radiogroup', { name: 'Width' }).querySelector<HTMLInputElement>(`input[value="${name}"]`)!;
    expect(screen.getByRole('radio', { name: 'Desktop' })).toBe(radio('desktop'));
    expect(radio('desktop').checked).toBe(true);
    expect(screen.getByTitle('Preview').parentElement!.className).toContain('preview-stage-desktop');

    fireEvent.click(screen.getByRole('radio', { name: 'Phone' }));

    expect(radio('phone').checked).toBe(true);
    expect(screen.getByTitle('Preview').parentElement!.className).toContain('preview-stage-phone');
    expect(localStorage.getItem('copydesk.preview.width')).toBe('phone');
  });

  it('keeps its first document when the story changes (later versions are patched in, not reloaded)', async () => {
    const { rerender } = render(<PreviewPane bridge={fakeBridge()} story={STORY} />);
    const frame = screen.getByTitle('Preview') as HTMLIFrameElement;
    const first = frame.srcdoc;
    await act(async () => {
      rerender(<PreviewPane bridge={fakeBridge()} story={{ ...STORY, headline: 'Harbour storm floods the quay' }} />);
    });
    expect(screen.getByTitle('Preview')).toBe(frame);
    expect(frame.srcdoc).toBe(first);
  });
});
