// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge, RevisionInfo, RevisionSnapshot, SavedStory } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import { createStory } from '../../../shared/story/create.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { summarizeStory } from '../../../shared/story/summary.ts';
import { HistoryPanel, type HistorySession } from '../../../renderer/src/history/history-panel.tsx';

const ID = '01jq0000000000000000000000';
const BASE = 'b'.repeat(64);

function storyAt(headline: string, body: string[]): Story {
  return {
    ...createStory({ id: ID, now: new Date('2026-11-27T10:00:00Z'), headline }),
    body: body.map((text) => ({ type: 'paragraph' as const, children: [{ text }] })),
  };
}

const snapshots: Record<string, RevisionSnapshot> = {
  '2026-11-27T10-05-00-000Z': {
    revisionId: '2026-11-27T10-05-00-000Z',
    createdAt: '2026-11-27T10:05:00.000Z',
    story: storyAt('Second draft', ['Three words here.', 'And two.']),
  },
  '2026-11-27T10-00-00-000Z': {
    revisionId: '2026-11-27T10-00-00-000Z',
    createdAt: '2026-11-27T10:00:00.000Z',
    story: storyAt('First draft', ['One.']),
  },
};

function fakeBridge() {
  const list: RevisionInfo[] = [
    { id: '2026-11-27T10-05-00-000Z', createdAt: '2026-11-27T10:05:00.000Z', wordCount: 5, headline: 'Second draft' },
    { id: '2026-11-27T10-00-00-000Z', createdAt: '2026-11-27T10:00:00.000Z', wordCount: 1, headline: 'First draft' },
  ];
  const story = {
    revisions: vi.fn(async () => [...list]),
    revision: vi.fn(async ({ revisionId }: { revisionId: string }) => snapshots[revisionId]!),
    snapshot: vi.fn(async () => {
      const info = { id: '2026-11-27T10-10-00-000Z', createdAt: '2026-11-27T10:10:00.000Z', wordCount: 7, headline: 'Now' };
      list.unshift(info);
      return info;
    }),
    restore: vi.fn(
      async (): Promise<SavedStory> => ({
        revision: 'c'.repeat(64),
        savedAt: '2026-11-27T10:11:00.000Z',
        summary: summarizeStory(snapshots['2026-11-27T10-00-00-000Z']!.story, '2026-first-draft'),
        path: '/lib/2026-first-draft',
      }),
    ),
  };
  return { bridge: { story } as unknown as CopydeskBridge, story };
}

function fakeSession(saved = true): HistorySession & { saveNow: ReturnType<typeof vi.fn>; reloadFromDisk: ReturnType<typeof vi.fn> } {
  return {
    id: ID,
    baseRevision: BASE,
    saveNow: vi.fn(async () => saved),
    reloadFromDisk: vi.fn(async () => {}),
  };
}

afterEach(cleanup);

async function renderPanel(session = fakeSession(), bridge = fakeBridge()) {
  const onClose = vi.fn();
  await act(async () => {
    render(<HistoryPanel bridge={bridge.bridge} session={session} onClose={onClose} now={() => Date.parse('2026-11-27T10:15:00Z')} />);
  });
  return { onClose, session, ...bridge };
}

describe('<HistoryPanel>', () => {
  it('lists the snapshots newest first with their time, word count and headline', async () => {
    await renderPanel();
    const dialog = screen.getByRole('dialog', { name: 'History' });
    const entries = within(within(dialog).getByRole('navigation', { name: 'Versions' })).getAllByRole('button');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      expect.stringMatching(/10 minutes ago · 5 words.*Second draft/),
      expect.stringMatching(/15 minutes ago · 1 word(?!s).*First draft/),
    ]);
  });

  it('shows a chosen version read-only', async () => {
    const { story } = await renderPanel();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /First draft/ })));
    expect(story.revision).toHaveBeenCalledWith({ id: ID, revisionId: '2026-11-27T10-00-00-000Z' });
    const view = screen.getByRole('article', { name: 'The story as it was' });
    expect(within(view).getByRole('heading', { name: 'First draft' })).toBeTruthy();
    expect(view.textContent).toContain('One.');
    expect(view.querySelector('[contenteditable], input, textarea')).toBeNull();
    expect(screen.getByRole('button', { name: /First draft/ }).getAttribute('aria-current')).toBe('true');
  });

  it('restores: saves first, restores on the window’s revision, reloads with a note, closes', async () => {
    const { story, session, onClose } = await renderPanel();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /First draft/ })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Restore this version' })));
    expect(session.saveNow).toHaveBeenCalled();
    expect(story.restore).toHaveBeenCalledWith({ id: ID, revisionId: '2026-11-27T10-00-00-000Z', baseRevision: BASE });
    expect(session.reloadFromDisk).toHaveBeenCalledWith(expect.stringMatching(/^Restored the version of .*The version it replaced is in the history\.$/));
    expect(onClose).toHaveBeenCalled();
  });

  it('restores nothing while the window’s edits cannot be saved', async () => {
    const { story, onClose } = await renderPanel(fakeSession(false));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /First draft/ })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Restore this version' })));
    expect(story.restore).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/could not be saved, so nothing was restored/);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('says so when the story changed on disk meanwhile', async () => {
    const bridge = fakeBridge();
    bridge.story.restore.mockRejectedValueOnce(new CopydeskError('conflict', 'changed'));
    const { session, onClose } = await renderPanel(fakeSession(), bridge);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /First draft/ })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Restore this version' })));
    expect(screen.getByRole('alert').textContent).toMatch(/changed on disk meanwhile, so nothing was restored/);
    expect(session.reloadFromDisk).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('takes a snapshot now, after saving, and lists it', async () => {
    const { story, session } = await renderPanel();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Take a snapshot now' })));
    expect(session.saveNow).toHaveBeenCalled();
    expect(story.snapshot).toHaveBeenCalledWith({ id: ID });
    await waitFor(() => expect(screen.getByRole('button', { name: /Now/ })).toBeTruthy());
    expect(screen.getByRole('note').textContent).toMatch(/^Snapshot taken/);
  });

  it('says there is no history yet', async () => {
    const bridge = fakeBridge();
    bridge.story.revisions.mockResolvedValueOnce([]);
    await renderPanel(fakeSession(), bridge);
    expect(screen.getByText('No snapshots yet.')).toBeTruthy();
  });

  it('closes with Close', async () => {
    const { onClose } = await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});
