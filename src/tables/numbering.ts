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

/**
 * How plausible `next` is as the row number after `prev` (lower is better, null = implausible):
 * the next sibling (0), the first child (0), the next number at a higher level (0.5),
 * a skipped number (1.5 per gap, at most 2 missing). `prev` null means the start of a table/group.
 */
export function successorCost(prev: number[] | null, next: number[], restartAllowed = true): number | null {
  if (prev == null || prev.length === 0) {
    if (next.length === 1) return next[0] === 1 ? 0 : next[0]! <= 3 ? 1.5 * (next[0]! - 1) : null;
    return next.every((n) => n === 1) ? 0.5 : null;
  }
  // first child
  if (next.length === prev.length + 1 && prev.every((n, i) => next[i] === n)) {
    return next[next.length - 1] === 1 ? 0 : next[next.length - 1] === 2 ? 1.5 : null;
  }
  // sibling or higher level
  if (next.length <= prev.length) {
    const level = next.length - 1;
    for (let i = 0; i < level; i++) if (next[i] !== prev[i]) return restartAllowed ? null : null;
    const gap = next[level]! - prev[level]! - 1;
    if (gap < 0 || gap > 2) return null;
    return (next.length < prev.length ? 0.5 : 0) + 1.5 * gap;
  }
  return null;
}
