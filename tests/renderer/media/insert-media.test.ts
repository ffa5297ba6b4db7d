// @vitest-environment happy-dom
// The media commands through the Slate API, as data: a story, where the cursor is, a command, and the shape
// of the document after it (one line per block: "p:First", "photo:a", "video:∅", "slot:lead" …).

import { createEditor, Editor, Node, type Location, type Path } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge, ImportedMedia } from '../../../shared/bridge/contract.ts';
import { createStory } from '../../../shared/story/create.ts';
import type { BodyBlock, Story, Video } from '../../../shared/story/schema.ts';
import { creditFromSlate, storyFromSlate } from '../../../renderer/src/editor/document/from-slate.ts';
import { storyToSlate } from '../../../renderer/src/editor/document/to-slate.ts';
import type { CreditElement, CustomElement, StoryEditor } from '../../../renderer/src/editor/document/types.ts';
import {
  addRelatedVideo,
  bodyInsertionPath,
  clipboardIsOnlyFiles,
  handleMediaDrop,
  handleMediaPaste,
  insertMediaBlocks,
  insertPhotos,
  moveRelatedVideo,
  placeFiles,
  regionPath,
  removeMediaBlock,
  setCreditKind,
  setLeadMedia,
  setMediaFile,
  setPoster,
} from '../../../renderer/src/editor/media/insert-media.ts';
import { mediaStatusOf, withMedia } from '../../../renderer/src/editor/media/media-context.ts';

const STORY_ID = '01jq0000000000000000000000';
/** A media file name Copydesk would make, recognisable by its first letter. */
const M = (letter: string, ext = 'jpg') => `${letter.repeat(64)}.${ext}`;
const EMPTY_CREDIT = { photographers: [], organization: '', via: '', restrictions: [], copyright: '' };

const p = (text: string): BodyBlock => ({ type: 'paragraph', children: [{ text }] });
const photo = (id: string, media: string | null, caption = ''): BodyBlock => ({
  type: 'photo',
  id,
  media,
  alt: '',
  caption,
  credit: EMPTY_CREDIT,
});
const video = (id: string, media: string | null = null, title = ''): Video => ({
  type: 'video',
  id,
  title,
  durationSeconds: null,
  media,
  poster: null,
  caption: '',
  credit: EMPTY_CREDIT,
});

function story(parts: Partial<Story> = {}): Story {
  return {
    ...createStory({ id: STORY_ID, now: new Date('2026-11-27T10:00:00Z'), headline: 'The headline' }),
    ...parts,
  };
}

function fakeBridge() {
  let n = 0;
  const importMedia = vi.fn(async ({ dataBase64 }: { dataBase64: string }): Promise<ImportedMedia> => {
    const bytes = Buffer.from(dataBase64, 'base64');
    const video = bytes.subarray(4, 8).toString('latin1') === 'ftyp';
    const letter = 'abcdef'[n++ % 6]!;
    return { file: M(letter, video ? 'mp4' : 'png'), mimeType: video ? 'video/mp4' : 'image/png', bytes: bytes.length, added: true };
  });
  return { media: { import: importMedia } } as unknown as CopydeskBridge;
}

function editorFor(source: Story, bridge = fakeBridge()): StoryEditor {
  const editor = withMedia(withHistory(withReact(createEditor())), { storyId: STORY_ID, bridge });
  editor.children = storyToSlate(source);
  return editor;
}

function describeBlock(node: CustomElement): string {
  switch (node.type) {
    case 'paragraph':
      return `p:${Node.string(node)}`;
    case 'list':
      return `list:${Node.string(node)}`;
    case 'photo':
      return `photo:${node.media?.[0] ?? '∅'}`;
    case 'video': {
      const poster = node.children.find((child) => child.type === 'poster');
      return `video:${node.media?.[0] ?? '∅'}${poster?.type === 'poster' ? `+poster:${poster.media?.[0] ?? '∅'}` : ''}`;
    }
    case 'empty-slot':
      return `slot:${node.slot}`;
    default:
      return node.type;
  }
}

