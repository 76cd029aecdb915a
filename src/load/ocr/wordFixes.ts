/**
 * Clean-ups of OCR words that need their neighbours: a speck read as a full stop before a word
 * that goes on in lower case, a row number carrying a dot its column's other numbers do not
 * have, and whether a patch of the page holds ink at all (a cell whose short text OCR dropped).
 */
import { centerX, centerY, contains, type Box, type TextPiece } from '../pdf/geometry.js';
import type { Gray } from '../image/gray.js';

/** below this confidence a full stop in the middle of a line is taken for a speck */
const MID_DOT_CONFIDENCE = 90;

/** below this confidence a full stop inside a cell is taken for a speck whatever follows */
const SPECK_DOT_CONFIDENCE = 75;

/** The word read after `p` in its cell: to its right on the same line, else the first of the next line. */
function nextWord(p: TextPiece, pieces: TextPiece[], cells: Box[]): TextPiece | null {
  const h = p.y1 - p.y0;
  const cell = cells.find((c) => contains(c, centerX(p), centerY(p)));
  let same: TextPiece | null = null;
  let below: TextPiece | null = null;
  const inCell = (q: TextPiece) => (cell ? contains(cell, centerX(q), centerY(q)) : !cells.some((c) => contains(c, centerX(q), centerY(q))));
  for (const q of pieces) {
    if (q === p || !inCell(q)) continue;
    const dy = centerY(q) - centerY(p);
    if (Math.abs(dy) <= 0.5 * h) {
      if (q.x0 >= p.x1 - 1 && q.x0 - p.x1 <= 1.5 * h && (!same || q.x0 < same.x0)) same = q;
    } else if (cell && dy > 0.5 * h && dy < 2.5 * h) {
      if (!below || centerY(q) < centerY(below) - 0.5 * h || (Math.abs(centerY(q) - centerY(below)) <= 0.5 * h && q.x0 < below.x0)) below = q;
    }
  }
  return same ?? below;
}

/**
 * A word ending in "." (or ":") read without certainty and followed in its cell by a word
 * starting in lower case: the dot is a speck ("đơn. vị", "Môi. trường"); so is a dot read with
 * little confidence in the middle of a cell.
 */
export function dropMidLineDots(pieces: TextPiece[], cells: Box[]): void {
  for (const p of pieces) {
    const confidence = p.confidence ?? 100;
    if (!/[\p{L}\p{N}][.:]$/u.test(p.text) || confidence >= MID_DOT_CONFIDENCE) continue;
    const next = nextWord(p, pieces, cells);
    if (!next) continue;
    if (/^\p{Ll}/u.test(next.text) || confidence < SPECK_DOT_CONFIDENCE) p.text = p.text.replace(/[.:]+$/, '');
  }
}

/**
 * Row numbers of one column: when most of them have no trailing dot, the few that do carry a
 * speck ("2." among "1", "3", "4").
 */
export function alignOrdinalDots(numbers: TextPiece[]): void {
  const plain = numbers.filter((p) => /^([0-9]+|[IVXLC]+)$/.test(p.text)).length;
  const dotted = numbers.filter((p) => /^([0-9]+|[IVXLC]+)\.$/.test(p.text));
  if (plain <= dotted.length) return;
  for (const p of dotted) p.text = p.text.slice(0, -1);
}

/** True when a box of the image (pixels) holds dark marks: text, not only paper and noise. */
export function hasInk(img: Gray, box: Box): boolean {
  const x0 = Math.max(0, Math.floor(box.x0));
  const y0 = Math.max(0, Math.floor(box.y0));
  const x1 = Math.min(img.width, Math.ceil(box.x1));
  const y1 = Math.min(img.height, Math.ceil(box.y1));
  if (x1 - x0 < 4 || y1 - y0 < 4) return false;
  let dark = 0;
  for (let y = y0; y < y1; y++) {
    const row = y * img.width;
    for (let x = x0; x < x1; x++) if (img.data[row + x]! < 100) dark++;
  }
  return dark >= Math.max(25, 0.004 * (x1 - x0) * (y1 - y0));
}

/** a row of a box holds ink when this many of its pixels are dark (noise leaves fewer) */
const INK_ROW = 3;
/** a line of text at least this tall (pixels at 300 dpi: a small letter is ≈ 20) */
const MIN_LINE = 8;

/**
 * True when a box of the image (pixels) holds a line of text that none of `words` (pixel boxes)
 * covers: rows with ink, grouped into lines, one of them outside every word's height. Reading a
 * whole page as one block, tesseract drops a line now and then where cells of two lines stand
 * beside cells of one ("Cấp giấy phép … cấp đặc" lost, "biệt" under it kept).
 */
export function uncoveredLine(img: Gray, box: Box, words: Box[]): boolean {
  const x0 = Math.max(0, Math.floor(box.x0));
  const y0 = Math.max(0, Math.floor(box.y0));
  const x1 = Math.min(img.width, Math.ceil(box.x1));
  const y1 = Math.min(img.height, Math.ceil(box.y1));
  if (x1 - x0 < 4 || y1 - y0 < MIN_LINE) return false;
  const inked = (y: number) => {
    let dark = 0;
    const row = y * img.width;
    for (let x = x0; x < x1 && dark < INK_ROW; x++) if (img.data[row + x]! < 100) dark++;
    return dark >= INK_ROW;
  };
  const covered = (a: number, b: number) => words.some((w) => Math.min(b, w.y1) - Math.max(a, w.y0) >= 0.5 * (b - a));
  let start = -1;
  let gap = 0;
  for (let y = y0; y <= y1; y++) {
    if (y < y1 && inked(y)) {
      if (start < 0) start = y;
      gap = 0;
      continue;
    }
    // a line ends after a white gap of a few rows (the gap between a letter and its mark is smaller)
    if (start >= 0 && (++gap > 3 || y === y1)) {
      const end = y - gap + 1;
      if (end - start >= MIN_LINE && !covered(start, end)) return true;
      start = -1;
    }
  }
  return false;
}
