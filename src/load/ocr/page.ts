/**
 * OCR of one page image: cap the resolution, straighten it, find table rules in the pixels,
 * recognise words, and return both in page points so the text-layer grid code can cut cells.
 */
import type { Segment, TextPiece } from '../pdf/geometry.js';
import { downscale, toPgm, type Gray } from '../image/gray.js';
import { estimateSkew, rotate } from '../image/deskew.js';
import { imageRules } from '../image/rules.js';
import type { OcrPool } from './pool.js';

export interface OcrPageResult {
  pieces: TextPiece[];
  segments: Segment[];
  skew: number;
  dpi: number;
}

/** characters OCR reads from ruling lines next to words */
const RULE_NOISE = /^[|!¦[\]{}_—–-]+$|^[|¦]+|[|¦]+$/g;

export async function ocrPage(pool: OcrPool, image: Gray, dpi: number, offset: [number, number] = [0, 0]): Promise<OcrPageResult> {
  const factor = dpi > 420 ? Math.floor(dpi / 300) : 1;
  let img = downscale(image, factor);
  const effDpi = dpi / factor;
  const skew = estimateSkew(img);
  if (Math.abs(skew) > 0.0009) img = rotate(img, skew);
  const k = 72 / effDpi;
  const toPoints = (b: { x0: number; y0: number; x1: number; y1: number }) => ({
    x0: offset[0] + b.x0 * k,
    y0: offset[1] + b.y0 * k,
    x1: offset[0] + b.x1 * k,
    y1: offset[1] + b.y1 * k,
  });
  const segments = imageRules(img).map(toPoints);
  const words = await pool.recognize(toPgm(img));
  const pieces: TextPiece[] = [];
  for (const w of words) {
    const text = w.text.replace(RULE_NOISE, '').trim();
    if (!text) continue;
    const box = toPoints(w);
    pieces.push({ ...box, text, font: '', size: box.y1 - box.y0, confidence: w.confidence });
  }
  return { pieces, segments, skew, dpi: effDpi };
}
