// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbargoBanner } from '../../../renderer/src/workflow/embargo-banner.tsx';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-12-02T05:58:00Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const EMBARGO = '2026-12-02T06:00:00+00:00';

describe('<EmbargoBanner>', () => {
  it('says the story is embargoed and must not be published, while the embargo holds', () => {
    render(<EmbargoBanner embargo={EMBARGO} />);
    expect(screen.getByRole('alert').textContent).toMatch(/^Embargoed until .*\b2\b.* — do not publish$/);
  });

  it('goes away the moment the embargo lifts', () => {
    render(<EmbargoBanner embargo={EMBARGO} />);
    act(() => {
      vi.advanceTimersByTime(119_000);
    });
    expect(screen.queryByRole('alert')).not.toBeNull();
    act(() => {
      vi.advanceTimersByTime(1_001);
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows nothing without an embargo, or for one that has passed', () => {
    const { rerender } = render(<EmbargoBanner embargo={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<EmbargoBanner embargo="2026-12-01T06:00:00+00:00" />);
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<EmbargoBanner embargo={EMBARGO} />);
    expect(screen.queryByRole('alert')).not.toBeNull();
  });
});
