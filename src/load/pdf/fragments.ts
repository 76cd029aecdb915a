/** Fill grids with text: each piece goes to the cell holding its centre; the rest stays free text. */
import { centerX, centerY, contains, type Box, type TextPiece } from './geometry.js';
import type { Grid } from './grid.js';
import { cellText } from './visualLines.js';

export type TableLayout = 'pdf-grid' | 'pdf-align' | 'ocr-grid';

export interface FragmentRow {
  cells: string[];
  /** top of the row on the page (points), for line numbers */
  y: number;
  /** the first piece of the row, to find its visual line */
  anchor: TextPiece | null;
  /** per column: true when the cell belongs to a cell spanning several rows that starts in the
   *  fragment's first body row (on a continuation page its text may sit on the previous page) */
  spanFromTop?: boolean[];
  /** per column: true when the column is covered by a cell starting in a column to its left */
  spanLeft?: boolean[];
  /** borderless tables, last row of a page: per column, true when the cell's text reaches the bottom (it may go on overleaf) */
  openBelow?: boolean[];
  /** borderless tables, first numbered row of a page: per column, true when the cell's text is the rest of a cell from the previous page spanning into this row */
  tailAbove?: boolean[];
}

/** The part of a table that sits on one page. */
export interface TableFragment {
  page: number;
  box: Box;
  /** column lines, left to right */
  xs: number[];
  rows: FragmentRow[];
  /** how many leading rows form the header (0 when the table has none on this page) */
  headerDepth: number;
  layout: TableLayout;
  /**
   * Set on a fragment that is a table only if it continues the previous page's table (a
   * repeated header and a row or two): its pieces, which are also read as free text.
   */
  tentative?: TextPiece[];
}

function indexIn(lines: number[], v: number): number {
  for (let i = 0; i + 1 < lines.length; i++) if (v < lines[i + 1]!) return i;
  return lines.length - 2;
}

export function fillGrids(
  grids: Grid[],
  pieces: TextPiece[],
  page: number,
  layout: TableLayout,
): { fragments: TableFragment[]; free: TextPiece[] } {
  const free: TextPiece[] = [];
  const buckets = grids.map((g) => g.cells.map(() => [] as TextPiece[]));
  for (const p of pieces) {
    const x = centerX(p);
    const y = centerY(p);
    const gi = grids.findIndex((g) => contains(g, x, y, 1));
    if (gi < 0) {
      free.push(p);
      continue;
    }
    const g = grids[gi]!;
    const r = indexIn(g.ys, y);
    const c = indexIn(g.xs, x);
    buckets[gi]![g.at[r]![c]!]!.push(p);
  }
  const fragments = grids.map((g, gi) => {
    const texts = g.cells.map((_, ci) => cellText(buckets[gi]![ci]!));
    const firstPiece = g.cells.map((_, ci) => {
      const b = buckets[gi]![ci]!;
      return b.length ? b.reduce((m, p) => (p.y0 < m.y0 ? p : m)) : null;
    });
    const rows: FragmentRow[] = [];
    const R = g.ys.length - 1;
    const C = g.xs.length - 1;
    let headerDepth = 1;
    for (const cell of g.cells) if (cell.r0 === 0) headerDepth = Math.max(headerDepth, cell.r1 + 1);
    if (headerDepth > 3) headerDepth = 1;
    let keptHeader = headerDepth;
    for (let r = 0; r < R; r++) {
      const cells: string[] = [];
      const spanFromTop: boolean[] = [];
      const spanLeft: boolean[] = [];
      let own = false;
      let anchor: TextPiece | null = null;
      for (let c = 0; c < C; c++) {
        const ci = g.at[r]![c]!;
        const cell = g.cells[ci]!;
        spanFromTop.push(cell.r1 > cell.r0 && cell.r0 === headerDepth);
        spanLeft.push(cell.c0 !== c);
        if (cell.c0 !== c) {
          cells.push('');
          continue;
        }
        cells.push(texts[ci]!);
        if (cell.r0 === r && texts[ci]) {
          own = true;
          const fp = firstPiece[ci];
          if (fp && (!anchor || fp.y0 < anchor.y0)) anchor = fp;
        }
      }
      if (!own) {
        if (r < headerDepth) keptHeader--;
        continue;
      }
      rows.push({ cells, y: g.ys[r]!, anchor, spanFromTop, spanLeft });
    }
    return { page, box: { x0: g.x0, y0: g.y0, x1: g.x1, y1: g.y1 }, xs: g.xs, rows, headerDepth: Math.max(0, keptHeader), layout };
  });
  return { fragments: fragments.filter((f) => f.rows.length > 0), free };
}
