// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge, ExportCheck, ExportResult } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import type { ExportProblem } from '../../../shared/render/export-check.ts';
import type { ExportFormat } from '../../../shared/render/export-format.ts';
import { createStory } from '../../../shared/story/create.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { ExportDialog } from '../../../renderer/src/export/export-dialog.tsx';

const STORY: Story = createStory({ id: '01jq0000000000000000000000', now: new Date('2026-11-27T10:00:00Z'), headline: 'Harbour storm' });
const EXTENSION: Record<ExportFormat, string> = { html: '.html', 'html-folder': '', md: '.md', txt: '.txt', json: '.json' };

const NO_HEADLINE: ExportProblem = { severity: 'error', code: 'no-headline', message: 'The story has no headline.', part: 'headline', where: 'headline' };
const NO_POSTER: ExportProblem = {
  severity: 'warning',
  code: 'video-no-poster',
  message: 'Related video 1 has no poster picture.',
  part: 'video',
  where: 'relatedVideos.0',
};

interface FakeOptions {
  problems?: ExportProblem[];
  /** What export:write does, call by call: a result, or an error to throw. */
  writes?: (ExportResult | CopydeskError)[];
  chooserSupported?: boolean;
}

function fakeBridge({ problems = [], writes = [], chooserSupported = false }: FakeOptions = {}) {
  const exports = {
    check: vi.fn(async ({ format }: { format: ExportFormat }): Promise<ExportCheck> => ({
      problems,
      suggestedPath: `/home/ana/Copydesk exports/harbour-storm${EXTENSION[format]}`,
    })),
    write: vi.fn(async (_args: { story: Story; format: ExportFormat; overwrite: boolean }): Promise<ExportResult> => {
      const next = writes.shift();
      if (!next) throw new Error('no write expected');
      if (next instanceof CopydeskError) throw next;
      return next;
    }),
    chooseDestination: vi.fn(async () => ({ supported: chooserSupported, path: chooserSupported ? '/chosen/story.html' : null })),
  };
  return { bridge: { export: exports, on: () => () => {} } as unknown as CopydeskBridge, exports };
}

function written(path: string, files = ['harbour-storm.html']): ExportResult {
  return { path, format: 'html', files, bytes: 2048, problems: [] };
}

function open(bridge: CopydeskBridge, format: ExportFormat = 'html') {
  const currentStory = vi.fn(() => STORY);
  const onClose = vi.fn();
  render(<ExportDialog bridge={bridge} currentStory={currentStory} format={format} onClose={onClose} />);
  return { currentStory, onClose, dialog: screen.getByRole('dialog', { name: 'Export story' }) };
}

const pathField = () => screen.getByRole('textbox', { name: 'Save to' }) as HTMLInputElement;
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

afterEach(cleanup);

