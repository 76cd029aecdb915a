/**
 * The first-column cell that opens a row of a borderless table: a row number (1, 1.2, II, a))
 * or a group row's letter (A, B, Đ.). Plans letter their groups as often as they number them
 * with roman numerals; a lone capital letter in the first column is a group label, never text.
 */
import { groupLetter, isRowNumber } from '../../tables/numbering.js';

export function isRowLabel(cell: string): boolean {
  return isRowNumber(cell) || groupLetter(cell) != null;
}
