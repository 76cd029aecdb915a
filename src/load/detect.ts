/** Input type by content (magic bytes), never by file extension. */
export type InputKind = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'text' | 'empty' | 'binary';

export const MEDIA_TYPES: Record<InputKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  text: 'text/plain',
  empty: 'application/x-empty',
  binary: 'application/octet-stream',
};

function startsWith(bytes: Uint8Array, magic: number[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((b, i) => bytes[offset + i] === b);
}

/** A PDF or a page image: what the PDF and OCR loaders read. */
export function isPdfOrImage(kind: InputKind): boolean {
  return kind === 'pdf' || kind === 'png' || kind === 'jpeg' || kind === 'tiff';
}

export function detectKind(bytes: Uint8Array): InputKind {
  if (bytes.length === 0) return 'empty';
  // %PDF may follow a few bytes of junk; readers accept it within the first 1 KiB
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  return looksLikeText(bytes) ? 'text' : 'binary';
}

/** Text has no NUL bytes and few control characters other than tab, CR, LF and FF. */
export function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control / sample.length < 0.01;
}
