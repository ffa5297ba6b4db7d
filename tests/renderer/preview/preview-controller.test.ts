// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderStoryHtml, storyHtmlParts } from '../../../shared/render/html/story-html.ts';
import type { HtmlRenderOptions } from '../../../shared/render/render-options.ts';
import { createStory } from '../../../shared/story/create.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { createPreviewController } from '../../../renderer/src/preview/preview-controller.ts';

const OPTIONS: HtmlRenderOptions = { stylesheet: 'p { margin: 0; }', creditStyle: 'ap', mediaUrl: () => null };

function story(paragraphs: string[], links = false): Story {
  return {
    ...createStory({ id: '01jq0000000000000000000000', now: new Date('2026-11-27T10:00:00Z'), headline: 'Harbour storm' }),
    body: paragraphs.map((text) => ({
      type: 'paragraph' as const,
      children: links ? [{ type: 'link' as const, url: 'https://example.com/', children: [{ text }] }] : [{ text }],
    })),
  };
}

/**
 * A frame showing `first` as if loaded from its srcdoc (jsdom does not load srcdoc, so the document is
 * written by hand and the load event sent by the test); `load()` sends it.
 */
function frameShowing(first: Story) {
  const html = renderStoryHtml(first, OPTIONS);
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.srcdoc = html;
  document.body.append(frame);
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(html);
  doc.close();
  const tasks: (() => void)[] = [];
  const schedule = vi.fn((task: () => void) => {
    tasks.push(task);
    return () => tasks.splice(tasks.indexOf(task), 1);
  });
  const runTasks = () => tasks.splice(0).forEach((task) => task());
  return { frame, doc, schedule, runTasks, load: () => frame.dispatchEvent(new Event('load')) };
}

