/**
 * Rows of a hierarchical OCR table (Mục tiêu / Nhiệm vụ / Hoạt động / … / Thời gian): its Stt numbers
 * the objectives, and every activity is a task row. Two signals mark the activity rows:
 * - the deadline, the table's last cell, ends one line of each row ("… | Thường xuyên", or
 *   "Thường" and "xuyên" ending two lines of it), printed at the middle of the row;
 * - the activity cell starts at the top of its row with a task verb, often right after a "|"
 *   ("co quan hanh | dén, doanh | Ra soát, phát hiện các thủ tục | …").
 * A row begins where an activity begins; two deadlines with no activity start between them
 * are two rows, cut half way.
 */
import type { SourceLine } from '../core/lines.js';
import { deadlineMarks } from './ocrDeadline.js';
import { startsTask } from './taskStart.js';
import type { Body } from './ocrRows.js';

/** A row of activities, with where its activity text begins (line and offset in the line). */
export interface ActivityBody extends Body {
  activityAt: { line: number; at: number } | null;
}

/** Shorter than this, a fragment starting with a verb may be a word of another cell. */
const MIN_FRAGMENT = 15;
/** How close a verb read in a short fragment or mid-line must be to the verb of the vocabulary table. */
const STRICT = 0.8;
/** Starts closer than this are the same row top (mission and activity printed a line apart). */
const MIN_ROW_LINES = 3;

/** Where an activity starts on a line: the line's start or a "|" fragment opening with a task verb. */
export function activityStart(text: string): number | null {
  let at = 0;
  for (const fragment of text.split('|')) {
    const lead = fragment.length - fragment.trimStart().length;
    if (startsTask(fragment, 25) || startsTask(fragment, MIN_FRAGMENT, STRICT)) return at + lead;
    at += fragment.length + 1;
  }
  // no "|" before it: a task verb capitalised after lower-case words of the cells to its left
  for (const m of text.matchAll(/(?<=\p{Ll}[\s,.;:]*\s)\p{Lu}\p{Ll}/gu)) {
    const rest = text.slice(m.index).split('|')[0]!;
    if (startsTask(rest, MIN_FRAGMENT, STRICT)) return m.index;
  }
  return null;
}

/** Activity rows of one group's lines (non-blank, in order); null when the deadlines do not show them. */
export function activityBodies(lineNumbers: number[], lines: SourceLine[]): ActivityBody[] | null {
  if (lineNumbers.length === 0) return null;
  const pieces = lineNumbers.map((k) => ({ line: k, text: lines[k]!.text.replace(/\s*\|\s*/g, ' ').trim() }));
  const marks = deadlineMarks(pieces).map((m) => m.line);
  if (marks.length < 2) return null;

  const starts: { line: number; at: number | null }[] = [];
  for (const k of lineNumbers) {
    const at = activityStart(lines[k]!.text);
    if (at == null) continue;
    const last = starts[starts.length - 1];
    if (last && k - last.line < MIN_ROW_LINES) continue;
    starts.push({ line: k, at });
  }
  // two deadlines with no activity start between them: the later row starts half way
  let prev: number | null = null;
  for (const m of marks) {
    if (prev != null && !starts.some((s) => s.line > prev! && s.line <= m)) {
      // cells printed as blocks (blank lines between): the row begins with the block after the deadline
      const between = lineNumbers.filter((k) => k > prev! && k < m);
      const block = between.find((k, i) => lines.slice((i === 0 ? prev! : between[i - 1]!) + 1, k).some((x) => x.text.trim() === ''));
      const mid = block ?? lineNumbers.find((k) => k > (prev! + m) / 2) ?? m;
      starts.push({ line: mid, at: null });
    }
    prev = m;
  }
  starts.sort((a, b) => a.line - b.line);
  if (starts.length === 0) return null;

  return starts.map((s, n) => {
    const from = n === 0 ? lineNumbers[0]! : s.line;
    const to = starts[n + 1]?.line ?? Infinity;
    const own = lineNumbers.filter((k) => k >= from && k < to);
    return { line: s.line, stt: '', lines: own, activityAt: s.at == null ? null : { line: s.line, at: s.at } };
  });
}

/**
 * Where the activity begins on a row's first line read across a hierarchical table (the text after
 * its number), the objective and mission cells before it and the result, lead … cells after it.
 * The activity column is the table's widest: of the cell fragments opening with a capital (after a
 * "|", or after lower-case words), the longest, when it opens with a task verb. Null otherwise.
 */
export function widestActivityStart(text: string): number | null {
  const cuts = new Set<number>([0]);
  for (const m of text.matchAll(/\|/g)) cuts.add(m.index + 1);
  for (const m of text.matchAll(/(?<=\p{Ll}[\s,.;:]*\s)\p{Lu}\p{Ll}/gu)) cuts.add(m.index);
  const at = [...cuts].sort((a, b) => a - b);
  let best: { at: number; cell: string } | null = null;
  at.forEach((from, n) => {
    const fragment = text.slice(from, at[n + 1] ?? text.length).replace(/\|\s*$/, '');
    const cell = fragment.trim();
    if (!/^\p{Lu}/u.test(cell)) return;
    if (!best || cell.length > best.cell.length) best = { at: from + fragment.length - fragment.trimStart().length, cell };
  });
  const won = best as { at: number; cell: string } | null;
  return won && startsTask(won.cell, MIN_VERB_FRAGMENT, STRICT) ? won.at : null;
}

/** A fragment this short may open with a verb and still be a cell's opening words. */
const MIN_VERB_FRAGMENT = 8;
