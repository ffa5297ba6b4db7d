// File ▸ Export PDF…: the desktop app asks where and writes the PDF itself (export:pdf), and this says where
// it went. The browser host cannot write one, so the story is printed instead, with a word on choosing
// "Save as PDF" as the printer: the browser's print dialog writes the same PDF.

import { useRef, useState } from 'react';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { Banner } from '../components/banner.tsx';
import { dismissCommandFailure, reportCommandFailure } from './command-failure.tsx';
import { useCommandHandler } from './command-registry.ts';
import { printDocument } from './print-story.ts';
import './commands.css';

/** What the person is told once the command has done its part. */
export type PdfNotice = { kind: 'saved'; path: string } | { kind: 'save-from-print-dialog' };

export interface PdfExportOptions {
  bridge: CopydeskBridge;
  story: Story;
  /** The document to print where the app cannot write a PDF itself: the story as the preview shows it. */
  printHtml: () => string;
  notify: (notice: PdfNotice) => void;
}

/** Writes the PDF through the bridge, or prints where the bridge cannot. Nothing is said when the person cancels. */
export async function exportStoryPdf({ bridge, story, printHtml, notify }: PdfExportOptions): Promise<void> {
  const answer = await bridge.export.pdf({ story });
  if (answer.supported) {
    if (answer.path !== null) notify({ kind: 'saved', path: answer.path });
    return;
  }
  notify({ kind: 'save-from-print-dialog' });
  await printDocument(printHtml());
}

/**
 * Carries out "export-pdf" while `enabled`, and answers the notice to show (or null). One export at a time:
 * asking again while the PDF is still being written does nothing.
 */
export function usePdfExportCommand({
  bridge,
  enabled,
  currentStory,
  printHtml,
}: {
  bridge: CopydeskBridge;
  enabled: boolean;
  currentStory: () => Story | null;
  printHtml: (story: Story) => string;
}) {
  const [notice, setNotice] = useState<PdfNotice | null>(null);
  const running = useRef(false);
  useCommandHandler(
    'export-pdf',
    () => {
      const story = currentStory();
      if (!story || running.current) return;
      running.current = true;
      setNotice(null);
      const notify = (next: PdfNotice) => {
        dismissCommandFailure(); // one notice in the corner at a time
        setNotice(next);
      };
      exportStoryPdf({ bridge, story, printHtml: () => printHtml(story), notify })
        .catch((error: unknown) => {
          setNotice(null);
          reportCommandFailure('The PDF could not be saved.', error);
        })
        .finally(() => {
          running.current = false;
        });
    },
    enabled,
  );
  return notice ? <PdfExportNotice notice={notice} onDismiss={() => setNotice(null)} /> : null;
}

export function PdfExportNotice({ notice, onDismiss }: { notice: PdfNotice; onDismiss: () => void }) {
  const dismiss = (
    <button type="button" className="button button-small" onClick={onDismiss}>
      Dismiss
    </button>
  );
  return (
    <div className="corner-notice" role="status">
      {notice.kind === 'saved' ? (
        <Banner tone="note" title="Saved PDF to" actions={dismiss}>
          <p className="mono">{notice.path}</p>
        </Banner>
      ) : (
        <Banner tone="note" title="Choose “Save as PDF” as the printer" actions={dismiss}>
          <p>The browser saves the PDF from its print dialog: set the destination to “Save as PDF”, then Save.</p>
        </Banner>
      )}
    </div>
  );
}
