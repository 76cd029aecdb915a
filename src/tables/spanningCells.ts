/**
 * Merged (spanning) cells of hierarchical tables printed as text: an objective or mission cell
 * spanning several rows prints its text down those rows, so a row can start with the tail of
 * the text begun above ("…thủ tục hành chính được rà" / "soát, đơn giản hóa theo quy định").
 * Such a tail (it starts in lower case) goes back to the cell it continues; rows whose cell is
 * then empty inherit the value in the interpreter, which carries objective and mission down.
 */
import type { RawRow, RawTable } from '../core/lines.js';
import type { ColumnRole } from '../schema/plan.js';
import { joinCell } from './cellText.js';
import { rolesOfHeader } from './columnRoles.js';
import { groupNumber } from './numbering.js';

/** Roles whose cells span rows in hierarchical tables. */
const SPANNING: ColumnRole[] = ['objective', 'mission'];

/** Text that cannot start a cell: it begins with a lower-case letter. */
export function continuesAbove(text: string): boolean {
  const first = text.trim().match(/\p{L}/u);
  return first != null && text.trim().startsWith(first[0]) && first[0] !== first[0].toUpperCase();
}

/** Move the lower-case tails of spanning cells back into the cell above them (same group). */
export function rejoinSpanningCells(rows: RawRow[], roles: ColumnRole[], sttIndex: number): void {
  const columns = roles.flatMap((r, k) => (SPANNING.includes(r) ? [k] : []));
  for (const k of columns) {
    let owner: RawRow | null = null;
    for (const row of rows) {
      if (groupNumber(row.cells[sttIndex] ?? '')) {
        owner = null; // a group row: spanning cells do not cross groups
        continue;
      }
      const text = row.cells[k] ?? '';
      if (text.trim() === '') continue;
      if (owner && continuesAbove(text)) {
        owner.cells[k] = joinCell(owner.cells[k] ?? '', text);
        row.cells[k] = '';
        continue;
      }
      owner = row;
    }
  }
}

/** The same for a whole table, its column roles read from its header. */
export function rejoinSpanningTable(table: RawTable): void {
  const roles = rolesOfHeader(table.header);
  if (!roles.some((r) => SPANNING.includes(r))) return;
  rejoinSpanningCells(table.rows, roles, Math.max(0, roles.indexOf('stt')));
}