function shape(editor: Editor, region: 'lead' | 'body' | 'related-videos'): string[] {
  const path = regionPath(editor, region)!;
  return (Node.get(editor, path) as { children: CustomElement[] }).children.map(describeBlock);
}

/** A point in the text of the body block at `index` (its first text, or a field's). */
function inBody(editor: Editor, index: number, offset = 0): Location {
  const body = regionPath(editor, 'body')!;
  const start = Editor.start(editor, [...body, index]);
  return { path: start.path, offset };
}

const pngFile = (name = 'photo.png') => new File([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 0])], name, { type: 'image/png' });
const mp4File = (name = 'clip.mp4') => new File([Uint8Array.from([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d])], name, { type: 'video/mp4' });

// ── inserting into the body ──────────────────────────────────────────────────────────────────────────────

interface InsertCase {
  name: string;
  story: Partial<Story>;
  /** Where the cursor is: a function of the editor, or null for no selection. */
  at: ((editor: Editor) => Location) | null;
  items: { file: string | null; kind: 'image' | 'video' }[];
  body: string[];
}

const insertCases: InsertCase[] = [
  {
    name: 'after the paragraph the cursor is in',
    story: { body: [p('First'), p('Second')] },
    at: (editor) => inBody(editor, 0, 2),
    items: [{ file: M('a'), kind: 'image' }],
    body: ['p:First', 'photo:a', 'p:Second'],
  },
  {
    name: 'in place of an empty paragraph, which stays after it for the text that follows',
    story: { body: [p('First'), p('')] },
    at: (editor) => inBody(editor, 1),
    items: [{ file: M('a'), kind: 'image' }],
    body: ['p:First', 'photo:a', 'p:'],
  },
  {
    name: 'at the start of the body when the cursor is in the headline — never in the headline',
    story: { body: [p('First')] },
    at: () => ({ path: [0, 0], offset: 3 }),
    items: [{ file: M('a'), kind: 'image' }],
    body: ['photo:a', 'p:First'],
  },
  {
    name: 'at the start of the body when the cursor is in the dateline',
    story: { body: [p('First')], dateline: { location: 'WASHINGTON', source: 'AP' } },
    at: (editor) => Editor.start(editor, [regionPath(editor, 'dateline')![0]!, 0]),
    items: [{ file: M('a'), kind: 'image' }],
    body: ['photo:a', 'p:First'],
  },
  {
    name: 'at the end of the body when there is no selection',
    story: { body: [p('First'), p('Second')] },
    at: null,
    items: [{ file: M('a'), kind: 'image' }],
    body: ['p:First', 'p:Second', 'photo:a'],
  },
  {
    name: 'at the end of the body when the cursor is in the related videos',
    story: { body: [p('First')], relatedVideos: [video('v1')] },
    at: (editor) => Editor.start(editor, regionPath(editor, 'related-videos')!),
    items: [{ file: M('a'), kind: 'image' }],
    body: ['p:First', 'photo:a'],
  },
  {
    name: 'after a photo whose caption the cursor is in',
    story: { body: [p('First'), photo('ph1', M('z'), 'A caption'), p('Last')] },
    at: (editor) => {
      const body = regionPath(editor, 'body')!;
      return Editor.start(editor, [...body, 1, 1]); // the caption field
    },
    items: [{ file: M('a'), kind: 'image' }],
    body: ['p:First', 'photo:z', 'photo:a', 'p:Last'],
  },
  {
    name: 'after a whole list when the cursor is in a nested item',
    story: {
      body: [
        { type: 'list', style: 'bulleted', items: [{ children: [{ text: 'One' }], sublist: { type: 'list', style: 'numbered', items: [{ children: [{ text: 'Two' }] }] } }] },
        p('After'),
      ],
    },
    at: (editor) => {
      const body = regionPath(editor, 'body')!;
      return Editor.start(editor, [...body, 0, 0, 1, 0]); // the nested item
    },
    items: [{ file: M('a'), kind: 'image' }],
    body: ['list:OneTwo', 'photo:a', 'p:After'],
  },
  {
    name: 'several at once, in the order given, images as photos and videos as videos',
    story: { body: [p('First')] },
    at: (editor) => inBody(editor, 0),
    items: [
      { file: M('a'), kind: 'image' },
      { file: M('b', 'mp4'), kind: 'video' },
      { file: M('c'), kind: 'image' },
    ],
    body: ['p:First', 'photo:a', 'video:b', 'photo:c'],
  },
];

