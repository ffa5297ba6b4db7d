// Keeps the preview frame showing the story: the frame loads its first document from `srcdoc` once; every
// later version is rendered at the first idle moment after a pause in typing (after-typing-pause.ts; never in
// a keystroke's handler) and patched into the live document (patch-document.ts), so the frame never
// reloads. It also follows the part being edited, scrolling the frame — after the caret has rested a moment
// — so that part is in view.

import type { HtmlRenderOptions } from '../../../shared/render/render-options.ts';
import { joinStoryHtml, storyHtmlParts, type StoryHtmlParts } from '../../../shared/render/html/story-html.ts';
import type { Story } from '../../../shared/story/schema.ts';
import type { EditingPart } from '../editor/editing-part.ts';
import { partElement } from './part-element.ts';
import { patchBodyBlocks, patchDocument, patchHead } from './patch-document.ts';
import { scrollIntoViewNearestSoon } from './scroll-into-view.ts';
import { afterTypingPause } from './after-typing-pause.ts';
import type { Cancel } from './when-idle.ts';

export interface PreviewControllerOptions {
  /** storyHtmlParts (renderStoryHtml's pieces) unless given. */
  render?: (story: Story, options: HtmlRenderOptions) => StoryHtmlParts;
  /** When to render a new version; at the first idle moment after a pause in typing unless given. */
  schedule?: (task: () => void) => Cancel;
  /** How long the caret rests in a part before the frame scrolls to it. */
  followDelayMs?: number;
  /**
   * Keep a click on a link from taking the frame away from the story. Not needed inside the desktop app,
   * whose shell stops such a navigation itself and offers to open the link in the browser.
   */
  blockLinks?: boolean;
}

export interface PreviewController {
  /** The story (or the options) changed: show it soon. */
  show(story: Story, options: HtmlRenderOptions): void;
  /** The caret moved to `part`. */
  follow(part: EditingPart | null): void;
  dispose(): void;
}

export const FOLLOW_DELAY_MS = 150;

function preventLinkNavigation(event: MouseEvent): void {
  // The frame's nodes belong to another window, so `instanceof Element` would be false: test the node type.
  const target = event.target as Node | null;
  const element = target?.nodeType === 1 ? (target as Element) : (target?.parentElement ?? null);
  if (element?.closest('a[href]')) event.preventDefault();
}

function scrollBehavior(): ScrollBehavior {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

export function createPreviewController(frame: HTMLIFrameElement, options: PreviewControllerOptions = {}): PreviewController {
  const { render = storyHtmlParts, schedule = afterTypingPause, followDelayMs = FOLLOW_DELAY_MS, blockLinks = false } = options;
  let wanted: { story: Story; options: HtmlRenderOptions } | null = null;
  /** The HTML the frame's document holds; null until it has loaded. */
  let shown: string | null = null;
  /** The same, in pieces, once a version has been rendered here (the first came from the frame's srcdoc). */
  let shownParts: StoryHtmlParts | null = null;
  let loadedDocument: Document | null = null;
  let cancelRender: Cancel | null = null;
  let followTimer: ReturnType<typeof setTimeout> | null = null;
  let part: EditingPart | null = null;

  let cancelScroll: (() => void) | null = null;

  function scrollToPart(): void {
    followTimer = null;
    cancelScroll?.();
    cancelScroll = null;
    if (!loadedDocument || !part) return;
    const element = partElement(loadedDocument, part);
    if (element) cancelScroll = scrollIntoViewNearestSoon(element, { behavior: scrollBehavior() });
  }

  function renderWanted(): void {
    cancelRender = null;
    if (!loadedDocument || !wanted) return;
    const parts = render(wanted.story, wanted.options);
    wanted = null;
    if (!(shownParts && patchPieces(loadedDocument, shownParts, parts))) {
      const html = joinStoryHtml(parts);
      if (html === shown) {
        shownParts = parts;
        return;
      }
      patchDocument(loadedDocument, html);
    }
    shownParts = parts;
    shown = null; // known by its pieces from here on
    scrollToPart(); // the part being typed in may have grown past the fold
  }

  function onLoad(): void {
    loadedDocument?.removeEventListener('click', preventLinkNavigation);
    loadedDocument = frame.contentDocument;
    shown = frame.srcdoc;
    shownParts = null;
    if (blockLinks) loadedDocument?.addEventListener('click', preventLinkNavigation);
    if (wanted) renderWanted();
    scrollToPart();
  }

  frame.addEventListener('load', onLoad);
  // Loaded before this controller was made (the frame's srcdoc parses quickly).
  if (frame.contentDocument?.URL === 'about:srcdoc' && frame.contentDocument.readyState === 'complete') onLoad();

  return {
    show(story, renderOptions) {
      wanted = { story, options: renderOptions };
      cancelRender ??= schedule(renderWanted);
    },
    follow(next) {
      part = next;
      if (followTimer !== null) clearTimeout(followTimer);
      followTimer = setTimeout(scrollToPart, followDelayMs);
    },
    dispose() {
      cancelRender?.();
      cancelScroll?.();
      if (followTimer !== null) clearTimeout(followTimer);
      frame.removeEventListener('load', onLoad);
      loadedDocument?.removeEventListener('click', preventLinkNavigation);
      loadedDocument = null;
    },
  };
}

/**
 * Brings the document from `before` to `after` by the pieces that changed: the head, and the body blocks
 * typed in. False (nothing touched) when anything else changed — the header, the lead, the related videos —
 * and the whole document must be patched.
 */
function patchPieces(document: Document, before: StoryHtmlParts, after: StoryHtmlParts): boolean {
  if (before.top !== after.top || before.open !== after.open || before.close !== after.close) return false;
  if (!patchBodyBlocks(document, before.blocks, after.blocks)) return false;
  if (before.head !== after.head) patchHead(document, after.top + after.head + after.open);
  return true;
}
