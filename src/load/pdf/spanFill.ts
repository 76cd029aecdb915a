/**
 * Cells spanning rows in a table without rules: the spanning text stands in one row only (the
 * first, or the middle when centred) and the rows below show an empty cell. A numbered row whose
 * leading content cells are empty while later ones hold text (a task under the goal of the row
 * above) takes those cells from the row above: nothing else explains a task row with no content
 * on its left. Ruled tables say their spans themselves and are left alone.
 */
import type { RawRow } from '../../core/lines.js';
import { isRowNumber } from '../../tables/numbering.js';


export function fillSpannedCells(rows: RawRow[]): void {
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const above = rows[i - 1]!;
    if (!isRowNumber(row.cells[0] ?? '') || !isRowNumber(above.cells[0] ?? '')) continue;
    const first = row.cells.findIndex((c, k) => k >= 1 && c !== '');
    if (first <= 1) continue;
    // the row above is a row of the same kind: its cells reach at least as far right
    if (above.cells.filter((c, k) => k >= first && c !== '').length === 0) continue;
    for (let c = 1; c < first; c++) if (above.cells[c]) row.cells[c] = above.cells[c]!;
  }
}
