import { useEffect, useState } from 'react';
import { embargoHolds } from './local-time.ts';

/** setTimeout's longest wait; a later embargo is waited for in steps. */
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * Whether the story's embargo still holds, turning false at the moment it lifts (a timer for that moment,
 * not a poll), so the banner goes as soon as the story may be published.
 */
export function useEmbargoHolds(embargo: string | null, now: () => number = Date.now): boolean {
  const [wakeUps, setWakeUps] = useState(0);
  const holds = embargoHolds(embargo, now());
  useEffect(() => {
    if (!embargo || !embargoHolds(embargo, now())) return;
    const wait = Math.min(Date.parse(embargo) - now() + 1, LONGEST_TIMEOUT_MS);
    const timer = setTimeout(() => setWakeUps((count) => count + 1), wait);
    return () => clearTimeout(timer);
  }, [embargo, now, wakeUps]);
  return holds;
}