describe('insertMediaBlocks()', () => {
  it.each(insertCases)('inserts $name', ({ story: parts, at, items, body }) => {
    const editor = editorFor(story(parts));
    const headlineBefore = JSON.stringify(editor.children[0]);
    insertMediaBlocks(editor, items, at ? at(editor) : null);
    expect(shape(editor, 'body')).toEqual(body);
    expect(JSON.stringify(editor.children[0])).toBe(headlineBefore);
  });

  it('uses the selection when no place is given, and puts the cursor in the new photo’s caption', () => {
    const editor = editorFor(story({ body: [p('First'), p('Second')] }));
    editor.select(inBody(editor, 0, 1));
    const [path] = insertMediaBlocks(editor, [{ file: M('a'), kind: 'image' }]);
    expect(shape(editor, 'body')).toEqual(['p:First', 'photo:a', 'p:Second']);
    const [field] = Editor.above(editor, { match: (node) => (node as CustomElement).type === 'field' })!;
    expect(field).toMatchObject({ type: 'field', name: 'caption' });
    expect(editor.selection!.anchor.path.slice(0, path!.length)).toEqual(path);
  });

  it('gives each new block its own id and an empty caption, alt text and credit that read back as a story', () => {
    const base = story({ body: [p('First')] });
    const editor = editorFor(base);
    insertMediaBlocks(editor, [{ file: M('a'), kind: 'image' }, { file: M('b'), kind: 'image' }], inBody(editor, 0));
    const back = storyFromSlate(editor.children, base);
    const [, first, second] = back.body;
    expect(first).toMatchObject({ type: 'photo', media: M('a'), caption: '', alt: '', credit: EMPTY_CREDIT });
    expect(second).toMatchObject({ type: 'photo', media: M('b') });
    expect((first as { id: string }).id).toMatch(/^[0-9a-z]{6}$/);
    expect((first as { id: string }).id).not.toBe((second as { id: string }).id);
  });

  it('is undone in one step', async () => {
    const editor = editorFor(story({ body: [p('First')] }));
    insertMediaBlocks(editor, [{ file: M('a'), kind: 'image' }, { file: M('b'), kind: 'image' }], inBody(editor, 0));
    await Promise.resolve(); // Slate closes the history batch when it flushes
    editor.undo();
    expect(shape(editor, 'body')).toEqual(['p:First']);
  });
});

describe('bodyInsertionPath()', () => {
  it('answers a path inside the body whatever region the place is in', () => {
    const editor = editorFor(story({ body: [p('a'), p('b')] }));
    const body = regionPath(editor, 'body')![0]!;
    for (let region = 0; region < editor.children.length; region++) {
      const path = bodyInsertionPath(editor, Editor.start(editor, [region]));
      expect(path[0]).toBe(body);
    }
  });
});

// ── the lead, related videos, posters, credits ───────────────────────────────────────────────────────────

interface CommandCase {
  name: string;
  story: Partial<Story>;
  run: (editor: StoryEditor) => void;
  expect: Partial<Record<'lead' | 'body' | 'related-videos', string[]>>;
}

const leadPath = (editor: Editor): Path => [...regionPath(editor, 'lead')!, 0];
const relatedPath = (editor: Editor, index: number): Path => [...regionPath(editor, 'related-videos')!, index];