describe('<ExportDialog>', () => {
  it('opens on the chosen format with the suggested path and says when there is nothing wrong', async () => {
    const { bridge, exports } = fakeBridge();
    const { currentStory } = open(bridge, 'md');

    expect((screen.getByRole('radio', { name: 'Markdown' }) as HTMLInputElement).checked).toBe(true);
    await screen.findByText('No problems found.');
    expect(pathField().value).toBe('/home/ana/Copydesk exports/harbour-storm.md');
    expect(exports.check).toHaveBeenCalledWith({ story: STORY, format: 'md' });
    expect(currentStory).toHaveBeenCalled();
    expect(button('Export').disabled).toBe(false);
    expect(screen.queryByRole('button', { name: 'Export anyway' })).toBeNull();
  });

  it('lists every problem, marks the errors, and offers only "Export anyway" while there are errors', async () => {
    const { bridge, exports } = fakeBridge({ problems: [NO_HEADLINE, NO_POSTER], writes: [written('/tmp/out.html')] });
    open(bridge);

    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Error The story has no headline.', 'Warning Related video 1 has no poster picture.']);
    expect(items[0]!.className).toContain('export-problem-error');
    expect(button('Export').disabled).toBe(true);

    fireEvent.click(button('Export anyway'));
    await screen.findByText('Exported as HTML (single file).');
    expect(exports.write).toHaveBeenCalledWith({
      story: STORY,
      format: 'html',
      destination: '/home/ana/Copydesk exports/harbour-storm.html',
      force: true,
      overwrite: false,
    });
  });

  it('checks again when the format changes, and follows its suggestion until the person edits the path', async () => {
    const { bridge, exports } = fakeBridge();
    open(bridge);
    await screen.findByText('No problems found.');

    fireEvent.click(screen.getByRole('radio', { name: 'Plain text (wire style)' }));
    await waitFor(() => expect(pathField().value).toBe('/home/ana/Copydesk exports/harbour-storm.txt'));
    expect(exports.check).toHaveBeenLastCalledWith({ story: STORY, format: 'txt' });

    fireEvent.change(pathField(), { target: { value: '/tmp/mine.txt' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Story JSON' }));
    await waitFor(() => expect(exports.check).toHaveBeenLastCalledWith({ story: STORY, format: 'json' }));
    await screen.findByText('No problems found.');
    expect(pathField().value).toBe('/tmp/mine.txt');
  });

  it('hands the editor’s pending words over right before writing', async () => {
    const { bridge, exports } = fakeBridge({ writes: [written('/tmp/out.html')] });
    const { currentStory } = open(bridge);
    await screen.findByText('No problems found.');
    const typed = { ...STORY, headline: 'Harbour storm floods the quay' };
    currentStory.mockReturnValue(typed);

    fireEvent.click(button('Export'));

    await screen.findByText('Exported as HTML (single file).');
    expect(exports.write.mock.calls[0]![0]).toMatchObject({ story: typed });
  });

  it('asks before replacing what is already there, and replaces it only when told to', async () => {
    const taken = new CopydeskError('already-exists', '/tmp/out.html already exists.', { path: '/tmp/out.html' });
    const { bridge, exports } = fakeBridge({ writes: [taken, taken, written('/tmp/out.html')] });
    open(bridge);
    await screen.findByText('No problems found.');

    fireEvent.click(button('Export'));
    await screen.findByText('Replace it?');
    fireEvent.click(button('Keep it'));
    expect(screen.queryByText('Replace it?')).toBeNull();
    expect(exports.write).toHaveBeenCalledTimes(1);

    fireEvent.click(button('Export'));
    await screen.findByText('Replace it?');
    fireEvent.click(button('Replace'));
    await screen.findByText('Exported as HTML (single file).');
    expect(exports.write.mock.calls.map(([args]) => args.overwrite)).toEqual([false, false, true]);
  });

  it('shows what was written, and closes on "Done"', async () => {
    const { bridge } = fakeBridge({ writes: [{ ...written('/tmp/harbour-storm'), format: 'html-folder', files: ['index.html', 'media/a.jpg'] }] });
    const { onClose } = open(bridge, 'html-folder');
    await screen.findByText('No problems found.');

    fireEvent.click(button('Export'));

    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('/tmp/harbour-storm');
    expect(status.textContent).toContain('2 files, 2 KB');
    fireEvent.click(button('Done'));
    expect(onClose).toHaveBeenCalled();
  });

  it('shows any other failure and stays open with the person’s choices', async () => {
    const { bridge } = fakeBridge({ writes: [new CopydeskError('read-only', 'The folder /tmp/locked cannot be written.')] });
    const { onClose } = open(bridge);
    await screen.findByText('No problems found.');
    fireEvent.change(pathField(), { target: { value: '/tmp/locked/out.html' } });

    fireEvent.click(button('Export'));

    expect((await screen.findByRole('alert')).textContent).toBe('The folder /tmp/locked cannot be written.');
    expect(onClose).not.toHaveBeenCalled();
    expect(pathField().value).toBe('/tmp/locked/out.html');
    expect(button('Export').disabled).toBe(false);
  });

  it('offers "Choose…" only where the bridge has a save dialog, and takes the path chosen there', async () => {
    const without = fakeBridge();
    open(without.bridge);
    await screen.findByText('No problems found.');
    await act(async () => {});
    expect(screen.queryByRole('button', { name: 'Choose…' })).toBeNull();
    cleanup();

    const withDialog = fakeBridge({ chooserSupported: true });
    open(withDialog.bridge);
    fireEvent.click(await screen.findByRole('button', { name: 'Choose…' }));
    await waitFor(() => expect(pathField().value).toBe('/chosen/story.html'));
    expect(withDialog.exports.chooseDestination).toHaveBeenLastCalledWith({ format: 'html', suggestedPath: '/home/ana/Copydesk exports/harbour-storm.html' });

    // The save dialog has already asked whether to replace a file there: the export does not ask again.
    fireEvent.click(button('Export'));
    await waitFor(() => expect(withDialog.exports.write).toHaveBeenCalled());
    expect(withDialog.exports.write.mock.calls[0]![0]).toMatchObject({ destination: '/chosen/story.html', overwrite: true });
  });

  it('closes on "Cancel" without writing anything', async () => {
    const { bridge, exports } = fakeBridge();
    const { onClose } = open(bridge);
    fireEvent.click(button('Cancel'));
    expect(onClose).toHaveBeenCalled();
    expect(exports.write).not.toHaveBeenCalled();
  });
});
