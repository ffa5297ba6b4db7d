// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MEDIA_ACCEPT, pickFiles } from '../../../renderer/src/media/pick-files.ts';

function pickerInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type=file][data-copydesk-picker]');
  if (!input) throw new Error('no file input was opened');
  return input;
}

describe('pickFiles()', () => {
  it('opens a hidden file input for pictures and MP4/WebM videos, and answers the chosen files', async () => {
    const picked = pickFiles({ multiple: true });
    const input = pickerInput();
    expect(input.accept).toBe(MEDIA_ACCEPT);
    expect(MEDIA_ACCEPT).toBe('image/*,video/mp4,video/webm');
    expect(input.multiple).toBe(true);
    expect(input.hidden).toBe(true);
    const files = [new File(['a'], 'a.png', { type: 'image/png' }), new File(['b'], 'b.jpg', { type: 'image/jpeg' })];
    Object.defineProperty(input, 'files', { value: files });
    input.dispatchEvent(new Event('change'));
    expect(await picked).toEqual(files);
    expect(document.querySelector('input[data-copydesk-picker]')).toBeNull();
  });

  it('answers no files when the dialog is cancelled, and cleans up', async () => {
    const picked = pickFiles({ accept: 'image/*' });
    pickerInput().dispatchEvent(new Event('cancel'));
    expect(await picked).toEqual([]);
    expect(document.querySelector('input[data-copydesk-picker]')).toBeNull();
  });
});
