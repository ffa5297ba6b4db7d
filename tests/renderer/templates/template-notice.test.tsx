// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CopydeskBridge, LibraryInfo } from '../../../shared/bridge/contract.ts';
import { closeTemplateDialog, getTemplateDialogState, TemplateNotice } from '../../../renderer/src/templates/index.ts';

const bridge = {
  library: { info: async (): Promise<LibraryInfo> => ({ path: '/home/ana/Copydesk', storyCount: 3, rebuiltIndex: false }) },
  on: () => () => {},
} as unknown as CopydeskBridge;

afterEach(() => {
  act(() => closeTemplateDialog());
  cleanup();
});

describe('<TemplateNotice>', () => {
  it('tells the person a template is not a story, and offers the other templates', async () => {
    render(<TemplateNotice bridge={bridge} path="/home/ana/Copydesk/templates/breaking-news" />);
    const note = await screen.findByRole('note');
    expect(note.textContent).toMatch(/^This is a template, not a story\./);
    act(() => screen.getByRole('button', { name: 'Other templates' }).click());
    expect(getTemplateDialogState()).toEqual({ open: true, page: 'edit' });
  });

  it('says nothing on a story’s page', async () => {
    render(<TemplateNotice bridge={bridge} path="/home/ana/Copydesk/2026-harbour-storm" />);
    await act(async () => {});
    expect(screen.queryByRole('note')).toBeNull();
  });
});
