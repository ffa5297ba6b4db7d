// Which media we accept, decided from the file's first bytes, never from its name: a renamed executable
// is not a photo. The extension we store under is ours.

export interface MediaType {
  extension: 'jpg' | 'png' | 'gif' | 'webp' | 'avif' | 'mp4' | 'webm';
  mimeType: string;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

export function sniffMediaType(bytes: Uint8Array): MediaType | null {
  if (bytes.length < 12) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { extension: 'jpg', mimeType: 'image/jpeg' };
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return { extension: 'png', mimeType: 'image/png' };
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return { extension: 'gif', mimeType: 'image/gif' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { extension: 'webp', mimeType: 'image/webp' };
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (brand === 'avif' || brand === 'avis') return { extension: 'avif', mimeType: 'image/avif' };
    return { extension: 'mp4', mimeType: 'video/mp4' };
  }
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) {
    return { extension: 'webm', mimeType: 'video/webm' };
  }
  return null;
}

export function mimeTypeForMediaFile(file: string): string {
  const extension = file.slice(file.lastIndexOf('.') + 1);
  return (
    {
      jpg: 'image/jpeg',
      png: 'image/png',
      gif: 'image/gif',
      webp: 'image/webp',
      avif: 'image/avif',
      mp4: 'video/mp4',
      webm: 'video/webm',
    }[extension] ?? 'application/octet-stream'
  );
}
