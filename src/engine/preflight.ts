/**
 * Cheap checks before a file reaches the loaders: an image's pixel count is read from its
 * header, so a 20000 × 20000 scan is refused with a clear message instead of being decoded
 * into gigabytes of memory.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import { detectKind } from '../load/detect.js';

export const DEFAULT_MAX_PIXELS = 100_000_000;

function pngSize(b: Uint8Array): [number, number] | null {
  if (b.length < 24) return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return [v.getUint32(16), v.getUint32(20)];
}

function jpegSize(b: Uint8Array): [number, number] | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return [(b[i + 7]! << 8) | b[i + 8]!, (b[i + 5]! << 8) | b[i + 6]!];
    }
    i += 2 + length;
  }
  return null;
}

function tiffSize(b: Uint8Array): [number, number] | null {
  if (b.length < 8) return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const le = b[0] === 0x49;
  const ifd = v.getUint32(4, le);
  if (ifd + 2 > b.length) return null;
  const count = v.getUint16(ifd, le);
  let w: number | null = null;
  let h: number | null = null;
  for (let k = 0; k < count; k++) {
    const e = ifd + 2 + k * 12;
    if (e + 12 > b.length) break;
    const tag = v.getUint16(e, le);
    const type = v.getUint16(e + 2, le);
    const value = type === 3 ? v.getUint16(e + 8, le) : v.getUint32(e + 8, le);
    if (tag === 256) w = value;
    if (tag === 257) h = value;
  }
  return w !== null && h !== null ? [w, h] : null;
}

/** A fatal diagnostic when the input must not go further, else null. */
export function preflight(bytes: Uint8Array, maxPixels = DEFAULT_MAX_PIXELS): Diagnostic | null {
  const kind = detectKind(bytes);
  const size = kind === 'png' ? pngSize(bytes) : kind === 'jpeg' ? jpegSize(bytes) : kind === 'tiff' ? tiffSize(bytes) : null;
  if (!size) return null;
  const [w, h] = size;
  if (w * h > maxPixels) {
    return {
      ...diagnostic(
        'error',
        'load/image-too-large',
        `image is ${w} × ${h} pixels (${Math.round((w * h) / 1e6)} megapixels), over the limit of ${Math.round(maxPixels / 1e6)}; scan at a lower resolution`,
      ),
      fatal: true,
    };
  }
  return null;
}
