// Runs work off the typing path: when the browser is idle, and at the latest after `timeoutMs`.

export type Cancel = () => void;

export function whenIdle(task: () => void, timeoutMs = 100): Cancel {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, Math.min(timeoutMs, 50));
  return () => clearTimeout(handle);
}
