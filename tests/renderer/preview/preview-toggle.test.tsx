// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previewShown } from '../../../renderer/src/preview/preview-settings.ts';
import { PreviewToggle, usePreviewShortcut } from '../../../renderer/src/preview/preview-toggle.tsx';

beforeEach(() => previewShown.set(false));
afterEach(cleanup);

describe('<PreviewToggle>', () => {
  it('is a "Preview" button that says whether the preview is open', () => {
    render(<PreviewToggle />);
    const button = screen.getByRole('button', { name: 'Preview' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Control+Alt+P');

    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(previewShown.get()).toBe(true);
  });
});

describe('usePreviewShortcut()', () => {
  it('opens and closes the preview on Ctrl+Alt+P', () => {
    renderHook(() => usePreviewShortcut(true));
    const press = () => act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'π', code: 'KeyP', ctrlKey: true, altKey: true })));
    press();
    expect(previewShown.get()).toBe(true);
    press();
    expect(previewShown.get()).toBe(false);
  });

  it('leaves other keys alone', () => {
    renderHook(() => usePreviewShortcut(true));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', code: 'KeyP', ctrlKey: true }));
    expect(previewShown.get()).toBe(false);
  });
});