const commandCases: CommandCase[] = [
  {
    name: 'setLeadMedia fills the empty lead slot with a photo',
    story: {},
    run: (editor) => setLeadMedia(editor, 'photo', M('a')),
    expect: { lead: ['photo:a'] },
  },
  {
    name: 'setLeadMedia fills the empty lead slot with a video without a file yet',
    story: {},
    run: (editor) => setLeadMedia(editor, 'video'),
    expect: { lead: ['video:∅'] },
  },
  {
    name: 'setLeadMedia replaces a lead photo of the other kind',
    story: { lead: { type: 'photo', id: 'lead1', media: M('z'), alt: '', caption: '', credit: EMPTY_CREDIT } },
    run: (editor) => setLeadMedia(editor, 'video', M('b', 'mp4')),
    expect: { lead: ['video:b'] },
  },
  {
    name: 'removeMediaBlock on the lead brings its empty slot back',
    story: { lead: { type: 'photo', id: 'lead1', media: M('z'), alt: '', caption: '', credit: EMPTY_CREDIT } },
    run: (editor) => removeMediaBlock(editor, leadPath(editor)),
    expect: { lead: ['slot:lead'] },
  },
  {
    name: 'addRelatedVideo replaces the empty slot of the list',
    story: {},
    run: (editor) => addRelatedVideo(editor),
    expect: { 'related-videos': ['video:∅'] },
  },
  {
    name: 'addRelatedVideo adds at the end of the list',
    story: { relatedVideos: [video('v1', M('a', 'mp4'))] },
    run: (editor) => addRelatedVideo(editor, M('b', 'mp4')),
    expect: { 'related-videos': ['video:a', 'video:b'] },
  },
  {
    name: 'removeMediaBlock on a related video leaves the others',
    story: { relatedVideos: [video('v1', M('a', 'mp4')), video('v2', M('b', 'mp4'))] },
    run: (editor) => removeMediaBlock(editor, relatedPath(editor, 0)),
    expect: { 'related-videos': ['video:b'] },
  },
  {
    name: 'removeMediaBlock on the last related video brings the slot back',
    story: { relatedVideos: [video('v1', M('a', 'mp4'))] },
    run: (editor) => removeMediaBlock(editor, relatedPath(editor, 0)),
    expect: { 'related-videos': ['slot:related-videos'] },
  },
  {
    name: 'removeMediaBlock on a body photo removes just it',
    story: { body: [p('One'), photo('ph', M('a')), p('Two')] },
    run: (editor) => removeMediaBlock(editor, [...regionPath(editor, 'body')!, 1]),
    expect: { body: ['p:One', 'p:Two'] },
  },
  {
    name: 'removeMediaBlock on the only block of the body leaves one empty paragraph',
    story: { body: [photo('ph', M('a'))] },
    run: (editor) => removeMediaBlock(editor, [...regionPath(editor, 'body')!, 0]),
    expect: { body: ['p:'] },
  },
  {
    name: 'moveRelatedVideo moves the first to the end',
    story: { relatedVideos: [video('v1', M('a', 'mp4')), video('v2', M('b', 'mp4')), video('v3', M('c', 'mp4'))] },
    run: (editor) => moveRelatedVideo(editor, 0, 2),
    expect: { 'related-videos': ['video:b', 'video:c', 'video:a'] },
  },
  {
    name: 'moveRelatedVideo moves the last to the start',
    story: { relatedVideos: [video('v1', M('a', 'mp4')), video('v2', M('b', 'mp4')), video('v3', M('c', 'mp4'))] },
    run: (editor) => moveRelatedVideo(editor, 2, 0),
    expect: { 'related-videos': ['video:c', 'video:a', 'video:b'] },
  },
  {
    name: 'moveRelatedVideo moves one down a place',
    story: { relatedVideos: [video('v1', M('a', 'mp4')), video('v2', M('b', 'mp4')), video('v3', M('c', 'mp4'))] },
    run: (editor) => moveRelatedVideo(editor, 0, 1),
    expect: { 'related-videos': ['video:b', 'video:a', 'video:c'] },
  },
  {
    name: 'moveRelatedVideo keeps a move past the end at the end',
    story: { relatedVideos: [video('v1', M('a', 'mp4')), video('v2', M('b', 'mp4'))] },
    run: (editor) => moveRelatedVideo(editor, 0, 9),
    expect: { 'related-videos': ['video:b', 'video:a'] },
  },
  {
    name: 'setPoster fills a video’s empty poster slot',
    story: { relatedVideos: [video('v1', M('a', 'mp4'))] },
    run: (editor) => setPoster(editor, relatedPath(editor, 0), M('p')),
    expect: { 'related-videos': ['video:a+poster:p'] },
  },
  {
    name: 'setPoster replaces the picture of a poster it has',
    story: {
      relatedVideos: [{ ...video('v1', M('a', 'mp4')), poster: { media: M('p'), alt: 'x', caption: 'kept', credit: EMPTY_CREDIT } }],
    },
    run: (editor) => setPoster(editor, relatedPath(editor, 0), M('q')),
    expect: { 'related-videos': ['video:a+poster:q'] },
  },
  {
    name: 'removeMediaBlock on a poster brings the video’s poster slot back',
    story: {
      relatedVideos: [{ ...video('v1', M('a', 'mp4')), poster: { media: M('p'), alt: '', caption: '', credit: EMPTY_CREDIT } }],
    },
    run: (editor) => removeMediaBlock(editor, [...relatedPath(editor, 0), 2]),
    expect: { 'related-videos': ['video:a'] },
  },
  {
    name: 'setMediaFile replaces a body photo’s picture',
    story: { body: [photo('ph', M('a'), 'Kept caption')] },
    run: (editor) => setMediaFile(editor, [...regionPath(editor, 'body')!, 0], M('b')),
    expect: { body: ['photo:b'] },
  },
];

