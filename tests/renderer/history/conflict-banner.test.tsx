// @vitest-environment happy-dom
// The conflict banner's three ways out (kept with the history tests: both are about versions of a story).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge, OpenedStory } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { createStory } from '../../../shared/story/create.ts';
import { ConflictBanner, type ConflictSession } from '../../../renderer/src/components/conflict-banner.tsx';
import type { StorySessionState } from '../../../renderer/src/state/story-session.ts';

const ID = '01jq0000000000000000000000';
const COPY_ID = '01jq0000000000000000000001';
const mine = { ...createStory({ id: ID, now: new Date('2026-11-27T10:00:00Z'), headline: 'Harbour storm' }), editorsNotes: 'mine' };

function fakeSession(): ConflictSession & { keepMine: ReturnType<typeof vi.fn>; reloadFromDisk: ReturnType<typeof vi.fn> } {
  return {
    id: ID,
    getState: () => ({ story: mine }) as StorySessionState,
    keepMine: vi.fn(async () => {}),
    reloadFromDisk: vi.fn(async () => {}),
  };
}

function fakeBridge() {
  const copy: OpenedStory = {
    story: { ...mine, id: COPY_ID, slug: 'harbour-storm-copy' },
    revision: 'a'.repeat(64),
    path: '/lib/2026-harbour-storm-copy',
    migratedFrom: null,
  };
  const saveCopy = vi.fn(async () => copy);
  const bridge = { story: { saveCopy }, on: () => () => {} } as unknown as CopydeskBridge;
  return { bridge, saveCopy, copy };
}

afterEach(cleanup);

describe('<ConflictBanner>', () => {
  it('offers the three choices by name', () => {
    render(<ConflictBanner bridge={fakeBridge().bridge} session={fakeSession()} />);
    expect(screen.getByRole('button', { name: 'Keep mine' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Take theirs/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save mine as a copy' })).toBeTruthy();
  });

  it('"Keep mine" and "Take theirs" are the session’s keepMine and reloadFromDisk', () => {
    const session = fakeSession();
    render(<ConflictBanner bridge={fakeBridge().bridge} session={session} />);
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(session.keepMine).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /^Take theirs/ }));
    expect(session.reloadFromDisk).toHaveBeenCalled();
  });

  it('"Save mine as a copy" saves this window’s version as a new story, reloads the original, opens the copy', async () => {
    const session = fakeSession();
    const { bridge, saveCopy, copy } = fakeBridge();
    const onOpenCopy = vi.fn();
    render(<ConflictBanner bridge={bridge} session={session} onOpenCopy={onOpenCopy} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save mine as a copy' })));
    expect(saveCopy).toHaveBeenCalledWith({ story: mine });
    expect(session.reloadFromDisk).toHaveBeenCalledWith(expect.stringContaining('Your version was saved as a copy (“Harbour storm”, harbour-storm-copy)'));
    expect(onOpenCopy).toHaveBeenCalledWith(copy);
  });

  it('keeps the text and says why when the copy cannot be saved', async () => {
    const session = fakeSession();
    const { bridge, saveCopy } = fakeBridge();
    saveCopy.mockRejectedValueOnce(new CopydeskError('disk-full', 'The disk is full.'));
    const onOpenCopy = vi.fn();
    render(<ConflictBanner bridge={bridge} session={session} onOpenCopy={onOpenCopy} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save mine as a copy' })));
    expect(screen.getByText(/The copy was not saved: The disk is full\. Your text is still here\./)).toBeTruthy();
    expect(session.reloadFromDisk).not.toHaveBeenCalled();
    expect(onOpenCopy).not.toHaveBeenCalled();
  });
});
