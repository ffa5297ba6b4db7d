// The system's file dialog, from a button: a hidden <input type="file"> is made for the one pick and removed
// after. It is put in the document (some browsers ignore a click on a detached input) and resolves with
// the chosen files, or none when the person cancels.

/** What the media buttons offer: the pictures and videos Copydesk stores. */
export const MEDIA_ACCEPT = 'image/*,video/mp4,video/webm';
export const IMAGE_ACCEPT = 'image/*';
export const VIDEO_ACCEPT = 'video/mp4,video/webm';

export interface PickFilesOptions {
  accept?: string;
  multiple?: boolean;
  /** The document to open the dialog from (tests pass their own). */
  document?: Document;
}

export function pickFiles(options: PickFilesOptions = {}): Promise<File[]> {
  const doc = options.document ?? document;
  const input = doc.createElement('input');
  input.type = 'file';
  input.accept = options.accept ?? MEDIA_ACCEPT;
  input.multiple = options.multiple ?? false;
  input.hidden = true;
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true');
  input.dataset.copydeskPicker = '';

  return new Promise((resolve) => {
    let settled = false;
    const finish = (files: File[]) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])));
    // Chromium (and so Electron) says when the dialog was closed without a choice.
    input.addEventListener('cancel', () => finish([]));
    doc.body.append(input);
    input.click();
  });
}
