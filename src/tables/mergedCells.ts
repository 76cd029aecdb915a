/**
 * Cells merged over several rows in a table printed as text (space-aligned or tab-separated): the
 * merged text is printed once, in the top row, and the rows below it show an empty cell. Every
 * task has a lead and a deadline, so a reader takes the value above: a row whose lead or deadline
 * cell is empty, directly below a row of the same table and group whose cell has a value, takes
 * that value (and passes it on down). Only these two columns: coordinating bodies, outputs and
 * content are often genuinely empty. Heading rows (a row numbered "1" over "1.1", "1.2") neither
 * give nor take a value, and a repeated header (a page break) ends the run. Tables from a PDF's
 * grid or an OCR'd scan are left alone: their loaders spread merged cells themselves.
 */
import { diagnostic, type Diagnostic, type Place } from '../core/diagnostic.js';
import type { ColumnRole, Group } from '../schema/plan.js';

/** Layouts of tables read from text lines (src/tables/tabSegmenter.ts, alignedSegmenter.ts). */
export const TEXT_LAYOUTS: ReadonlySet<string> = new Set(['tab', 'aligned']);

/** Roles whose merged cells are carried down. */
export const MERGED_ROLES: readonly ColumnRole[] = ['lead', 'deadline'];

export interface MergeRow {
  cells: (string | null)[];
  stt: string | null;
  group: Group | null;
  isGroup: boolean;
  place: Place;
  /** a heading row over sub-rows */
  heading: boolean;
  /** a repeated header (a new page) stands between this row and the one above */
  afterBreak: boolean;
}

/**
 * Fill the empty lead / deadline cells of `rows` from the row above, in place; one info
 * diagnostic per filled cell. `headers` name the columns in the messages.
 */
export function fillMergedCells(rows: MergeRow[], roles: ColumnRole[], headers: string[], roleSet: readonly ColumnRole[] = MERGED_ROLES): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const role of roleSet) {
    const k = roles.indexOf(role);
    if (k < 0) continue;
    let above: MergeRow | null = null;
    for (const row of rows) {
      if (row.isGroup || row.afterBreak) above = null; // a group row or a new page ends a merged cell
      if (row.isGroup) continue;
      if (row.heading) {
        above = null;
        continue;
      }
      const value = row.cells[k] ?? null;
      if (value === null && above !== null && above.group === row.group && above.cells[k] != null) {
        row.cells[k] = above.cells[k]!;
        const header = (headers[k] ?? '').replace(/\s+/g, ' ').trim() || role;
        diagnostics.push(
          diagnostic('info', 'table/merged-cell-assumed', `row ${row.stt ?? '(unnumbered)'}: empty "${header}" cell read as the cell above merged over it ("${above.cells[k]}")`, row.place),
        );
      }
      above = row;
    }
  }
  return diagnostics;
}
