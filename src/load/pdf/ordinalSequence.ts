/**
 * Row numbers OCR misread or dropped, restored from their sequence. Group rows (a Roman numeral
 * and one heading cell) count I, II, III …: once most of them read right, the others are what
 * their place says ("HI", "II" twice, an empty cell). A task row whose number is missing between
 * n−1 and n+1 is n. Only for OCR'd tables: a text layer is taken as printed.
 */
import type { RawRow } from '../../core/lines.js';
import { ROMAN_COUNT, toRoman } from '../../tables/numbering.js';

const ARABIC = /^\d+$/;

/** a group row: no arabic number, text in the second cell only */
function isGroupRow(row: RawRow): boolean {
  const [first = '', second = '', ...rest] = row.cells;
  return !/\d/.test(first) && first.length <= 4 && second !== '' && rest.every((c) => c === '');
}

function fixRomans(rows: RawRow[]): void {
  const groups = rows.filter(isGroupRow);
  if (groups.length < 3) return;
  // the offset (a table continued from elsewhere may not start at I) that most readings agree with
  let best = 0;
  let bestHits = -1;
  for (let offset = 0; offset + groups.length <= ROMAN_COUNT; offset++) {
    const hits = groups.filter((g, i) => g.cells[0]!.replace(/\.$/, '') === toRoman(offset + i + 1)).length;
    if (hits > bestHits) [best, bestHits] = [offset, hits];
  }
  if (bestHits < 2 || bestHits * 2 < groups.length) return;
  groups.forEach((g, i) => {
    const want = toRoman(best + i + 1);
    const dotted = g.cells[0]!.endsWith('.');
    if (g.cells[0]!.replace(/\.$/, '') !== want) g.cells[0] = dotted ? `${want}.` : want;
  });
}

function fillArabicGaps(rows: RawRow[]): void {
  for (let i = 1; i + 1 < rows.length; i++) {
    const [prev, row, next] = [rows[i - 1]!, rows[i]!, rows[i + 1]!];
    if (row.cells[0] !== '' || !ARABIC.test(prev.cells[0]!) || !ARABIC.test(next.cells[0]!)) continue;
    const n = Number(prev.cells[0]);
    if (Number(next.cells[0]) !== n + 2) continue;
    // a task row of its own: text in several cells, not the tail of the row above
    if (row.cells.filter((c) => c !== '').length < 2) continue;
    row.cells[0] = String(n + 1);
  }
}

export function restoreOrdinals(rows: RawRow[]): void {
  fixRomans(rows);
  fillArabicGaps(rows);
}
