/** Row numbers: roman group numerals (OCR-tolerant) and Stt paths like "1", "1.2", "III.1.2". */

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

/**
 * A roman numeral as printed or as OCR damages it ("I1" = II, "I11" = III, "VI11" = VIII,
 * "v" = V), canonical upper case, or null. A bare "1" or "11" is a number, not a numeral.
 */
export function romanNumeral(token: string): string | null {
  const t = token.trim().replace(/[.:)]$/, '');
  if (!/^[IVXivx][IVXivxl1]*$/.test(t)) return null;
  const upper = t.replace(/[l1]/g, 'I').toUpperCase();
  return ROMANS.includes(upper) ? upper : null;
}

/** Letters of groups lettered instead of numbered, in the order Vietnamese lists use (d then đ). */
const GROUP_LETTERS = ['A', 'B', 'C', 'D', 'Đ', 'E', 'G', 'H'];

/** A group lettered instead of numbered: "A", "B." … (a capital letter alone in the Stt cell). */
export function groupLetter(token: string): string | null {
  const t = token.trim().replace(/[.:)]$/, '');
  return GROUP_LETTERS.includes(t) ? t : null;
}

/** The place of a group letter in its list (A → 1, Đ → 5). */
export function groupLetterValue(letter: string): number {
  return GROUP_LETTERS.indexOf(letter) + 1;
}

/** The letter of the n-th lettered group (1 → "A"). */
export function groupLetterOf(value: number): string {
  return GROUP_LETTERS[value - 1] ?? String(value);
}

/** A group row's number: a roman numeral, or a capital letter where groups are lettered. */
export function groupNumber(token: string): string | null {
  return romanNumeral(token) ?? groupLetter(token);
}

/** How many roman numerals `toRoman` knows (I … XX). */
export const ROMAN_COUNT = ROMANS.length;

/** A first-column cell that numbers a row: 1, 1.2, 2., II, IV., a), đ). */
export function isRowNumber(cell: string): boolean {
  return /^(\d+(\.\d+)*\.?|[IVXLC]+\.?|[a-zđ]\))$/i.test(cell);
}

export function romanValue(numeral: string): number {
  return ROMANS.indexOf(numeral) + 1;
}

export function toRoman(value: number): string {
  return ROMANS[value - 1] ?? String(value);
}

/** "1.2." → [1, 2]; null for anything that is not a dotted number. */
export function parseStt(token: string): number[] | null {
  const t = token.trim().replace(/\.$/, '');
  if (!/^\d{1,3}(\.\d{1,3}){0,3}$/.test(t)) return null;
  return t.split('.').map(Number);
}

export function sttString(path: number[]): string {
  return path.join('.');
}

/** The row number `n` places after `path` at its level ([2, 3], 2 → "2.5"). */
export function siblingAfter(path: number[], n: number): string {
  return sttString([...path.slice(0, -1), path[path.length - 1]! + n]);
}

/** Cost of a row number missing from the sequence (lost by OCR, or a heading row not numbered). */
export const MISSING = 0.8;

/**
 * How plausible `next` is as the row number after `prev` (lower is better, null = implausible):
 * the next sibling or the first child (0), back up a level (0.2), plus MISSING for each number
 * that would have been skipped (at most 3). `prev` null means the start of a table or group.
 */
export function successorCost(prev: number[] | null, next: number[]): number | null {
  if (prev == null || prev.length === 0) {
    // a fresh start: 1, 1.1 …; a later number means the first rows lost their numbers
    const missing = next[0]! - 1 + next.slice(1).reduce((m, n) => m + n - 1, 0) + (next.length - 1);
    return missing <= 3 ? MISSING * missing : null;
  }
  let d = 0;
  while (d < prev.length && d < next.length && prev[d] === next[d]) d++;
  if (d === next.length) return null; // same number again, or a parent after its child
  if (d === prev.length) {
    // deeper: the first child, with missing headings in between
    const missing = next[d]! - 1 + next.slice(d + 1).reduce((m, n) => m + n, 0);
    return missing <= 3 ? MISSING * missing : null;
  }
  const gap = next[d]! - prev[d]! - 1;
  if (gap < 0) return null;
  // deeper parts of next start a new sub-list whose heading row is missing
  const missing = gap + next.slice(d + 1).reduce((m, n) => m + n, 0);
  if (missing > 3) return null;
  return MISSING * missing + (next.length < prev.length ? 0.2 : 0);
}

/** `next` is the very next row number after `prev` (sibling, first child or back up a level), none skipped. */
export function followsDirectly(prev: number[], next: number[]): boolean {
  const cost = successorCost(prev, next);
  return cost != null && cost < MISSING;
}
