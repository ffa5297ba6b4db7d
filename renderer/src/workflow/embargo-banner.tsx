// "Embargoed until Tue 2 Dec, 06:00 — do not publish": at the top of the story while its embargo holds, gone
// the moment it lifts.

import { Banner } from '../components/banner.tsx';
import { formatEmbargoMoment } from './local-time.ts';
import { useEmbargoHolds } from './use-embargo-holds.ts';

export function EmbargoBanner({ embargo, now = Date.now }: { embargo: string | null; now?: () => number }) {
  const holds = useEmbargoHolds(embargo, now);
  if (!embargo || !holds) return null;
  return <Banner tone="warning" title={`Embargoed until ${formatEmbargoMoment(embargo, now())} — do not publish`} />;
}
