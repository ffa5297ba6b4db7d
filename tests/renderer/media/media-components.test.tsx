// @vitest-environment happy-dom
// The media components mounted in a real Slate editor, with a renderElement like the editor's own.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createEditor, Node, Transforms, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact, type RenderElementProps } from 'slate-react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge, ImportedMedia } from '../../../shared/bridge/contract.ts';
import { createStory } from '../../../shared/story/create.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { storyToSlate } from '../../../renderer/src/editor/document/to-slate.ts';
import type { CustomElement, StoryEditor } from '../../../renderer/src/editor/document/types.ts';
import {
  CreditLine,
  DurationCheck,
  regionPath,
  renderMediaElement,
  VideoControls,
  withMedia,
} from '../../../renderer/src/editor/media/index.ts';

const STORY_ID = '01jq0000000000000000000000';
const M = (letter: string, ext = 'jpg') => `${letter.repeat(64)}.${ext}`;
const CREDIT = { photographers: ['Richard Drew'], organization: 'AP', via: '', restrictions: [], copyright: '' };

function fakeBridge(creditStyle: 'cnn' | 'ap' = 'ap') {
  const importMedia = vi.fn(
    async (): Promise<ImportedMedia> => ({ file: M('e', 'png'), mimeType: 'image/png', bytes: 12, added: true }),
  );
  const get = vi.fn(async () => ({ creditStyle, customCreditPattern: '{photographers}/{organization}' }));
  return { media: { import: importMedia }, preferences: { get } } as unknown as CopydeskBridge;
}

function renderElement(props: RenderElementProps) {
  const { attributes, children, element } = props;
  switch (element.type) {
    case 'media-preview':
    case 'empty-slot':
      return renderMediaElement({ attributes, children, element });
    case 'credit':
      return (
        <div {...attributes} role="group" aria-label="Credit">
          <CreditLine element={element} />
          {children}
        </div>
      );
    case 'video':
      return (
        <div {...attributes}>
          <VideoControls element={element} />
          {children}
        </div>
      );
    case 'field':
      return (
        <div {...attributes} data-field={element.name}>
          {children}
          {element.name === 'duration' ? <DurationCheck element={element} /> : null}
        </div>
      );
    default:
      return <div {...attributes}>{children}</div>;
  }
}

async function mount(parts: Partial<Story>, bridge = fakeBridge()) {
  const story = { ...createStory({ id: STORY_ID, now: new Date('2026-11-27T10:00:00Z'), headline: 'H' }), ...parts };
  const editor: StoryEditor = withMedia(withHistory(withReact(createEditor())), { storyId: STORY_ID, bridge });
  await act(async () => {
    render(
      <Slate editor={editor} initialValue={storyToSlate(story) as Descendant[]}>
        <Editable renderElement={renderElement} />
      </Slate>,
    );
  });
  return { editor, bridge };
}

const regionChildren = (editor: StoryEditor, region: 'lead' | 'body' | 'related-videos') =>
  (Node.get(editor, regionPath(editor, region)!) as { children: CustomElement[] }).children;

afterEach(cleanup);