const paragraphs = (doc: Document) => Array.from(doc.querySelectorAll('[data-part="body"] > p'));

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('createPreviewController()', () => {
  it('renders a new version when its scheduled turn comes, never at once', () => {
    const { frame, doc, schedule, runTasks, load } = frameShowing(story(['One.', 'Two.']));
    const render = vi.fn(storyHtmlParts);
    const controller = createPreviewController(frame, { render, schedule });
    load();

    controller.show(story(['One.', 'Two, changed.']), OPTIONS);
    expect(render).not.toHaveBeenCalled();
    expect(paragraphs(doc)[1]!.textContent).toBe('Two.');

    runTasks();
    expect(paragraphs(doc)[1]!.textContent).toBe('Two, changed.');
    controller.dispose();
  });

  it('patches the document in place: the frame keeps its document and the unchanged blocks', () => {
    const { frame, doc, schedule, runTasks, load } = frameShowing(story(['One.', 'Two.', 'Three.']));
    const controller = createPreviewController(frame, { schedule });
    load();
    const before = paragraphs(doc);

    controller.show(story(['One.', 'Two!', 'Three.']), OPTIONS);
    runTasks();

    expect(frame.contentDocument).toBe(doc);
    const after = paragraphs(doc);
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).not.toBe(before[1]);
    controller.dispose();
  });

  it('renders only the newest of the versions shown before its turn came', () => {
    const { frame, doc, schedule, runTasks, load } = frameShowing(story(['One.']));
    const render = vi.fn(storyHtmlParts);
    const controller = createPreviewController(frame, { render, schedule });
    load();

    controller.show(story(['One', 'Tw']), OPTIONS);
    controller.show(story(['One.', 'Two']), OPTIONS);
    controller.show(story(['One.', 'Two.']), OPTIONS);
    expect(schedule).toHaveBeenCalledTimes(1);
    runTasks();

    expect(render).toHaveBeenCalledTimes(1);
    expect(paragraphs(doc).map((p) => p.textContent)).toEqual(['One.', 'Two.']);
    controller.dispose();
  });

  it('does not touch the document when the new version renders the same', () => {
    const first = story(['One.']);
    const { frame, doc, schedule, runTasks, load } = frameShowing(first);
    const controller = createPreviewController(frame, { schedule });
    load();
    const observer = new MutationObserver(() => {});
    observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });

    controller.show({ ...first }, OPTIONS);
    runTasks();

    expect(observer.takeRecords()).toEqual([]);
    controller.dispose();
  });

  it('after the first version, parses only the blocks typed in, and the document is what a fresh parse gives', () => {
    const { frame, doc, schedule, runTasks, load } = frameShowing(story(['One.', 'Two.', 'Three.', 'Four.']));
    const controller = createPreviewController(frame, { schedule });
    load();
    controller.show(story(['One.', 'Two.', 'Three.', 'Four!']), OPTIONS);
    runTasks();
    const parse = vi.spyOn(DOMParser.prototype, 'parseFromString');
    const before = paragraphs(doc);

    const versions = [
      ['One.', 'Two, changed.', 'Three.', 'Four!'],
      ['One.', 'Two, changed.', 'A new one.', 'Three.', 'Four!'],
      ['One.', 'Four!'],
      ['Zero.', 'One.', 'Four!', 'Five.'],
    ];
    for (const [index, version] of versions.entries()) {
      controller.show(story(version), OPTIONS);
      runTasks();
      const fresh = new DOMParser().parseFromString(renderStoryHtml(story(version), OPTIONS), 'text/html');
      expect(doc.documentElement.outerHTML).toBe(fresh.documentElement.outerHTML);
      if (index === 0) expect([0, 2, 3].map((at) => paragraphs(doc)[at] === before[at])).toEqual([true, true, true]);
    }
    // The head was parsed again (its word count changed), never the whole document.
    const wholeDocuments = parse.mock.calls.filter(([html]) => html.includes('</article>'));
    expect(wholeDocuments).toHaveLength(versions.length); // only the test's own fresh parses
    parse.mockRestore();
    controller.dispose();
  });

  it('patches the whole document when more than the body changed', () => {
    const { frame, doc, schedule, runTasks, load } = frameShowing(story(['One.']));
    const controller = createPreviewController(frame, { schedule });
    load();
    controller.show(story(['One.', 'Two.']), OPTIONS);
    runTasks();
    const retitled = { ...story(['One.', 'Two.']), headline: 'Harbour storm passes' };
    controller.show(retitled, OPTIONS);
    runTasks();
    const fresh = new DOMParser().parseFromString(renderStoryHtml(retitled, OPTIONS), 'text/html');
    expect(doc.documentElement.outerHTML).toBe(fresh.documentElement.outerHTML);
    controller.dispose();
  });

  it('waits for the frame to load before patching it', () => {
    const { frame, doc, schedule, runTasks, load } = frameShowing(story(['One.']));
    const controller = createPreviewController(frame, { schedule });

    controller.show(story(['One, before the frame loaded.']), OPTIONS);
    runTasks();
    expect(paragraphs(doc)[0]!.textContent).toBe('One.');

    load();
    expect(paragraphs(doc)[0]!.textContent).toBe('One, before the frame loaded.');
    controller.dispose();
  });

  it('scrolls to the part being edited once the caret has rested there', () => {
    vi.useFakeTimers();
    const { frame, doc, schedule, load } = frameShowing(story(['One.', 'Two.', 'Three.']));
    const controller = createPreviewController(frame, { schedule, followDelayMs: 150 });
    load();
    const scrollBy = vi.spyOn(frame.contentWindow!, 'scrollBy').mockImplementation(() => {});
    const third = paragraphs(doc)[2]!;
    third.getBoundingClientRect = () => ({ top: 1000, bottom: 1040 }) as DOMRect;
    paragraphs(doc)[1]!.getBoundingClientRect = () => ({ top: 900, bottom: 940 }) as DOMRect;

    controller.follow({ region: 'body', index: 1 });
    vi.advanceTimersByTime(100);
    controller.follow({ region: 'body', index: 2 });
    vi.advanceTimersByTime(100);
    expect(scrollBy).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);

    expect(scrollBy).toHaveBeenCalledTimes(1);
    const innerHeight = frame.contentWindow!.innerHeight;
    expect(scrollBy.mock.calls[0]![0]).toMatchObject({ top: 1040 - (innerHeight - 16) });
    controller.dispose();
  });

  it('keeps a click on a link from taking the frame away from the story', () => {
    const { frame, doc, schedule, load } = frameShowing(story(['A link'], true));
    const controller = createPreviewController(frame, { schedule, blockLinks: true });
    load();

    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    doc.querySelector('a')!.firstChild!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    controller.dispose();
  });
});
