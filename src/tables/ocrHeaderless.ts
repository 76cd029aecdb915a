/**
 * A task table whose header OCR lost (read as noise, or not at all): rows numbered 1, 2, 3 … (or
 * 1, 1.1, 1.2, 2 …, or 1.1, 1.2, 2.1 … under group rows that stand for the headings), most followed
 * by a cell ruling ("1 | …", "2_ | …") with their text after it. Only looked for
 * before the first header found, where no header can stand for it. The table starts at its first
 * row, or at a group row just above it; its header is empty (columns: Stt and content only; the
 * segmenter adds the deadline when the lines end with deadlines).
 */
import type { SourceLine } from '../core/lines.js';
import { followsDirectly, successorCost } from './numbering.js';
import { anchorCandidate, groupLine } from './ocrLines.js';
import { damagedGroupShape } from './ocrDamagedGroups.js';
import type { Header } from './ocrHeaders.js';

/** Rows a headerless table needs before it is believed. */
const MIN_ROWS = 4;
/** Of which with a cell ruling after the number, the mark of a table row rather than a numbered paragraph. */
const MIN_RULED = 3;
/** Lines a row may span before the next row number. */
const MAX_ROW_LINES = 8;

/** The first number of a list: 1, or 1.1 under a heading the group row stands for. */
const opensList = (path: number[]) => path.length <= 2 && path.every((n) => n === 1);
/** The cost of one number skipped in a sequence (successorCost). */
const MISSING_ONE = successorCost([1], [3]);

/** A numbered line: its number path and whether a cell ruling follows the number. */
interface NumberedLine {
  path: number[];
  ruled: boolean;
}

/**
 * A row number at the start of a line with a row's text after it. Ruled ("1 | …", "2_ | …"): the text
 * may open in lower case or with a figure, a merged cell (objective, mission) carried on from the row
 * above or "100% …". Without a ruling the text must open with a capital (a task cell).
 */
function numberedRow(text: string): NumberedLine | null {
  const c = anchorCandidate(text);
  if (!c || c.rest.length < 15) return null;
  // the ruling after the number: "|" or "_" right after it
  const ruled = c.ruled || /^\s*\d{1,3}\s*_/.test(text);
  if (!ruled && !/^\p{Lu}/u.test(c.rest)) return null;
  if (ruled && !/^[\p{L}\d]/u.test(c.rest)) return null;
  return { path: c.readings[0]!.path, ruled };
}

export function findHeaderlessTable(lines: SourceLine[], taken: Set<number>, before: number): Header | null {
  for (let i = 0; i < before; i++) {
    if (taken.has(i)) continue;
    const first = numberedRow(lines[i]!.text);
    if (!first || !first.ruled || !opensList(first.path)) continue;
    // the rows that follow: numbers that go on (or start again at 1 under a new group); an unruled
    // number only where it is the very next one
    let rows = 1;
    let ruled = 1;
    let prev = first.path;
    let last = i;
    for (let k = i + 1; k < before && k - last <= MAX_ROW_LINES; k++) {
      if (taken.has(k)) break;
      const p = numberedRow(lines[k]!.text);
      if (!p) continue;
      // 1, 2, 3 …; 1, 1.1, 1.2, 2 …; 1 (or 1.1) again under the next group; 1.4 then 2.1 under the
      // next group, whose row stands for the heading "2"
      const restart = p.ruled && (opensList(p.path) || successorCost(prev, p.path) === MISSING_ONE);
      if (!followsDirectly(prev, p.path) && !restart) continue;
      rows++;
      if (p.ruled) ruled++;
      prev = p.path;
      last = k;
    }
    if (rows < MIN_ROWS || ruled < MIN_RULED) continue;
    // a group row just above the first row belongs to the table
    let start = i;
    for (let k = i - 1, seen = 0; k >= 0 && seen < 1; k--) {
      const t = lines[k]!.text;
      if (t.trim() === '') continue;
      seen++;
      if (groupLine(t) || damagedGroupShape(t)) start = k;
    }
    return { start, end: start - 1, roles: [], kind: 'tasks' };
  }
  return null;
}
