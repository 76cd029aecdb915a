/**
 * Rows of a space-aligned table whose cells are centred vertically (Word's "center" cell
 * alignment, printed by pdftotext -layout): the row number sits on the middle line of its row
 * and each cell's lines are centred on it, so a row's text starts above its number and the
 * cells of two rows meet at a different line in every column. Each column's lines are shared
 * out between the numbered lines of a stretch (between group rows) so that every cell's block
 * of lines is as close as possible to centred on its row's number.
 */
import { placeOf, type RawRow, type SourceLine } from '../core/lines.js';
import { joinCell } from './cellText.js';

/** A body line cut into cells. */
export interface CutLine {
  index: number;
  cells: string[];
  kind: 'group' | 'numbered' | 'other';
}

/**
 * Cells centred vertically: on most numbered lines the content cell is empty (its text is
 * above and below), which never happens when cells are top-aligned.
 */
export function looksCentred(cut: CutLine[], contentIndex: number): boolean {
  if (contentIndex <= 0) return false;
  const numbered = cut.filter((c) => c.kind === 'numbered');
  if (numbered.length < 2) return false;
  const empty = numbered.filter((c) => (c.cells[contentIndex] ?? '') === '').length;
  return empty * 2 >= numbered.length;
}

/**
 * Share the lines (positions `at`) out between anchors, in order, each block as close to
 * centred on its anchor as possible; returns the anchor of each line.
 */
export function shareOut(at: number[], anchors: number[]): number[] {
  const m = at.length;
  const n = anchors.length;
  if (n === 0) return at.map(() => -1);
  // best[i][a]: cost of lines 0..i-1 given to anchors 0..a (the last block belongs to anchor a)
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n).fill(Infinity));
  const from: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n).fill(-1));
  // every line of a block pays for how far the block's centre is from its anchor
  const blockCost = (s: number, e: number, a: number) => (s === e ? 0 : (e - s) * Math.abs((at[s]! + at[e - 1]!) / 2 - anchors[a]!));
  for (let a = 0; a < n; a++) {
    for (let i = 0; i <= m; i++) {
      // anchor a takes lines s..i-1
      for (let s = 0; s <= i; s++) {
        const before = a === 0 ? (s === 0 ? 0 : Infinity) : best[s]![a - 1]!;
        const cost = before + blockCost(s, i, a);
        if (cost < best[i]![a]!) {
          best[i]![a] = cost;
          from[i]![a] = s;
        }
      }
    }
  }
  const owner = at.map(() => n - 1);
  for (let a = n - 1, i = m; a >= 0; a--) {
    const s = from[i]![a]!;
    for (let k = s; k < i; k++) owner[k] = a;
    i = s;
  }
  return owner;
}

/** Rows from centred cells: group rows as they are, every other line's cells shared out column by column. */
export function centredRows(lines: SourceLine[], cut: CutLine[], columns: number): RawRow[] {
  const rows: RawRow[] = [];
  let stretch: CutLine[] = [];
  const flush = () => {
    const anchors = stretch.filter((c) => c.kind === 'numbered');
    if (anchors.length === 0) {
      // nothing numbered: the lines continue the row before (a group title, a row across a page)
      const last = rows[rows.length - 1];
      for (const c of stretch) {
        if (!last) rows.push({ cells: c.cells.slice(), place: placeOf(lines[c.index]!) });
        else for (let k = 1; k < columns; k++) last.cells[k] = joinCell(last.cells[k] ?? '', c.cells[k] ?? '');
      }
      stretch = [];
      return;
    }
    const out = anchors.map((a) => ({ cells: [a.cells[0]!, ...new Array<string>(columns - 1).fill('')], place: placeOf(lines[a.index]!) }));
    for (let k = 1; k < columns; k++) {
      const withText = stretch.filter((c) => (c.cells[k] ?? '') !== '');
      const owner = shareOut(withText.map((c) => c.index), anchors.map((a) => a.index));
      withText.forEach((c, i) => (out[owner[i]!]!.cells[k] = joinCell(out[owner[i]!]!.cells[k]!, c.cells[k]!)));
    }
    rows.push(...out);
    stretch = [];
  };
  for (const c of cut) {
    if (c.kind === 'group') {
      flush();
      rows.push({ cells: c.cells.slice(), place: placeOf(lines[c.index]!) });
      continue;
    }
    stretch.push(c);
  }
  flush();
  return rows;
}
