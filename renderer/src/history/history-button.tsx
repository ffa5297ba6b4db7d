// A "History" button that opens the history dialog for the open story; for the story's top bar.

import { useState } from 'react';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { HistoryPanel, type HistorySession } from './history-panel.tsx';

export interface HistoryButtonProps {
  bridge: CopydeskBridge;
  session: HistorySession;
  className?: string;
}

export function HistoryButton({ bridge, session, className = 'button button-small' }: HistoryButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        History
      </button>
      {open ? <HistoryPanel bridge={bridge} session={session} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
