// What a dialog shows that it reads through the bridge each time it opens (the templates, the recent
// stories): read afresh on every opening, since it may have changed while the dialog was closed.

import { useCallback, useEffect, useState } from 'react';
import { reviveError } from '../bridge/http-bridge.ts';

export type ReadState<T> = { phase: 'loading' } | { phase: 'ready'; value: T } | { phase: 'failed'; message: string };

/** The state of the read, and a way to replace the value (with what a later call answered). */
export function useReadOnOpen<T>(open: boolean, read: () => Promise<T>): [ReadState<T>, (value: T) => void] {
  const [state, setState] = useState<ReadState<T>>({ phase: 'loading' });
  const load = useCallback(async () => {
    setState({ phase: 'loading' });
    try {
      setState({ phase: 'ready', value: await read() });
    } catch (error) {
      setState({ phase: 'failed', message: reviveError(error).message });
    }
  }, [read]);
  useEffect(() => {
    if (open) void load();
  }, [open, load]);
  const replace = useCallback((value: T) => setState({ phase: 'ready', value }), []);
  return [state, replace];
}
