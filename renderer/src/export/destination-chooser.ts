// The "Choose…" button's native save dialog. Only the desktop app has one; the browser host answers
// `supported: false`. Whether this window has one is asked once per bridge — never by opening the dialog
// unasked: inside the desktop app it is taken as there (a "not supported" answer to a real click hides the
// button from then on), elsewhere the bridge is asked straight away, which opens nothing.

import { useEffect, useState } from 'react';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import type { ExportFormat } from '../../../shared/render/export-format.ts';
import { runningInElectron } from '../media/media-url.ts';

const known = new WeakMap<CopydeskBridge, boolean>();
const asking = new WeakMap<CopydeskBridge, Promise<boolean>>();

function askOnce(bridge: CopydeskBridge): Promise<boolean> {
  let answer = asking.get(bridge);
  if (!answer) {
    answer = bridge.export
      .chooseDestination({ format: 'html', suggestedPath: '' })
      .then((reply) => reply.supported)
      .catch(() => false)
      .then((supported) => {
        known.set(bridge, supported);
        return supported;
      });
    asking.set(bridge, answer);
  }
  return answer;
}

export interface DestinationChooser {
  /** Whether to show "Choose…"; false until known. */
  supported: boolean;
  /** Opens the native dialog; the path chosen, or null when the person cancelled. */
  choose(format: ExportFormat, suggestedPath: string): Promise<string | null>;
}

export function useDestinationChooser(bridge: CopydeskBridge, electron = runningInElectron()): DestinationChooser {
  const [supported, setSupported] = useState(() => known.get(bridge) ?? electron);

  useEffect(() => {
    if (known.has(bridge) || electron) return undefined;
    let live = true;
    void askOnce(bridge).then((answer) => {
      if (live) setSupported(answer);
    });
    return () => {
      live = false;
    };
  }, [bridge, electron]);

  return {
    supported,
    async choose(format, suggestedPath) {
      const reply = await bridge.export.chooseDestination({ format, suggestedPath });
      if (!reply.supported) {
        known.set(bridge, false);
        setSupported(false);
      }
      return reply.path;
    },
  };
}