describe('media commands', () => {
  it.each(commandCases)('$name', ({ story: parts, run, expect: expected }) => {
    const base = story(parts);
    const editor = editorFor(base);
    run(editor);
    for (const [region, blocks] of Object.entries(expected)) {
      expect(shape(editor, region as 'lead')).toEqual(blocks);
    }
    // What the commands leave is always a valid story.
    expect(() => storyFromSlate(editor.children, base)).not.toThrow();
  });

  it('keeps the lead photo’s caption when only its picture changes', () => {
    const base = story({ lead: { type: 'photo', id: 'lead1', media: M('z'), alt: '', caption: 'Kept', credit: EMPTY_CREDIT } });
    const editor = editorFor(base);
    setLeadMedia(editor, 'photo', M('a'));
    expect(storyFromSlate(editor.children, base).lead).toMatchObject({ id: 'lead1', media: M('a'), caption: 'Kept' });
  });

  it('keeps a poster’s caption when its picture is replaced', () => {
    const base = story({
      relatedVideos: [{ ...video('v1'), poster: { media: M('p'), alt: 'alt', caption: 'kept', credit: EMPTY_CREDIT } }],
    });
    const editor = editorFor(base);
    setPoster(editor, relatedPath(editor, 0), M('q'));
    expect(storyFromSlate(editor.children, base).relatedVideos[0]!.poster).toMatchObject({ media: M('q'), caption: 'kept', alt: 'alt' });
  });

  it('refuses to move what is not a related video', () => {
    const editor = editorFor(story());
    expect(() => moveRelatedVideo(editor, 0, 1)).toThrow(/no related video at 0/);
  });

  it('setCreditKind sets and clears a credit’s kind', () => {
    const base = story({ body: [photo('ph', M('a'))] });
    const editor = editorFor(base);
    const creditPath = [...regionPath(editor, 'body')!, 0, 3];
    setCreditKind(editor, creditPath, 'pool');
    expect(creditFromSlate(Node.get(editor, creditPath) as CreditElement).kind).toBe('pool');
    expect(storyFromSlate(editor.children, base).body[0]).toMatchObject({ credit: { kind: 'pool' } });
    setCreditKind(editor, creditPath, null);
    expect(Node.get(editor, creditPath)).not.toHaveProperty('kind');
  });
});

