/**
 * Join table fragments across pages into RawTables: a fragment at the top of a page that has the
 * same columns as the table ending the previous page continues it; its repeated header rows are
 * dropped, and a first row with an empty first cell continues the previous page's last row.
 */
import type { RawRow, RawTable } from '../../core/lines.js';
import { fold } from '../../core/text.js';
import type { FragmentRow, TableFragment } from './fragments.js';
import { tidy } from './visualLines.js';
import { restoreOrdinals } from './ordinalSequence.js';
import { fillSpannedCells } from './spanFill.js';

export interface AssembleContext {
  /** line number of a fragment row on its page */
  lineOf: (fragment: TableFragment, rowIndex: number) => number;
  /** the title line just above a fragment, if any */
  titleOf: (fragment: TableFragment) => string | null;
  /** true when nothing but free text sits between the previous fragment and this one (only page furniture) */
  adjacent: (previous: TableFragment, next: TableFragment) => boolean;
  /** a tentative fragment that continues no table: its text is free text after all */
  dropped?: (fragment: TableFragment) => void;
}

function sameColumns(a: TableFragment, b: TableFragment): boolean {
  if (a.xs.length !== b.xs.length) return false;
  const tol = Math.max(6, (a.box.x1 - a.box.x0) * 0.02);
  return a.xs.every((x, i) => Math.abs(x - b.xs[i]!) <= tol);
}

/** as many columns and the table's header repeated (a column edge may move with the text a page holds) */
function sameHeader(a: TableFragment, b: TableFragment, headerRows: string[][]): boolean {
  const first = b.rows[0];
  return a.xs.length === b.xs.length && b.headerDepth > 0 && headerRows.length > 0 && !!first && similar(first.cells, headerRows[0]!);
}

function headerCells(rows: string[][], spanLeft: boolean[][], columns: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < columns; c++) {
    const parts: string[] = [];
    for (const [ri, r] of rows.entries()) {
      // a header cell spanning columns lends its text to each column under it
      let text = r[c] ?? '';
      for (let k = c; !text && k > 0 && spanLeft[ri]?.[k]; k--) text = r[k - 1] ?? '';
      if (text && !parts.includes(text)) parts.push(text);
    }
    out.push(tidy(parts.join(' ')));
  }
  return out;
}

const key = (cells: string[]) => fold(cells.join('|')).replace(/[^a-z0-9|]/g, '');

function similar(a: string[], b: string[]): boolean {
  const ka = key(a);
  const kb = key(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  // OCR may read a repeated header slightly differently: compare letter bags
  const bag = (s: string) => {
    const m = new Map<string, number>();
    for (const ch of s) m.set(ch, (m.get(ch) ?? 0) + 1);
    return m;
  };
  const ba = bag(ka);
  const bb = bag(kb);
  let common = 0;
  for (const [ch, n] of ba) common += Math.min(n, bb.get(ch) ?? 0);
  return common / Math.max(ka.length, kb.length) > 0.85;
}

/**
 * A tentative fragment ending its page (a header and a group row or two) that the next page's
 * table continues under the same header: the start of that table.
 */
function continuedOverleaf(f: TableFragment, next: TableFragment | undefined, ctx: AssembleContext): boolean {
  if (!next || next.page !== f.page + 1 || f.headerDepth === 0 || !ctx.adjacent(f, next)) return false;
  const header = f.rows.slice(0, f.headerDepth).map((r) => r.cells);
  return sameColumns(f, next) || sameHeader(f, next, header);
}

export function assembleTables(fragments: TableFragment[], ctx: AssembleContext): RawTable[] {
  const tables: RawTable[] = [];
  let current: { table: RawTable; last: TableFragment; headerRows: string[][] } | null = null;
  for (const [fi, f] of fragments.entries()) {
    const continues =
      current !== null &&
      f.page === current.last.page + 1 &&
      (sameColumns(current.last, f) || sameHeader(current.last, f, current.headerRows)) &&
      ctx.adjacent(current.last, f);
    if (f.tentative && !continues && !continuedOverleaf(f, fragments[fi + 1], ctx)) {
      ctx.dropped?.(f);
      continue;
    }
    let rows = f.rows.map((r, i) => ({ cells: r.cells, place: { page: f.page, line: ctx.lineOf(f, i) } }) as RawRow);
    const spans = new Map<RawRow, boolean[]>(rows.map((r, i) => [r, f.rows[i]!.spanFromTop ?? []]));
    const byRow = new Map<RawRow, FragmentRow>(rows.map((r, i) => [r, f.rows[i]!]));
    if (continues && current) {
      // drop a repeated header
      const depth = current.headerRows.length;
      if (depth > 0 && rows.length >= depth && rows.slice(0, depth).every((r, i) => similar(r.cells, current!.headerRows[i]!))) {
        rows = rows.slice(depth);
      } else if (f.headerDepth > 0 && rows.length > 0 && similar(rows[0]!.cells, current.table.header)) {
        rows = rows.slice(f.headerDepth);
      }
      const prev = current.table.rows[current.table.rows.length - 1];
      const first = rows[0];
      let carried: string[] = [];
      if (prev && first && first.cells[0] === '' && prev.cells[0] !== '' && first.cells.some((c) => c !== '')) {
        prev.cells = prev.cells.map((c, i) => tidy(`${c} ${first.cells[i] ?? ''}`));
        carried = first.cells;
        rows = rows.slice(1);
      }
      // the rest of a cell cut by the page break, beside this page's first row: one cell spanning both rows
      const open = current.last.rows[current.last.rows.length - 1]?.openBelow ?? [];
      const tail = rows[0] ? (byRow.get(rows[0])?.tailAbove ?? []) : [];
      if (prev && rows[0]) {
        for (let i = 0; i < tail.length; i++) {
          if (!tail[i] || !open[i] || carried[i] || !prev.cells[i]) continue;
          prev.cells[i] = tidy(`${prev.cells[i]} ${rows[0].cells[i] ?? ''}`);
          rows[0].cells[i] = prev.cells[i]!;
        }
      }
      // a cell spanning rows across the page break: its text was printed on the previous page
      const last = current.table.rows[current.table.rows.length - 1];
      if (last) {
        for (const row of rows) {
          const span = spans.get(row) ?? [];
          row.cells = row.cells.map((c, i) => (c === '' && span[i] ? last.cells[i] ?? '' : c));
        }
      }
      current.table.rows.push(...rows);
      if (!current.table.pages.includes(f.page)) current.table.pages.push(f.page);
      current.last = f;
      continue;
    }
    const depth = Math.min(f.headerDepth, rows.length);
    const headerRows = rows.slice(0, depth).map((r) => r.cells);
    const table: RawTable = {
      header: headerCells(headerRows, f.rows.slice(0, depth).map((r) => r.spanLeft ?? []), f.xs.length - 1),
      rows: rows.slice(depth),
      pages: [f.page],
      title: ctx.titleOf(f),
      place: rows[0]?.place ?? { page: f.page, line: null },
      layout: f.layout,
    };
    tables.push(table);
    current = { table, last: f, headerRows };
  }
  // OCR misreads and drops row numbers: their sequence says what they are
  for (const t of tables) if (t.layout === 'ocr-grid') restoreOrdinals(t.rows);
  // a borderless table's cells spanning rows show in one row only
  for (const t of tables) if (t.layout === 'pdf-align') fillSpannedCells(t.rows);
  return tables;
}
