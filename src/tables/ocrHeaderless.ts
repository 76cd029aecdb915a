/**
 * A task table whose header OCR lost (read as noise, or not at all): rows numbered 1, 2, 3 … (or 1, 1.1, 1.2, 2 …)
 * each followed by a cell ruling ("1 | …", "2_ | …") with their text after it. Only looked for
 * before the first header found, where no header can stand for it. The table starts at its first
 * row, or at a group row just above it; its header is empty (columns: Stt and content only).
 */
import type { SourceLine } from '../core/lines.js';
import { followsDirectly } from './numbering.js';
import { anchorCandidate, groupLine } from './ocrLines.js';
import { damagedGroupShape } from './ocrDamagedGroups.js';
import type { Header } from './ocrHeaders.js';

/** Rows a headerless table needs before it is believed. */
const MIN_ROWS = 4;
/** Lines a row may span before the next row number. */
const MAX_ROW_LINES = 8;

function ruledRow(text: string): number[] | null {
  const c = anchorCandidate(text);
  if (!c || c.rest.length < 15 || !/^\p{Lu}/u.test(c.rest)) return null;
  // the ruling after the number: "|" or "_" right after it
  if (!c.ruled && !/^\s*\d{1,3}\s*_/.test(text)) return null;
  return c.readings[0]!.path;
}

export function findHeaderlessTable(lines: SourceLine[], taken: Set<number>, before: number): Header | null {
  for (let i = 0; i < before; i++) {
    if (taken.has(i)) continue;
    const first = ruledRow(lines[i]!.text);
    if (!first || first.length !== 1 || first[0] !== 1) continue;
    // the rows that follow: numbers that go on (or start again at 1 under a new group)
    let rows = 1;
    let prev = first;
    let last = i;
    for (let k = i + 1; k < before && k - last <= MAX_ROW_LINES; k++) {
      if (taken.has(k)) break;
      const p = ruledRow(lines[k]!.text);
      if (!p) continue;
      // 1, 2, 3 …; 1, 1.1, 1.2, 2 …; or 1 again under the next group
      if (!followsDirectly(prev, p) && !(p.length === 1 && p[0] === 1)) continue;
      rows++;
      prev = p;
      last = k;
    }
    if (rows < MIN_ROWS) continue;
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
