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
import { continuesAbove } from './spanningCells.js';

/** A body line cut into cells. */
export interface CutLine {
  index: number;
  cells: string[];
  kind: 'group' | 'numbered' | 'other';
}

/**
 * Cells centred vertically: on most numbered lines the content cell is empty or carries the
 * middle of its text (a lower-case word), which never happens when cells are top-aligned.
 */
export function looksCentred(cut: CutLine[], contentIndex: number): boolean {
  if (contentIndex <= 0) return false;
  const numbered = cut.filter((c) => c.kind === 'numbered');
  if (numbered.length < 2) return false;
  const midCell = numbered.filter((c) => {
    const text = c.cells[contentIndex] ?? '';
    return text === '' || continuesAbove(text);
  }).length;
  return midCell * 2 >= numbered.length;
}

/** Cost of a cell opening with a lower-case line. */
const TAIL_OPENS = 6;

/**
 * Share the lines (positions `at`) out between anchors, in order, each block as close to
 * centred on its anchor as possible, none opening with a tail (`tails`: lines starting in lower
 * case) when avoidable; returns the anchor of each line.
 */
export function shareOut(at: number[], anchors: number[], tails: boolean[] = []): number[] {
  const m = at.length;
  const n = anchors.length;
  if (n === 0) return at.map(() => -1);
  // best[i][a]: cost of lines 0..i-1 given to anchors 0..a (the last block belongs to anchor a)
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n).fill(Infinity));
  const from: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n).fill(-1));
  // every line of a block pays for how far the block's centre is from its anchor
  // (and a cell does not open with a lower-case line, the tail of the cell above)
  const blockCost = (s: number, e: number, a: number) =>
    s === e ? 0 : (e - s) * Math.abs((at[s]! + at[e - 1]!) / 2 - anchors[a]!) + (a > 0 && tails[s] ? TAIL_OPENS : 0);
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

/**
 * Rows from centred cells: group rows as they are; the other lines, stretch by stretch between
 * group rows and page breaks (`breaks`: lines where a repeated header starts a page), shared
 * out column by column between the stretch's numbered lines. After a page break the row cut by
 * it takes part too, as if numbered at the top of the page: the lines continuing it come first.
 */
export function centredRows(lines: SourceLine[], cut: CutLine[], columns: number, breaks: number[] = []): RawRow[] {
  const rows: RawRow[] = [];
  let stretch: CutLine[] = [];
  let afterBreak = false;
  const flush = () => {
    if (stretch.length === 0) return;
    const numbered = stretch.filter((c) => c.kind === 'numbered');
    const cutRow = rows.length > 0 && (afterBreak || numbered.length === 0) ? rows[rows.length - 1]! : null;
    const fresh = numbered.map((a) => ({ cells: [a.cells[0]!, ...new Array<string>(columns - 1).fill('')], place: placeOf(lines[a.index]!) }));
    if (!cutRow && fresh.length === 0) fresh.push({ cells: new Array<string>(columns).fill(''), place: placeOf(lines[stretch[0]!.index]!) });
    const targets = cutRow ? [cutRow, ...fresh] : fresh;
    const anchors = [...(cutRow ? [stretch[0]!.index - 1] : []), ...numbered.map((a) => a.index)];
    if (anchors.length < targets.length) anchors.push(stretch[0]!.index); // an unnumbered first row
    for (let k = 1; k < columns; k++) {
      const withText = stretch.filter((c) => (c.cells[k] ?? '') !== '');
      const owner = shareOut(withText.map((c) => c.index), anchors, withText.map((c) => continuesAbove(c.cells[k]!)));
      withText.forEach((c, i) => (targets[owner[i]!]!.cells[k] = joinCell(targets[owner[i]!]!.cells[k]!, c.cells[k]!)));
    }
    rows.push(...fresh);
    stretch = [];
    afterBreak = false;
  };
  let nextBreak = 0;
  for (const c of cut) {
    if (nextBreak < breaks.length && c.index > breaks[nextBreak]!) {
      flush();
      while (nextBreak < breaks.length && c.index > breaks[nextBreak]!) nextBreak++;
      afterBreak = true;
    }
    if (c.kind === 'group') {
      flush();
      rows.push({ cells: c.cells.slice(), place: placeOf(lines[c.index]!) });
      afterBreak = false;
      continue;
    }
    stretch.push(c);
  }
  flush();
  return rows;
}
