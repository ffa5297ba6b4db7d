// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge } from '../../../../shared/bridge/contract.ts';
import { SpellingMenu, type SpellingMenuTarget } from '../../../../renderer/src/editor/spelling/spelling-menu.tsx';

const TARGET: SpellingMenuTarget = { word: 'recieve', written: 'recieve', rect: { left: 10, top: 20, width: 50, height: 18 } };

function fakeBridge(suggest: (word: string) => Promise<string[]>) {
  const spy = vi.fn(async ({ word }: { word: string }) => ({ suggestions: await suggest(word) }));
  return { bridge: { spelling: { suggest: spy } } as unknown as CopydeskBridge, suggest: spy };
}

function show(bridge: CopydeskBridge, target: SpellingMenuTarget | null = TARGET) {
  const handlers = { onReplace: vi.fn(), onAddToDictionary: vi.fn(), onIgnore: vi.fn(), onClose: vi.fn() };
  render(<SpellingMenu bridge={bridge} target={target} {...handlers} />);
  return handlers;
}

afterEach(cleanup);

describe('<SpellingMenu>', () => {
  it('lists the suggestions, then adding to the dictionary and ignoring', async () => {
    const { bridge, suggest } = fakeBridge(async () => ['receive', 'relieve']);
    show(bridge);
    const menu = screen.getByRole('menu', { name: '“recieve” is not in the dictionary' });
    expect(menu.textContent).toContain('“recieve” is not in the dictionary');
    expect(await screen.findByRole('menuitem', { name: 'receive' })).toBeTruthy();
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'receive',
      'relieve',
      'Add “recieve” to dictionary',
      'Ignore in this story',
    ]);
    expect(suggest).toHaveBeenCalledWith({ word: 'recieve' });
  });

  it('replaces the word with the suggestion chosen, apostrophes as the text writes them', async () => {
    const { bridge } = fakeBridge(async () => ["don't"]);
    const handlers = show(bridge, { word: "dont't", written: 'dont’t', rect: TARGET.rect });
    fireEvent.click(await screen.findByRole('menuitem', { name: 'don’t' }));
    expect(handlers.onReplace).toHaveBeenCalledWith('don’t');
    expect(handlers.onClose).toHaveBeenCalled();
  });

  it('adds the word to the dictionary or ignores it', async () => {
    const { bridge } = fakeBridge(async () => []);
    const handlers = show(bridge);
    expect(await screen.findByText('No suggestions')).toBeTruthy();
    fireEvent.click(screen.getByRole('menuitem', { name: 'Add “recieve” to dictionary' }));
    expect(handlers.onAddToDictionary).toHaveBeenCalled();
  });

  it('says so while looking and when suggestions cannot be had', async () => {
    let fail: (error: Error) => void = () => {};
    const { bridge } = fakeBridge(() => new Promise((_, reject) => (fail = reject)));
    const handlers = show(bridge, { ...TARGET, word: 'unlikelyword' });
    expect(screen.getByText('Looking for suggestions…')).toBeTruthy();
    fail(new Error('no dictionary'));
    expect(await screen.findByText('Suggestions could not be found')).toBeTruthy();
    fireEvent.click(screen.getByRole('menuitem', { name: 'Ignore in this story' }));
    expect(handlers.onIgnore).toHaveBeenCalled();
  });

  it('closes on Escape', async () => {
    const { bridge } = fakeBridge(async () => ['receive']);
    const handlers = show(bridge);
    fireEvent.keyDown(await screen.findByRole('menu'), { key: 'Escape' });
    expect(handlers.onClose).toHaveBeenCalled();
  });

  it('shows nothing without a word', () => {
    const { bridge, suggest } = fakeBridge(async () => []);
    show(bridge, null);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(suggest).not.toHaveBeenCalled();
  });
});
