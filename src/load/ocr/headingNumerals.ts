/**
 * Numerals of heading rows that OCR could not read. A ruled table's heading rows (a numeral in
 * the first column, a title spanning all the other columns: "II | Lĩnh vực đăng kiểm") are
 * numbered in sequence, often in bold serif numerals whose stems touch ("II" read as "H", or
 * nothing at all, even alone). A heading row of a grid whose numeral is missing gets the one
 * that follows the heading row above it (I → II, 3 → 4, B → C), or, for the first ones, the one
 * before the heading row below. Body rows are left alone: a body row may go unnumbered.
 */
import { centerX, centerY, contains, type TextPiece } from '../pdf/geometry.js';
import type { Grid, GridCell } from '../pdf/grid.js';
import { groupLetter, groupLetterOf, groupLetterValue, romanNumeral, romanValue, toRoman } from '../../tables/numbering.js';

interface Numeral {
  kind: 'roman' | 'digit' | 'letter';
  value: number;
  dot: boolean;
}

function readNumeral(text: string): Numeral | null {
  const dot = /\.$/.test(text);
  const t = text.replace(/\.$/, '');
  if (/^\d{1,2}$/.test(t)) return { kind: 'digit', value: Number(t), dot };
  const roman = /^[IVXLC]+$/.test(t) ? romanNumeral(t) : null;
  if (roman) return { kind: 'roman', value: romanValue(roman), dot };
  const letter = groupLetter(t);
  return letter ? { kind: 'letter', value: groupLetterValue(letter), dot } : null;
}

function writeNumeral(n: Numeral): string {
  const text = n.kind === 'digit' ? String(n.value) : n.kind === 'roman' ? toRoman(n.value) : groupLetterOf(n.value);
  return n.dot ? `${text}.` : text;
}

/** The heading rows of a grid: [first-column cell, the cell spanning every other column]. */
function headingRows(grid: Grid): [GridCell, GridCell][] {
  const last = grid.xs.length - 2;
  const out: [GridCell, GridCell][] = [];
  if (last < 2) return out;
  for (let r = 1; r < grid.ys.length - 1; r++) {
    const row = grid.at[r]!;
    const first = grid.cells[row[0]!]!;
    const rest = new Set(row.slice(1));
    if (rest.size !== 1 || first.r0 !== r || first.c1 !== 0) continue;
    const span = grid.cells[[...rest][0]!]!;
    if (span.r0 === r && span.r1 === r && span.c0 === 1 && span.c1 === last) out.push([first, span]);
  }
  return out;
}

/** Add a piece with the numeral each unreadable heading row of each grid must have. */
export function fillHeadingNumerals(grids: Grid[], pieces: TextPiece[]): void {
  for (const grid of grids) {
    const rows = headingRows(grid).filter(([, span]) => pieces.some((p) => contains(span, centerX(p), centerY(p))));
    if (rows.length < 2) continue;
    const inCell = (cell: GridCell) => pieces.filter((p) => contains(cell, centerX(p), centerY(p)));
    const readings = rows.map(([first]) => readNumeral(inCell(first).map((p) => p.text).join('')));
    // the table's numbering style: the one most headings were read in (the first one on a tie);
    // a reading in another style is a misreading ("H" for a bold "II" among roman numerals)
    const count = (kind: Numeral['kind']) => readings.filter((n) => n?.kind === kind).length;
    const first = readings.find((n) => n !== null);
    if (!first) continue;
    const style = (['roman', 'digit', 'letter'] as const).reduce((best, k) => (count(k) > count(best) ? k : best), first.kind);
    const read = readings.map((n) => (n?.kind === style ? n : null));
    const filled = [...read];
    for (let i = 1; i < filled.length; i++) if (!filled[i] && filled[i - 1]) filled[i] = { ...filled[i - 1]!, value: filled[i - 1]!.value + 1 };
    for (let i = filled.length - 2; i >= 0; i--) if (!filled[i] && filled[i + 1] && filled[i + 1]!.value > 1) filled[i] = { ...filled[i + 1]!, value: filled[i + 1]!.value - 1 };
    rows.forEach(([first], i) => {
      const n = filled[i];
      if (read[i] || !n) return;
      // what OCR made of the numeral (a speck, "H") gives way to it
      for (const p of inCell(first)) pieces.splice(pieces.indexOf(p), 1);
      const size = Math.min(10, first.y1 - first.y0);
      const x = centerX(first);
      const y = Math.min(first.y0 + 2 + size / 2, centerY(first));
      pieces.push({ text: writeNumeral(n), x0: x - size / 2, x1: x + size / 2, y0: y - size / 2, y1: y + size / 2, font: '', size, confidence: 0 });
    });
  }
}