describe('<MediaPreview>', () => {
  it('shows the picture from the story’s media folder, described by the alt text, with Replace and Remove', async () => {
    await mount({ body: [{ type: 'photo', id: 'p1', media: M('a'), alt: 'A flooded street', caption: 'Cap', credit: CREDIT }] });
    const image = screen.getByRole('img', { name: 'A flooded street' });
    expect(image.getAttribute('src')).toBe(`/media/${STORY_ID}/${M('a')}`);
    expect(image.closest('[contenteditable="false"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Replace picture' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove photo' })).toBeTruthy();
  });

  it('offers "Choose a file…" for a photo with no picture yet', async () => {
    await mount({ body: [{ type: 'photo', id: 'p1', media: null, alt: '', caption: '', credit: CREDIT }] });
    expect(screen.getByText(/No picture yet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Choose a file…' })).toBeTruthy();
  });

  it('"Remove photo" takes the photo out of the body', async () => {
    const { editor } = await mount({
      body: [
        { type: 'paragraph', children: [{ text: 'Before' }] },
        { type: 'photo', id: 'p1', media: M('a'), alt: 'x', caption: '', credit: CREDIT },
      ],
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Remove photo' })));
    expect(regionChildren(editor, 'body').map((node) => node.type)).toEqual(['paragraph']);
  });

  it('"Choose a file…" imports the picked file and shows it', async () => {
    const { editor, bridge } = await mount({ body: [{ type: 'photo', id: 'p1', media: null, alt: '', caption: '', credit: CREDIT }] });
    fireEvent.click(screen.getByRole('button', { name: 'Choose a file…' }));
    const input = document.querySelector<HTMLInputElement>('input[type=file][data-copydesk-picker]')!;
    expect(input.accept).toBe('image/*');
    const file = new File([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 0])], 'new.png', { type: 'image/png' });
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
    });
    await waitFor(() => expect((regionChildren(editor, 'body')[0] as { media: string }).media).toBe(M('e', 'png')));
    expect(bridge.media.import).toHaveBeenCalledWith(expect.objectContaining({ storyId: STORY_ID, fileName: 'new.png' }));
    await waitFor(() => expect(screen.getByRole('img').getAttribute('src')).toBe(`/media/${STORY_ID}/${M('e', 'png')}`));
    expect(document.querySelector('input[data-copydesk-picker]')).toBeNull();
  });
});

describe('<EmptySlot>', () => {
  it('offers a lead photo or video, and "Add a lead video" puts a video in the lead', async () => {
    const { editor } = await mount({});
    expect(screen.getByRole('button', { name: 'Add a lead photo' })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add a lead video' })));
    expect(regionChildren(editor, 'lead').map((node) => node.type)).toEqual(['video']);
    // The new video's poster slot is rendered by the same component.
    expect(screen.getByRole('button', { name: 'Add a poster' })).toBeTruthy();
  });

  it('"Add a related video" adds one to the list, with buttons to move and remove it', async () => {
    const { editor } = await mount({});
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add a related video' })));
    expect(regionChildren(editor, 'related-videos').map((node) => node.type)).toEqual(['video']);
    expect((screen.getByRole('button', { name: 'Move video up' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Remove video' })));
    expect(regionChildren(editor, 'related-videos').map((node) => node.type)).toEqual(['empty-slot']);
  });
});

describe('<CreditLine>', () => {
  const photo = (kind?: 'pool' | 'file') => ({
    type: 'photo' as const,
    id: 'p1',
    media: M('a'),
    alt: 'x',
    caption: '',
    credit: { ...CREDIT, ...(kind ? { kind } : {}) },
  });

  it('shows the credit line in the house style from preferences', async () => {
    await mount({ body: [photo()] }, fakeBridge('ap'));
    await waitFor(() => expect(screen.getByText('(AP Photo/Richard Drew)')).toBeTruthy());
  });

  it('sets the credit’s kind from the "Credit kind" select, and the line follows', async () => {
    const { editor } = await mount({ body: [photo()] }, fakeBridge('ap'));
    const credit = screen.getByRole('group', { name: 'Credit' });
    const select = within(credit).getByRole('combobox', { name: 'Credit kind' }) as HTMLSelectElement;
    await act(async () => fireEvent.change(select, { target: { value: 'file' } }));
    expect((regionChildren(editor, 'body')[0] as { children: CustomElement[] }).children[3]).toMatchObject({ type: 'credit', kind: 'file' });
    await waitFor(() => expect(screen.getByText('(AP Photo/Richard Drew, File)')).toBeTruthy());
  });
});

describe('<DurationCheck>', () => {
  it('says what is wrong with a duration that is not mm:ss or h:mm:ss', async () => {
    await mount({
      relatedVideos: [
        { type: 'video', id: 'v1', title: 'T', durationSeconds: 77, media: null, poster: null, caption: '', credit: CREDIT },
      ],
    });
    expect(screen.queryByText(/Duration must be/)).toBeNull();
    cleanup();
    const { editor } = await mount({
      relatedVideos: [
        { type: 'video', id: 'v1', title: 'T', durationSeconds: null, media: null, poster: null, caption: '', credit: CREDIT },
      ],
    });
    const related = regionPath(editor, 'related-videos')!;
    await act(async () => {
      Transforms.insertText(editor, '1:75', { at: { path: [...related, 0, 1, 0], offset: 0 } });
    });
    expect(screen.getByText(/^Duration must be mm:ss or h:mm:ss \(Seconds must be 00–59 in "1:75"\)\.$/)).toBeTruthy();
  });
});
