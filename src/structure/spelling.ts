/**
 * The issuing body's place name is printed twice: in the issuer block ("THỊ TRẤN CHỢ VÀM") and
 * before the date ("Chợ Vàm, ngày …"). OCR may damage one reading and not the other ("CHQ VAM" /
 * "Cho Vam"), so for each word read the same in both (by the tolerant key) the better reading wins:
 * a plausible Vietnamese spelling over an impossible one, then the one with more marks.
 */
import { wordKey } from './fuzzy.js';

/** Letter sequences Vietnamese never has: q without u, digits or symbols inside a word. */
export function plausible(word: string): boolean {
  return !/q(?!u)/iu.test(word) && !(/\p{L}/u.test(word) && /[\d@€¢&]/u.test(word));
}

function marks(word: string): number {
  return (word.normalize('NFD').match(/[\u0300-\u036f]/g) ?? []).length + (word.match(/[đĐ]/g) ?? []).length;
}

function score(word: string): number {
  return (plausible(word) ? 1000 : 0) + marks(word);
}

const capital = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi');

/** Compare the place with the end of the issuer name; return both with the better reading of each shared word. */
export function reconcilePlace(issuer: string, place: string): { issuer: string; place: string } {
  const a = issuer.split(' ');
  const b = place.split(' ');
  if (b.length > a.length) return { issuer, place };
  const offset = a.length - b.length;
  for (let k = 0; k < b.length; k++) {
    const key = wordKey(b[k]!);
    if (!key || key !== wordKey(a[offset + k]!)) return { issuer, place };
  }
  for (let k = 0; k < b.length; k++) {
    const x = a[offset + k]!;
    const y = b[k]!;
    // keep each reading's own case (the unit word is lower case in the issuer, capitalised at the start of the place)
    if (score(y) > score(x)) a[offset + k] = x === x.toLocaleLowerCase('vi') ? y.toLocaleLowerCase('vi') : capital(y);
    else if (score(x) > score(y)) b[k] = y === y.toLocaleLowerCase('vi') ? x.toLocaleLowerCase('vi') : capital(x);
  }
  return { issuer: a.join(' '), place: b.join(' ') };
}
