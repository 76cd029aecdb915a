/**
 * The TIFF flavours scanners write that the Leptonica inside tesseract.js cannot read: deflate
 * (compression 8 or 32946, ImageMagick's `-compress Zip`; Leptonica is built without zlib) and
 * JPEG (compression 7, "new-style" JPEG with shared tables, as libtiff and most scanners write it).
 * First page only; strips or tiles; 1, 8 or 16 bits per sample; gray, RGB, YCbCr (JPEG), palette;
 * horizontal predictor. Pure JS over untrusted bytes (JPEG through pdfjs's decoder, see jpeg.ts):
 * any inconsistency is a thrown TiffError, never a native crash; sizes are checked before
 * anything is allocated.
 */
import { inflateSync } from 'node:zlib';
import type { Gray } from './gray.js';
import { jpegDecoder, type JpegDecoderClass } from './jpeg.js';

export class TiffError extends Error {}

const TAG = {
  width: 256,
  height: 257,
  bitsPerSample: 258,
  compression: 259,
  photometric: 262,
  stripOffsets: 273,
  samplesPerPixel: 277,
  rowsPerStrip: 278,
  stripByteCounts: 279,
  planar: 284,
  predictor: 317,
  colorMap: 320,
  tileWidth: 322,
  tileLength: 323,
  tileOffsets: 324,
  tileByteCounts: 325,
  jpegTables: 347,
} as const;

const DEFLATE = new Set([8, 32946]);
const JPEG = 7;
/** byte sizes of the TIFF field types we read (BYTE, ASCII, SHORT, LONG, RATIONAL, UNDEFINED) */
const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 16: 8 };
const MAX_PIXELS = 120_000_000;

export type Fields = Map<number, number[]>;

/** The first directory of a TIFF: tag → its values (types we read only). */
export function readFields(b: Uint8Array): Fields {
  if (b.length < 8) throw new TiffError('the TIFF file is truncated');
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const little = b[0] === 0x49;
  const u16 = (o: number) => view.getUint16(o, little);
  const u32 = (o: number) => view.getUint32(o, little);
  const ifd = u32(4);
  if (ifd + 2 > b.length) throw new TiffError('the TIFF file is truncated');
  const count = u16(ifd);
  const fields: Fields = new Map();
  for (let i = 0; i < count; i++) {
    const at = ifd + 2 + i * 12;
    if (at + 12 > b.length) throw new TiffError('the TIFF file is truncated');
    const tag = u16(at);
    const type = u16(at + 2);
    const n = u32(at + 4);
    const size = TYPE_SIZE[type];
    if (!size || n > 1 << 24) continue;
    const bytes = size * n;
    const start = bytes <= 4 ? at + 8 : u32(at + 8);
    if (start + bytes > b.length) throw new TiffError(`a TIFF field (tag ${tag}) points outside the file`);
    const values: number[] = [];
    for (let k = 0; k < n; k++) {
      const o = start + k * size;
      values.push(size === 1 ? b[o]! : size === 2 ? u16(o) : size === 4 ? u32(o) : u32(o) / (u32(o + 4) || 1));
    }
    fields.set(tag, values);
  }
  return fields;
}

/** The compression code of a TIFF's first page (1 none, 4 CCITT G4, 5 LZW, 7 JPEG, 8 deflate …), or null. */
export function tiffCompression(bytes: Uint8Array): number | null {
  try {
    return readFields(bytes).get(TAG.compression)?.[0] ?? 1;
  } catch {
    return null;
  }
}

export function isDeflateTiff(bytes: Uint8Array): boolean {
  return DEFLATE.has(tiffCompression(bytes) ?? 0);
}

/** A TIFF we decode ourselves (deflate or JPEG) because the OCR engine cannot. */
export function isTiffDecodedHere(bytes: Uint8Array): boolean {
  const compression = tiffCompression(bytes) ?? 0;
  return DEFLATE.has(compression) || compression === JPEG;
}

/** Decode a deflate or JPEG TIFF's first page to gray (see isTiffDecodedHere). */
export async function decodeTiff(bytes: Uint8Array): Promise<Gray> {
  return decodeStrips(bytes, tiffCompression(bytes) === JPEG ? await jpegDecoder() : null);
}

