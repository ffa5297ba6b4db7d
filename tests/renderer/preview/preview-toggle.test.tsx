// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previewShown } from '../../../renderer/src/preview/preview-settings.ts';
import { PreviewToggle } from '../../../renderer/src/preview/preview-toggle.tsx';

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
