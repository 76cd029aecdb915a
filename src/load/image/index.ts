/** Page images (PNG, JPEG, TIFF): one page, read by OCR. */
import type { PlanFile } from '../../pipeline/planFile.js';
import type { ParseOptions } from '../../pipeline/stage.js';
import { diagnostic } from '../../core/diagnostic.js';
import { OcrPool } from '../ocr/pool.js';
import { ocrPage } from '../ocr/page.js';
import { layoutPage } from '../pdf/pageLayout.js';
import { applyLayouts } from '../pdf/index.js';
import type { TextPiece } from '../pdf/geometry.js';
import { decodeImage, guessDpi } from './decode.js';

export async function loadImage(file: PlanFile, kind: 'png' | 'jpeg' | 'tiff', options: ParseOptions): Promise<void> {
  const pool = new OcrPool({ size: 1 });
  try {
    file.pageCount = 1;
    if (kind === 'tiff') {
      // no TIFF decoder here: tesseract reads the file itself; no deskew or table rules
      file.diagnostics.push(diagnostic('info', 'load/tiff-no-grid', 'TIFF page read by OCR without table-rule detection', { page: 1, line: null }));
      const words = await pool.recognize(file.bytes);
      const k = 72 / 300;
      const pieces: TextPiece[] = words.map((w) => ({ text: w.text, x0: w.x0 * k, y0: w.y0 * k, x1: w.x1 * k, y1: w.y1 * k, font: '', size: (w.y1 - w.y0) * k, confidence: w.confidence }));
      applyLayouts(file, [layoutPage(pieces, [], 1, 'ocr')], 1, 1);
    } else {
      const gray = await decodeImage(file.bytes);
      const result = await ocrPage(pool, gray, guessDpi(gray));
      applyLayouts(file, [layoutPage(result.pieces, result.segments, 1, 'ocr')], 1, 1);
    }
    options.onProgress?.(1, 1);
  } finally {
    await pool.close();
  }
}