/** The frame size a JPEG stream declares (its SOF segment), read before the decoder allocates anything; null if none is found. */
function jpegFrameSize(stream: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < stream.length) {
    if (stream[at] !== 0xff) return null;
    const marker = stream[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = (stream[at + 2]! << 8) | stream[at + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (stream[at + 5]! << 8) | stream[at + 6]!, width: (stream[at + 7]! << 8) | stream[at + 8]! };
    }
    if (marker === 0xda || length < 2) return null;
    at += 2 + length;
  }
  return null;
}

/**
 * One JPEG strip or tile as a whole JPEG stream: the tables kept once in JPEGTables (SOI, tables,
 * EOI) go in after the strip's own SOI.
 */
function jpegStream(strip: Uint8Array, tables: number[] | undefined): Uint8Array {
  if (strip.length < 4 || strip[0] !== 0xff || strip[1] !== 0xd8) throw new TiffError('a TIFF JPEG strip does not start a JPEG stream');
  if (!tables || tables.length < 4) return strip;
  if (tables[0] !== 0xff || tables[1] !== 0xd8) throw new TiffError('the TIFF JPEG tables are damaged');
  const inner = tables.slice(2, tables[tables.length - 2] === 0xff && tables[tables.length - 1] === 0xd9 ? -2 : undefined);
  const out = new Uint8Array(strip.length + inner.length);
  out.set(strip.subarray(0, 2), 0);
  out.set(inner, 2);
  out.set(strip.subarray(2), 2 + inner.length);
  return out;
}

/** Undo the horizontal predictor (TIFF predictor 2) on one decoded row, in place. */
function unpredict(row: Uint8Array, samples: number, bits: number): void {
  if (bits === 8) for (let i = samples; i < row.length; i++) row[i] = (row[i]! + row[i - samples]!) & 0xff;
  else if (bits === 16) {
    // big or little endian alike: add as 16-bit values (callers only use the high byte)
    throw new TiffError('16-bit TIFF with a predictor is not supported');
  }
}

export function decodeDeflateTiff(bytes: Uint8Array): Gray {
  return decodeStrips(bytes, null);
}

