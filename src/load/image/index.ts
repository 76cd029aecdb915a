/**
 * Page images (PNG, JPEG, TIFF): one page, read by OCR. The file is decoded inside the OCR
 * worker (WebAssembly Leptonica): a malformed image is a clean error, never a native crash.
 */
import type { PlanFile } from '../../pipeline/planFile.js';
import type { ParseOptions } from '../../pipeline/stage.js';
import { enginesFor } from '../ocr/pool.js';
import { documentPool, releasePool } from '../ocr/documentPool.js';
import { ImageDecodeError } from '../ocr/engine.js';
import { ocrPage } from '../ocr/page.js';
import { layoutPage } from '../pdf/pageLayout.js';
import { applyLayouts } from '../pdf/index.js';
import { InputError } from '../text.js';
import { decodeImage, guessDpi } from './decode.js';
import { decodeTiff, isTiffDecodedHere, tiffCompression, TiffError } from './tiff.js';
import { toTiff, type Gray } from './gray.js';

const TIFF_COMPRESSION_NAMES: Record<number, string> = { 6: 'old-style JPEG', 9: 'JBIG', 34661: 'JBIG', 34712: 'JPEG 2000', 34887: 'LERC', 34925: 'LZMA', 50000: 'Zstandard', 50001: 'WebP' };
/** TIFF compressions read here or by the OCR engine: none, CCITT (RLE, G3, G4), LZW, JPEG, deflate, PackBits. */
const TIFF_COMPRESSIONS_READ = new Set([1, 2, 3, 4, 5, 7, 8, 32773, 32946]);

/** Deflate and JPEG TIFF, which the OCR engine's Leptonica cannot read, decoded by us and handed over as an uncompressed TIFF. */
async function readableBytes(file: PlanFile): Promise<Uint8Array> {
  if (file.mediaType !== 'image/tiff' || !isTiffDecodedHere(file.bytes)) return file.bytes;
  let gray: Gray;
  try {
    gray = await decodeTiff(file.bytes);
  } catch (error) {
    if (error instanceof TiffError) throw new InputError('load/image-invalid', `the image cannot be decoded (${error.message})`);
    throw error;
  }
  return toTiff(gray);
}

export async function loadImage(file: PlanFile, options: ParseOptions): Promise<void> {
  // OCR workers: --jobs, else one per core; more than one read the page in bands (see pool.readPage)
  const pool = await documentPool(enginesFor(options.jobs));
  pool.noMorePages();
  let clean = false;
  try {
    file.pageCount = 1;
    let png: Buffer;
    try {
      png = await pool.grayPng(await readableBytes(file));
    } catch (error) {
      if (error instanceof ImageDecodeError) {
        const code = file.mediaType === 'image/tiff' ? tiffCompression(file.bytes) : null;
        // a compression read nowhere is named, by its code when it has no name here (was: "Error attempting to read image.")
        const name = code === null || TIFF_COMPRESSIONS_READ.has(code) ? undefined : (TIFF_COMPRESSION_NAMES[code] ?? `code ${code}`);
        if (name) throw new InputError('load/image-invalid', `TIFF with ${name} compression is not supported (save the scan as PNG, or as TIFF without compression, LZW, deflate, JPEG or CCITT G4)`);
        throw new InputError('load/image-invalid', error.message);
      }
      throw error;
    }
    // the other engines load their model while the image is decoded and prepared (started once
    // the first is up: the same wall time as starting all at once, ~0.1 s less CPU)
    pool.warm();
    const gray = await decodeImage(png);
    const result = await ocrPage(pool, { gray }, guessDpi(gray));
    applyLayouts(file, [layoutPage(result.pieces, result.segments, 1, 'ocr')], 1, 1);
    options.onProgress?.(1, 1);
    clean = true;
  } finally {
    await releasePool(pool, clean);
  }
}
