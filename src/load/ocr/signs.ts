/**
 * Signs OCR reads as a word of their own and the page's clean-up would drop as specks: list dashes
 * ("- Vụ Pháp chế; - Văn phòng Bộ.") and comparison signs before numbers in target cells ("≥ 98,5", "≤ 5"). The Vietnamese model has no
 * "≥" or "≤" among its characters: tesseract reads them as ">" and "<". What tells them apart is
 * in the pixels: the bar under the sign. A sign is kept only before a number on its line; a lone
 * ">" anywhere else is a speck or a rule end.
 */
import type { Box, TextPiece } from '../pdf/geometry.js';
import type { Gray } from '../image/gray.js';

/** a sign read with less confidence than this is noise */
export const SIGN_CONFIDENCE = 50;
/** the text of a reading that is a comparison sign, alone or glued to its number (">98,5") */
export const SIGN = /^[<>≤≥](?=$|\d)/;
const DARK = 128;

/** The longest run of dark pixels between x0 and x1 in rows y … y + rows - 1 taken together. */
function longestRun(img: Gray, y: number, x0: number, x1: number, rows = 1): number {
  let best = 0;
  let run = 0;
  const last = Math.min(img.height - 1, y + rows - 1);
  for (let x = x0; x < x1; x++) {
    let dark = false;
    for (let yy = y; yy <= last && !dark; yy++) dark = img.data[yy * img.width + x]! < DARK;
    if (dark) best = Math.max(best, ++run);
    else run = 0;
  }
  return best;
}

/**
 * True when the sign read in `box` (pixels; for a sign glued to its number, the box of the whole
 * word: the sign is its left part) has a bar under it: below the chevron, after a white gap, a
 * row whose ink runs across most of the sign's width. The bar may lie below the box tesseract gave.
 */
export function hasBarUnder(img: Gray, box: Box, glued: boolean): boolean {
  const h = box.y1 - box.y0;
  const x0 = Math.max(0, Math.floor(box.x0));
  const x1 = Math.min(img.width, Math.ceil(glued ? box.x0 + 0.8 * h : box.x1));
  const y0 = Math.max(0, Math.floor(box.y0));
  const y1 = Math.min(img.height, Math.ceil(box.y1 + 0.5 * h));
  const w = x1 - x0;
  if (w < 4 || y1 - y0 < 6) return false;
  let inkAbove = false;
  let gap = false;
  for (let y = y0; y < y1; y++) {
    const run = longestRun(img, y, x0, x1);
    // (a bar a little askew steps from one pixel row to the next: two rows taken together)
    if (gap && inkAbove && longestRun(img, y, x0, x1, 2) >= 0.6 * w) return true;
    if (run === 0 && inkAbove) gap = true;
    else if (run > 0 && !gap) inkAbove = true;
  }
  return false;
}

/** ">"/"<" read where the pixels show "≥"/"≤". */
export function signText(text: string, barUnder: boolean): string {
  if (!barUnder) return text;
  return text.replace(/^>/, '≥').replace(/^</, '≤');
}

/** Removes lone signs (not glued) that no number follows on the same line, within two sign heights. */
export function dropLoneSigns(pieces: TextPiece[]): void {
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]!;
    if (!/^[<>≤≥]$/.test(p.text)) continue;
    const h = Math.max(p.y1 - p.y0, 1);
    const cy = (p.y0 + p.y1) / 2;
    const followed = pieces.some((q) => q !== p && /^\d/.test(q.text) && q.x0 >= p.x1 - 1 && q.x0 - p.x1 <= 2 * h && Math.abs((q.y0 + q.y1) / 2 - cy) <= Math.max(h, q.y1 - q.y0) * 0.6);
    if (!followed) pieces.splice(i, 1);
  }
}

/** a dash read alone with less confidence than this is a speck or a rule end */
export const DASH_CONFIDENCE = 60;

/**
 * A dash read alone is kept where a word follows it on its line, close by (a list item, "Độc lập -
 * Tự do"); it takes that word's height, so that it sits on the word's line. Other dashes are specks.
 */
export function keepListDashes(pieces: TextPiece[]): void {
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i]!;
    if (!/^[-–]$/.test(p.text)) continue;
    const cy = (p.y0 + p.y1) / 2;
    let next: TextPiece | null = null;
    for (const q of pieces) {
      const h = q.y1 - q.y0;
      if (q === p || !/^[\p{L}\p{N}(]/u.test(q.text) || q.x0 < p.x1 - 1 || q.x0 - p.x1 > 1.5 * h) continue;
      if (cy < q.y0 || cy > q.y1) continue;
      if (!next || q.x0 < next.x0) next = q;
    }
    if (!next) pieces.splice(i, 1);
    else Object.assign(p, { y0: next.y0, y1: next.y1, size: next.size });
  }
}
