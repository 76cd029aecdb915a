/** Cleaning of cell text: leftover HTML, whitespace, empty cells. */
import { collapseSpace, decodeEntities } from '../core/text.js';

/** Drop HTML tags left in exported cells (`<ul style=…>`, `<p>…</p>`, `<br>`), keeping their text. */
export function stripHtml(text: string): string {
  return decodeEntities(text.replace(/<\s*(br|\/p|\/li|\/div)\s*\/?>/gi, ' ').replace(/<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/gi, ' '));
}

/** The text of a cell as the output contract wants it: NFC, no tags, one space, null when empty. */
export function cellText(text: string | null | undefined): string | null {
  if (text == null) return null;
  const t = collapseSpace(stripHtml(text).normalize('NFC'));
  return t === '' ? null : t;
}

/** Join the parts of a cell split over lines or pages with one space. */
export function joinCell(a: string, b: string): string {
  const left = a.trim();
  const right = b.trim();
  if (left === '') return right;
  if (right === '') return left;
  return `${left} ${right}`;
}
