/**
 * Page images (PNG, JPEG, TIFF): one page, read by OCR. The file is decoded inside the OCR
 * worker (WebAssembly Leptonica): a malformed image is a clean error, never a native crash.
 */
import type { PlanFile } from '../../pipeline/planFile.js';
import type { ParseOptions } from '../../pipeline/stage.js';
import { OcrPool } from '../ocr/pool.js';
import { ImageDecodeError } from '../ocr/engine.js';
import { ocrPage } from '../ocr/page.js';
import { layoutPage } from '../pdf/pageLayout.js';
import { applyLayouts } from '../pdf/index.js';
import { InputError } from '../text.js';
import { decodeImage, guessDpi } from './decode.js';

export async function loadImage(file: PlanFile, options: ParseOptions): Promise<void> {
  const pool = new OcrPool({ size: 1 });
  try {
    file.pageCount = 1;
    let png: Buffer;
    try {
      png = await pool.grayPng(file.bytes);
    } catch (error) {
      if (error instanceof ImageDecodeError) throw new InputError('load/image-invalid', error.message);
      throw error;
    }
    const gray = await decodeImage(png);
    const result = await ocrPage(pool, { gray }, guessDpi(gray));
    applyLayouts(file, [layoutPage(result.pieces, result.segments, 1, 'ocr')], 1, 1);
    options.onProgress?.(1, 1);
  } finally {
    await pool.close();
  }
}