// ── importing, dropping, pasting ─────────────────────────────────────────────────────────────────────────

describe('insertPhotos()', () => {
  it('imports the files through the bridge, then inserts what was imported where the cursor was', async () => {
    const bridge = fakeBridge();
    const editor = editorFor(story({ body: [p('First'), p('Second')] }), bridge);
    editor.select(inBody(editor, 0, 5));
    const { result } = await insertPhotos(editor, STORY_ID, [pngFile('a.png'), mp4File()]);
    expect(result.imported.map((file) => file.kind)).toEqual(['image', 'video']);
    expect(shape(editor, 'body')).toEqual(['p:First', 'photo:a', 'video:b', 'p:Second']);
    expect(bridge.media.import).toHaveBeenCalledTimes(2);
  });

  it('inserts at the place it was given even if the person typed above it meanwhile', async () => {
    const editor = editorFor(story({ body: [p('First'), p('Second')] }));
    const pending = insertPhotos(editor, STORY_ID, [pngFile()], inBody(editor, 1, 0));
    // A block is added before the place while the file is on its way.
    editor.apply({ type: 'insert_node', path: [...regionPath(editor, 'body')!, 0], node: { type: 'paragraph', children: [{ text: 'New' }] } });
    await pending;
    expect(shape(editor, 'body')).toEqual(['p:New', 'p:First', 'p:Second', 'photo:a']);
  });

  it('inserts the good files and lists why the others were not used', async () => {
    const editor = editorFor(story({ body: [p('First')] }));
    await insertPhotos(editor, STORY_ID, [pngFile(), new File(['%PDF'], 'notes.pdf', { type: 'application/pdf' })], inBody(editor, 0));
    expect(shape(editor, 'body')).toEqual(['p:First', 'photo:a']);
    expect(mediaStatusOf(editor).errors).toEqual([
      '“notes.pdf” is not a picture or video Copydesk can use (JPEG, PNG, GIF, WebP, AVIF, MP4 or WebM).',
    ]);
    expect(mediaStatusOf(editor).progress).toBeNull();
  });
});

describe('placeFiles()', () => {
  it('fills the lead when the files land on its empty slot, and puts the rest at the top of the body', async () => {
    const editor = editorFor(story({ body: [p('First')] }));
    await placeFiles(editor, STORY_ID, [pngFile('a.png'), pngFile('b.png')], Editor.start(editor, leadPath(editor)));
    expect(shape(editor, 'lead')).toEqual(['photo:a']);
    expect(shape(editor, 'body')).toEqual(['photo:b', 'p:First']);
  });

  it('gives a video its poster when a picture lands on the poster slot', async () => {
    const editor = editorFor(story({ relatedVideos: [video('v1', M('z', 'mp4'))] }));
    await placeFiles(editor, STORY_ID, [pngFile()], Editor.start(editor, [...relatedPath(editor, 0), 2]));
    expect(shape(editor, 'related-videos')).toEqual(['video:z+poster:a']);
  });

  it('replaces the picture a file lands on', async () => {
    const editor = editorFor(story({ body: [photo('ph', M('z'), 'Caption')] }));
    await placeFiles(editor, STORY_ID, [pngFile()], Editor.start(editor, [...regionPath(editor, 'body')!, 0, 0]));
    expect(shape(editor, 'body')).toEqual(['photo:a']);
  });

  it('refuses a picture dropped on the related-video slot, saying a video is needed', async () => {
    const editor = editorFor(story());
    await placeFiles(editor, STORY_ID, [pngFile('still.png')], Editor.start(editor, relatedPath(editor, 0)));
    expect(shape(editor, 'related-videos')).toEqual(['slot:related-videos']);
    expect(mediaStatusOf(editor).errors).toEqual(['“still.png” is a picture; this needs a video.']);
  });
});

