// @vitest-environment jsdom
// This window's preferences: read once per bridge, and a change saved through the store reaches every
// reader at once — the credit lines on screen among them — without a reload.

import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { Preferences, type EditablePreferences } from '../../../shared/bridge/preferences.ts';
import { useCreditStyle } from '../../../renderer/src/editor/media/use-credit-style.ts';
import { preferencesStoreFor, usePreferences } from '../../../renderer/src/preferences/preferences-store.ts';

function fakeBridge() {
  let current = Preferences.parse({ libraryPath: '/library' });
  const get = vi.fn(async () => current);
  const set = vi.fn(async (changes: EditablePreferences) => {
    current = Preferences.parse({ ...current, ...changes });
    return current;
  });
  return { bridge: { preferences: { get, set } } as unknown as CopydeskBridge, get, set };
}

afterEach(cleanup);

describe('preferencesStoreFor()', () => {
  it('is one store per bridge, which reads the preferences once', async () => {
    const { bridge, get } = fakeBridge();
    const store = preferencesStoreFor(bridge);
    expect(preferencesStoreFor(bridge)).toBe(store);
    await waitFor(() => expect(store.get()?.creditStyle).toBe('cnn'));
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('tells every reader of a saved change, credit lines included', async () => {
    const { bridge, set } = fakeBridge();
    const preferences = renderHook(() => usePreferences(bridge));
    const credit = renderHook(() => useCreditStyle(bridge));
    await waitFor(() => expect(preferences.result.current?.creditStyle).toBe('cnn'));

    await act(() => preferencesStoreFor(bridge).update({ creditStyle: 'custom', customCreditPattern: '{organization}', personalDictionary: ['Sakauye'] }));

    expect(set).toHaveBeenCalledWith({ creditStyle: 'custom', customCreditPattern: '{organization}', personalDictionary: ['Sakauye'] });
    expect(preferences.result.current?.personalDictionary).toEqual(['Sakauye']);
    expect(credit.result.current).toEqual({ style: 'custom', customPattern: '{organization}' });
  });

  it('keeps what it had when the preferences cannot be read', async () => {
    const { bridge, get } = fakeBridge();
    const store = preferencesStoreFor(bridge);
    await waitFor(() => expect(store.get()).not.toBeNull());
    get.mockRejectedValueOnce(new Error('gone'));
    expect(await store.reload()).toEqual(store.get());
    expect(store.get()?.creditStyle).toBe('cnn');
  });
});
