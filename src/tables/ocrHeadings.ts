/** Heading rows of an OCR'd table whose numbers were lost: a line of prose across the table. */
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { SourceLine } from '../core/lines.js';
import { placeOf } from '../core/lines.js';
import { followsDirectly } from './numbering.js';
import type { Body } from './ocrRows.js';

/**
 * A heading row whose number OCR lost ("1.2" then "2.1": the heading "2" is missing). A heading
 * spans the table, so it is one long line of prose with no rulings ("Truyền thông hỗ trợ hoạt động
 * …", after OCR debris where its number was), perhaps run on over a second long line; the last
 * such line between the two rows becomes the heading, and the lines after it go to its first child.
 */
export function fillLostHeadings(bodies: Body[], lines: SourceLine[], diagnostics: Diagnostic[]): void {
  const known = new Set(bodies.map((b) => b.stt));
  for (let k = 0; k + 1 < bodies.length; k++) {
    const a = bodies[k]!;
    const b = bodies[k + 1]!;
    if (!a.stt || !b.stt) continue;
    const q = b.stt.split('.').map(Number);
    if (q.length < 2 || q[q.length - 1] !== 1) continue;
    const parent = q.slice(0, -1);
    if (known.has(parent.join('.')) || !followsDirectly(a.stt.split('.').map(Number), parent)) continue;
    const between = [...new Set([...a.lines, ...b.lines])].filter((l) => l > a.line && l < b.line).sort((x, y) => x - y);
    const from = between.filter((l) => spansTable(lines[l]!.text, true)).pop();
    if (from == null) continue;
    const heading = [from];
    for (let l = from + 1; between.includes(l) && spansTable(lines[l]!.text, false); l++) heading.push(l);
    const after = between.filter((l) => l > heading[heading.length - 1]!);
    a.lines = a.lines.filter((l) => l < from || l > b.line || !between.includes(l));
    b.lines = [...new Set([...b.lines.filter((l) => !between.includes(l)), ...after])];
    const stt = parent.join('.');
    bodies.splice(k + 1, 0, { line: from, stt, lines: heading });
    known.add(stt);
    diagnostics.push(diagnostic('warning', 'table/number-inferred', `heading row number lost; taken as ${stt}, the parent of the next row`, placeOf(lines[from]!)));
    k++;
  }
}

/** A line across the table: 60+ characters of words with no rulings, opening with a capital (or run on in lower case). */
export function spansTable(text: string, opening: boolean): boolean {
  const t = text.replace(/^[\s\p{P}\p{S}]+/u, '').trim();
  if (t.length < 60 || t.includes('|')) return false;
  if (opening ? !/^\p{Lu}/u.test(t) : !/^\p{Ll}/u.test(t)) return false;
  const letters = (t.match(/\p{L}/gu) ?? []).length;
  return letters / t.replace(/\s+/g, '').length >= 0.85;
}