function transfer(files: File[], data: Record<string, string> = {}) {
  return {
    files: files as unknown as FileList,
    items: files.map((file) => ({ kind: 'file', type: file.type, getAsFile: () => file })) as unknown as DataTransferItemList,
    getData: (type: string) => data[type] ?? '',
  } as unknown as DataTransfer;
}

describe('handleMediaPaste()', () => {
  it('takes a clipboard holding only a picture and inserts it after the cursor’s block', async () => {
    const editor = editorFor(story({ body: [p('First'), p('Second')] }));
    editor.select(inBody(editor, 0, 2));
    const preventDefault = vi.fn();
    expect(handleMediaPaste(editor, { clipboardData: transfer([pngFile()]), preventDefault })).toBe(true);
    expect(preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(shape(editor, 'body')).toEqual(['p:First', 'photo:a', 'p:Second']));
  });

  it('leaves text alone, even with a picture of it on the clipboard (as Word puts there)', () => {
    const editor = editorFor(story({ body: [p('First')] }));
    const preventDefault = vi.fn();
    const clipboard = transfer([pngFile()], { 'text/html': '<p class="MsoNormal">Hello</p>', 'text/plain': 'Hello' });
    expect(handleMediaPaste(editor, { clipboardData: clipboard, preventDefault })).toBe(false);
    expect(preventDefault).not.toHaveBeenCalled();
  });

  it('leaves a paste without files alone', () => {
    const editor = editorFor(story());
    expect(handleMediaPaste(editor, { clipboardData: transfer([], { 'text/plain': 'x' }), preventDefault: vi.fn() })).toBe(false);
  });
});

describe('clipboardIsOnlyFiles()', () => {
  it.each([
    ['a screenshot', true, transfer([pngFile()])],
    ['a browser’s “Copy image” (an <img> as HTML)', true, transfer([pngFile()], { 'text/html': '<meta charset="utf-8"><img src="https://x/y.png" alt="">' })],
    ['Word’s text with a picture of it', false, transfer([pngFile()], { 'text/html': '<p>Text</p>', 'text/plain': 'Text' })],
    ['HTML with text but no plain text', false, transfer([pngFile()], { 'text/html': '<b>Bold</b>' })],
    ['text only', false, transfer([], { 'text/plain': 'Hi' })],
    ['a file copied in Finder (its name comes as text)', true, transfer([pngFile('harbour.png')], { 'text/plain': 'harbour.png' })],
    ['a file copied in Explorer (its path comes as text)', true, transfer([pngFile('harbour.png')], { 'text/plain': 'C:\\Photos\\harbour.png' })],
  ] as const)('says %s is only pictures: %s', (_what, expected, data) => {
    expect(clipboardIsOnlyFiles(data)).toBe(expected);
  });
});

describe('handleMediaDrop()', () => {
  it('takes dropped files (stopping the browser from opening them) and inserts them', async () => {
    const editor = editorFor(story({ body: [p('First'), p('Second')] }));
    editor.select(inBody(editor, 1, 0));
    const preventDefault = vi.fn();
    expect(handleMediaDrop(editor, { dataTransfer: transfer([pngFile()]), preventDefault })).toBe(true);
    expect(preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(shape(editor, 'body')).toEqual(['p:First', 'p:Second', 'photo:a']));
  });

  it('leaves a drag of text to Slate', () => {
    const editor = editorFor(story());
    const preventDefault = vi.fn();
    expect(handleMediaDrop(editor, { dataTransfer: transfer([], { 'text/plain': 'moved' }), preventDefault })).toBe(false);
    expect(preventDefault).not.toHaveBeenCalled();
  });
});
