/**
 * Dates as printed in plans: "ngày 05 tháng 03 năm 2024", "05/3/2024", "5-3-2024", also with
 * marks lost or mangled by OCR ("ngay/13 thang 01 nam 2021"). Matching runs on folded text.
 */
import { fold } from '../core/text.js';

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1945 || year > 2200) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate())!;
}

// "ngay 05 thang 03 nam 2024" (any punctuation or OCR junk of up to 3 chars between parts)
const WORDY = /ngay\W{0,3}(\d{1,2})\W{0,3}thang\W{0,3}(\d{1,2})\W{0,3}n[aă]m\W{0,3}(\d{4})/;
const NUMERIC = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** The first date in the text, with where it was found (indexes are into the folded text). */
export function findDate(text: string): FoundDate | null {
  const folded = fold(text);
  const candidates = [WORDY.exec(folded), NUMERIC.exec(folded)].filter((m): m is RegExpExecArray => m !== null);
  candidates.sort((a, b) => a.index - b.index);
  for (const m of candidates) {
    const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) return { iso, index: m.index, length: m[0].length };
  }
  return null;
}

export function parseDate(text: string): string | null {
  return findDate(text)?.iso ?? null;
}
