// File ▸ Print…: the story as the preview shows it (the same renderStoryHtml document), printed from a frame
// of its own. File ▸ Export PDF… prints the same way in a browser, whose print dialog offers "Save as PDF"
// (the desktop app writes its PDF itself: renderer/src/commands/pdf-export.tsx).
//
// Why not the preview pane's own frame: it is sandboxed without "allow-modals", and a sandboxed document's
// print() is refused ("Ignored call to 'print()'"). This frame may print and, like the preview, can never run a
// script: it has no "allow-scripts". Only this window calls its print().

const PRINT_FRAME_CLASS = 'print-frame';

/** Takes away the frame of an earlier print; it stays until then, as some systems print after print() returns. */
function removePrintFrames(doc: Document): void {
  for (const frame of doc.querySelectorAll(`iframe.${PRINT_FRAME_CLASS}`)) frame.remove();
}

/**
 * Loads `html` into a hidden frame and opens the print dialog for it once its pictures have loaded (the
 * frame's load event waits for them). Resolves when print() has been called.
 */
export function printDocument(html: string, doc: Document = document): Promise<void> {
  removePrintFrames(doc);
  const frame = doc.createElement('iframe');
  frame.className = PRINT_FRAME_CLASS;
  frame.title = 'Story to print';
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = html;
  doc.body.append(frame);
  return loaded.then(() => {
    const printWindow = frame.contentWindow;
    if (!printWindow) return; // removed meanwhile by a newer print
    printWindow.addEventListener('afterprint', () => frame.remove(), { once: true });
    printWindow.print();
  });
}
