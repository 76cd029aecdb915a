/**
 * The place-and-date line under the motto: "Chợ Vàm, ngày 05 tháng 03 năm 2024". It is told apart
 * from dates inside sentences by its shape: a wordy date with at most a short place before it.
 */
import { fold } from '../core/text.js';
import { findDate } from '../normalize/date.js';

export interface DateLine {
  place: string | null;
  issuedDate: string;
}

// the header date is always written out; OCR may misread the vowels ("ngdy", "theng")
const WORDY = /ng[a-z]{0,2}y\W{0,3}\d{1,2}\W{0,3}th[a-z]{1,2}ng/;
const MAX_PLACE_WORDS = 6;

export function readDateLine(text: string): DateLine | null {
  const folded = fold(text);
  if (!WORDY.test(folded)) return null;
  const found = findDate(text);
  if (!found) return null;
  const wordy = WORDY.exec(folded)!;
  // the place ends where the written-out date starts
  const at = wordy.index;
  // fold keeps the length of NFC text, so an index into the folded text is one into the text
  const prefix = (folded.length === text.length ? text.slice(0, at) : text.slice(0, Math.max(0, text.search(/ng\S{1,2}y/iu))))
    .replace(/[\s,.;:]+$/u, '')
    .trim();
  const words = prefix ? prefix.split(/\s+/) : [];
  if (words.length > MAX_PLACE_WORDS || /\d/.test(prefix)) return null;
  return { place: prefix || null, issuedDate: found.iso };
}