/** `Jpeg`: the JPEG decoder, for a JPEG TIFF (null: deflate). */
function decodeStrips(bytes: Uint8Array, Jpeg: JpegDecoderClass | null): Gray {
  const f = readFields(bytes);
  const one = (tag: number, fallback?: number): number => {
    const v = f.get(tag)?.[0] ?? fallback;
    if (v === undefined) throw new TiffError(`the TIFF file lacks a required field (tag ${tag})`);
    return v;
  };
  const width = one(TAG.width);
  const height = one(TAG.height);
  const compression = one(TAG.compression, 1);
  if (Jpeg ? compression !== JPEG : !DEFLATE.has(compression)) throw new TiffError(`TIFF compression ${compression} is not supported here`);
  if (!width || !height || width * height > MAX_PIXELS) throw new TiffError(`the TIFF page size ${width}×${height} is not plausible`);
  const samples = one(TAG.samplesPerPixel, 1);
  const bits = Jpeg ? 8 : one(TAG.bitsPerSample, 1);
  // a JPEG strip comes out as gray or RGB samples, whatever the colour space it was stored in
  const stored = one(TAG.photometric, 1);
  const photometric = Jpeg ? (samples >= 3 ? 2 : 1) : stored;
  const predictor = Jpeg ? 1 : one(TAG.predictor, 1);
  if (Jpeg && ![1, 3].includes(samples)) throw new TiffError(`JPEG TIFF with ${samples} samples per pixel is not supported`);
  if (one(TAG.planar, 1) !== 1 && samples > 1) throw new TiffError('planar (separated) TIFF samples are not supported');
  if (![1, 8, 16].includes(bits) || samples < 1 || samples > 5) throw new TiffError(`${bits}-bit TIFF samples are not supported`);
  const colorMap = f.get(TAG.colorMap);
  const tiled = f.has(TAG.tileOffsets);
  const blockW = tiled ? one(TAG.tileWidth) : width;
  const blockH = tiled ? one(TAG.tileLength) : Math.min(one(TAG.rowsPerStrip, height), height);
  const offsets = f.get(tiled ? TAG.tileOffsets : TAG.stripOffsets) ?? [];
  const counts = f.get(tiled ? TAG.tileByteCounts : TAG.stripByteCounts) ?? [];
  if (!blockW || !blockH) throw new TiffError('the TIFF strip or tile size is zero');
  const across = Math.ceil(width / blockW);
  const down = Math.ceil(height / blockH);
  if (offsets.length < across * down || counts.length < offsets.length) throw new TiffError('the TIFF strip table is incomplete');
  const rowBytes = Math.ceil((blockW * samples * bits) / 8);
  const out = new Uint8Array(width * height).fill(255);
  const gray = (s: Uint8Array, o: number): number => {
    if (photometric === 3 && colorMap) {
      const n = colorMap.length / 3;
      const i = s[o]!;
      return (colorMap[i]! * 77 + colorMap[n + i]! * 150 + colorMap[2 * n + i]! * 29) >> 16; // 16-bit map entries
    }
    if (samples >= 3 && photometric === 2) return (s[o]! * 77 + s[o + 1]! * 150 + s[o + 2]! * 29) >> 8;
    return photometric === 0 ? 255 - s[o]! : s[o]!;
  };
  for (let by = 0; by < down; by++) {
    for (let bx = 0; bx < across; bx++) {
      const k = by * across + bx;
      const start = offsets[k]!;
      const length = counts[k]!;
      if (start + length > bytes.length) throw new TiffError('a TIFF strip lies outside the file');
      let data: Uint8Array;
      if (Jpeg) {
        const stream = jpegStream(bytes.subarray(start, start + length), f.get(TAG.jpegTables));
        const frame = jpegFrameSize(stream);
        if (!frame || frame.width !== blockW || frame.height > blockH) throw new TiffError('a TIFF JPEG strip does not match the strip size');
        try {
          // YCbCr (photometric 6) is turned into RGB; RGB stored as such is left alone
          const jpeg = new Jpeg({ colorTransform: stored === 6 ? 1 : stored === 2 ? 0 : undefined });
          jpeg.parse(stream);
          if (jpeg.numComponents !== samples) throw new Error(`${jpeg.numComponents} components, ${samples} expected`);
          if (jpeg.width !== blockW || jpeg.height > blockH) throw new Error(`a ${jpeg.width}×${jpeg.height} strip in ${blockW}×${blockH} blocks`);
          const pixels = jpeg.getData({ width: jpeg.width, height: jpeg.height, forceRGB: samples === 3, isSourcePDF: false });
          data = new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.length);
        } catch (error) {
          throw new TiffError(`a TIFF JPEG strip cannot be decoded (${(error as Error).message ?? String(error)})`);
        }
      } else {
        try {
          data = inflateSync(bytes.subarray(start, start + length), { maxOutputLength: rowBytes * blockH + 1024 });
        } catch (error) {
          throw new TiffError(`a TIFF strip cannot be inflated (${(error as Error).message})`);
        }
      }
      const rows = Math.min(blockH, Math.floor(data.length / rowBytes));
      for (let r = 0; r < rows; r++) {
        const y = by * blockH + r;
        if (y >= height) break;
        const row = data.subarray(r * rowBytes, (r + 1) * rowBytes);
        if (predictor === 2) unpredict(row, samples, bits);
        const x0 = bx * blockW;
        const w = Math.min(blockW, width - x0);
        const dst = y * width + x0;
        if (bits === 1) {
          for (let x = 0; x < w; x++) {
            const bit = (row[x >> 3]! >> (7 - (x & 7))) & 1;
            out[dst + x] = (bit === 1) === (photometric === 0) ? 0 : 255;
          }
        } else if (bits === 8) {
          for (let x = 0; x < w; x++) out[dst + x] = gray(row, x * samples);
        } else {
          // 16 bits: take the high byte of each sample
          const hi = bytes[0] === 0x49 ? 1 : 0;
          const eight = new Uint8Array(w * samples);
          for (let i = 0; i < eight.length; i++) eight[i] = row[2 * i + hi]!;
          for (let x = 0; x < w; x++) out[dst + x] = gray(eight, x * samples);
        }
      }
    }
  }
  return { width, height, data: out };
}
