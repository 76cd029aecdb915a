/** Sharing OCR lines out to rows: the lines between two row numbers, and rows whose numbers were lost. */
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { SourceLine } from '../core/lines.js';
import { placeOf } from '../core/lines.js';
import { NEAR_NUMBER, startsTask } from './taskStart.js';
import { siblingAfter } from './numbering.js';
import { spansTable } from './ocrHeadings.js';

export interface TextItem {
  type: 'text' | 'blank' | 'break';
  line: number;
}

/** A row being built: the line it is anchored at, its number, and its lines. */
export interface Body {
  line: number;
  stt: string;
  lines: number[];
  /** its task text opens on its number line (so the lines above it are not its own) */
  opensAtNumber?: boolean;
  /** found in a table whose cells are centred in their rows (each line a line of every cell) */
  centred?: boolean;
}

/** Line numbers (increasing) grouped into blocks parted by blank lines. */
export function blankBlocks(lineNumbers: number[], lines: SourceLine[]): number[][] {
  const blocks: number[][] = [];
  for (const l of lineNumbers) {
    const last = blocks[blocks.length - 1];
    if (last && !lines.slice(last[last.length - 1]! + 1, l).some((x) => x.text.trim() === '')) last.push(l);
    else blocks.push([l]);
  }
  return blocks;
}

/**
 * Rows whose numbers were lost between two numbered rows ("6" then "9": 7 and 8 are missing;
 * "2" then "2.2": 2.1 is missing):
 * look between them for lines that begin a task text and make rows there, numbered when
 * exactly as many were found as are missing.
 */
export function fillNumberGaps(bodies: Body[], lines: SourceLine[], diagnostics: Diagnostic[], headerLines: Set<number> = new Set()): void {
  for (let k = 0; k + 1 < bodies.length; k++) {
    const a = bodies[k]!;
    const b = bodies[k + 1]!;
    const p = a.stt.split('.').map(Number);
    const q = b.stt.split('.').map(Number);
    if (!a.stt || !b.stt) continue;
    // siblings (6 then 9) or a heading and a later child (2 then 2.2: 2.1 is missing)
    const sibling = p.length === q.length && p.slice(0, -1).join('.') === q.slice(0, -1).join('.');
    const child = q.length === p.length + 1 && q.slice(0, -1).join('.') === a.stt;
    if (!sibling && !child) continue;
    const before = sibling ? p : [...p, 0];
    const missing = q[q.length - 1]! - before[before.length - 1]! - 1;
    if (missing < 1) continue;
    const bFirst = Math.min(...b.lines);
    // the text block right above the next numbered row is that row's own first lines (unless its
    // task text opens on its number line)
    let top = b.line;
    while (!b.opensAtNumber && top - 1 > a.line && top - 1 >= b.line - 3 && lines[top - 1]!.text.trim() !== '' && !headerLines.has(top - 1)) top--;
    const starts = a.lines.filter((l) => l > a.line && l < Math.min(bFirst, top) && startsTask(lines[l]!.text)).slice(0, missing);
    if (starts.length === 0) continue;
    const found: Body[] = starts.map((from, n) => {
      const to = starts[n + 1] ?? bFirst;
      const numbered = starts.length === missing;
      const stt = numbered ? siblingAfter(before, n + 1) : '';
      diagnostics.push(
        numbered
          ? diagnostic('warning', 'table/number-inferred', `row number lost; taken as ${stt} from the numbers around it`, placeOf(lines[from]!))
          : diagnostic('warning', 'table/doubtful-row', 'row number lost: row taken from where its task text begins', placeOf(lines[from]!)),
      );
      return { line: from, stt, lines: a.lines.filter((l) => l >= from && l < to) };
    });
    a.lines = a.lines.filter((l) => l < starts[0]!);
    // the last lost row and the next numbered one share the lines between them as two numbered rows
    // would: the half-and-half split that made b's first lines counted the lost row's text as a's
    const last = found[found.length - 1]!;
    const pool = [...new Set([...last.lines, ...b.lines])].filter((l) => l > last.line && l < b.line).sort((x, y) => x - y);
    if (pool.length > 0) {
      const items: TextItem[] = [];
      for (let l = pool[0]!; l <= pool[pool.length - 1]!; l++) {
        if (pool.includes(l)) items.push({ type: 'text', line: l });
        else if (lines[l]!.text.trim() === '') items.push({ type: 'blank', line: l });
      }
      const theirs = new Set(splitGap(items)[1].map((x) => x.line));
      for (const l of pool) if (l >= top) theirs.add(l);
      last.lines = [last.line, ...pool.filter((l) => !theirs.has(l))];
      b.lines = [...b.lines.filter((l) => !pool.includes(l)), ...theirs];
    }
    bodies.splice(k + 1, 0, ...found);
    k += found.length;
  }
}

/** Share the lines between two anchors: by blank-line blocks when there are some, else half and half. */
export function splitGap(gap: TextItem[]): [TextItem[], TextItem[]] {
  const brk = gap.findIndex((x) => x.type === 'break');
  if (brk >= 0) {
    const [a, b] = splitGap(gap.slice(brk + 1));
    return [[...gap.slice(0, brk).filter((x) => x.type === 'text'), ...a], b];
  }
  const text = gap.filter((x) => x.type === 'text');
  let boundaries = 0;
  let lastBoundary = -1;
  let seenText = false;
  let pendingBlank = false;
  gap.forEach((x) => {
    if (x.type === 'blank') pendingBlank = true;
    else {
      if (pendingBlank && seenText) {
        boundaries++;
        lastBoundary = text.indexOf(x);
      }
      pendingBlank = false;
      seenText = true;
    }
  });
  const trailingBlank = pendingBlank;
  const doubleSpaced = text.length >= 3 && boundaries >= text.length - 1;
  if (!doubleSpaced && trailingBlank) return [text, []];
  if (!doubleSpaced && boundaries > 0) return [text.slice(0, lastBoundary), text.slice(lastBoundary)];
  const half = Math.ceil(text.length / 2);
  return [text.slice(0, half), text.slice(half)];
}


/**
 * Share the lines between two row numbers (splitGap), then look at the text. Where the earlier
 * row's task text opened above its number (`opened`: the number printed on the middle line
 * of the row, the task cell starting at its top) or the earlier row is the heading of the
 * next, a line in the earlier row's share (past any page break) that opens a task is where the
 * next row begins, its cell taller than the earlier one's: that line and those after it move to
 * the next row. So does a task opening on the first line of a page (after the header printed
 * again). Where the task text follows the number (numbers at the top of their cells), the split
 * stays.
 */
export function shareGap(gap: TextItem[], lines: SourceLine[], opened: boolean): [TextItem[], TextItem[]] {
  const [mine, theirs] = splitGap(gap);
  const brk = gap.map((x) => x.type).lastIndexOf('break');
  const afterBreak = brk >= 0 ? gap[brk]!.line : -Infinity;
  const pageTop = brk >= 0 ? gap.slice(brk + 1).find((x) => x.type === 'text') : undefined;
  const starts = mine.filter((x) => x.line > afterBreak && (opened || x === pageTop) && startsTask(lines[x.line]!.text, NEAR_NUMBER));
  const from = starts[starts.length - 1];
  if (!from) return [mine, theirs];
  return [mine.filter((x) => x.line < from.line), [...mine.filter((x) => x.line >= from.line), ...theirs]];
}

/** "o Phối hợp …", ". hội nghị": a row number OCR read as a lone mark before the task text. */
function withoutLoneMark(text: string): string {
  return text.replace(/^\s*(?:[^\s\p{L}\d]|\p{Ll})\s+(?=\p{Lu})/u, '');
}

/**
 * The lines after the last numbered row of a group. Past a page break (the header printed again),
 * rows whose numbers OCR lost begin where a task text begins, or at a heading across the table
 * just before it; lines before that first row continue the last row. Returns the lines the last row keeps and the rows found.
 */
export function splitTail(gap: TextItem[], lines: SourceLine[], diagnostics: Diagnostic[], lastStt = ''): { keep: number[]; rows: Body[] } {
  const text = (xs: TextItem[]) => xs.filter((g) => g.type === 'text').map((g) => g.line);
  const brk = gap.findIndex((g) => g.type === 'break');
  if (brk < 0) return acrossTail(text(gap), lines, diagnostics, lastStt);
  const after = text(gap.slice(brk + 1));
  // read closely: a verb-like noun ("Cổng dịch vụ" for "Công khai") here would cut a row in two
  const starts = after.filter((k) => startsTask(withoutLoneMark(lines[k]!.text), 25, 0.8));
  // a heading across the table before them (its number lost too) opens a row of its own
  const heading = after.filter((k) => (starts.length === 0 || k < starts[0]!) && spansTable(lines[k]!.text, true)).pop();
  if (heading != null) starts.unshift(heading);
  if (starts.length === 0) return { keep: text(gap), rows: [] };
  // the rows go on numbering from the last numbered one ("6" → 7, 8); under a new heading they cannot
  const p = heading == null && /^\d+(\.\d+)*$/.test(lastStt) ? lastStt.split('.').map(Number) : null;
  const rows = starts.map((from, n) => {
    const to = starts[n + 1] ?? Infinity;
    const stt = p ? siblingAfter(p, n + 1) : '';
    diagnostics.push(
      stt
        ? diagnostic('warning', 'table/number-inferred', `row number lost after a page break; taken as ${stt}, next after the last numbered row`, placeOf(lines[from]!))
        : diagnostic('warning', 'table/doubtful-row', 'row number lost after a page break: row taken from where its task text begins', placeOf(lines[from]!)),
    );
    return { line: from, stt, lines: after.filter((k) => k >= from && k < to) };
  });
  return { keep: [...text(gap.slice(0, brk)), ...after.filter((k) => k < starts[0]!)], rows };
}

/**
 * No page break in the tail: in tables read across (each line holds a line of every cell, parted
 * by rulings), a row whose number was lost begins at a line opening a task (read closely) whose
 * task cell is a whole sentence ended by a ruling; the rows go on numbering from the last one.
 */
function acrossTail(tail: number[], lines: SourceLine[], diagnostics: Diagnostic[], lastStt: string): { keep: number[]; rows: Body[] } {
  const p = /^\d+$/.test(lastStt) ? Number(lastStt) : null;
  if (p == null) return { keep: tail, rows: [] };
  const starts = tail.filter((k, n) => {
    if (n === 0) return false;
    const t = lines[k]!.text;
    return /^\s*\p{Lu}[^|]{24,}[.;]\s*\|/u.test(t) && startsTask(t, 25, 0.8);
  });
  if (starts.length === 0) return { keep: tail, rows: [] };
  const rows = starts.map((from, n) => {
    const to = starts[n + 1] ?? Infinity;
    const stt = String(p + n + 1);
    diagnostics.push(diagnostic('warning', 'table/number-inferred', `row number lost; taken as ${stt}, next after the last numbered row`, placeOf(lines[from]!)));
    return { line: from, stt, lines: tail.filter((k) => k >= from && k < to) };
  });
  return { keep: tail.filter((k) => k < starts[0]!), rows };
}

/**
 * A row whose number was printed on the next page, below the header printed again: its number
 * line goes on a sentence ("2.5 | số 131/NQ-CP ngày …", lower case or a figure), so its text began
 * before the page break. That beginning is the last block of lines before the break that opens a
 * task (a verb read closely, 2 lines or more, not the previous row's own first block), or where
 * no blank lines part blocks the last line below the previous row's number that opens a task; it
 * and the lines after it up to the break move to the row.
 */
export function pullAcrossBreaks(bodies: Body[], rests: Map<number, string>, breaks: number[], lines: SourceLine[], diagnostics: Diagnostic[]): void {
  for (let k = 0; k + 1 < bodies.length; k++) {
    const a = bodies[k]!;
    const b = bodies[k + 1]!;
    const brk = breaks.find((x) => x > a.line && x < b.line);
    if (brk == null) continue;
    // the text after the number, or on the next line when the number stands alone
    const next = lines.slice(b.line + 1).find((x) => x.text.trim() !== '')?.text.trim() ?? '';
    const rest = rests.get(b.line) || next;
    if (!/^[\p{Ll}\d(]/u.test(rest)) continue;
    const before = a.lines.filter((l) => l > a.line && l < brk).sort((x, y) => x - y);
    const blocks = blankBlocks(before, lines);
    const opening = blocks.map((blk, n) => ({ blk, n })).filter(({ blk, n }) => n > 0 && blk.length >= 2 && startsTask(lines[blk[0]!]!.text, 25, 0.8));
    // lines not parted by blank lines (cells scattered line by line): the last line that opens a task
    const lineStart = blocks.length === 1 ? before.filter((l) => startsTask(lines[l]!.text, 25, 0.8)).pop() : undefined;
    const from = opening[opening.length - 1]?.blk[0] ?? lineStart;
    if (from == null) continue;
    const moved = a.lines.filter((l) => l >= from && l < brk);
    a.lines = a.lines.filter((l) => !(l >= from && l < brk));
    b.lines.push(...moved);
    diagnostics.push(diagnostic('info', 'table/doubtful-row', `row ${b.stt || '(unnumbered)'} begins before the page break: its number goes on a sentence`, placeOf(lines[from]!)));
  }
}

/**
 * The lines of a group above its first numbered row, when that row's text opens on its number line
 * (so they are not its top part): rows whose numbers OCR lost begin where a task text begins (read
 * closely). Numbering that runs on across groups numbers them when as many numbers are missing
 * between the group above's last row and this first one ("7" after 4 under a new group, two task
 * texts above it: 5 and 6). Returns the rows found (none: the lines stay with the numbered row).
 */
export function splitLead(lead: number[], lines: SourceLine[], diagnostics: Diagnostic[], before: number[] | null, first: number[]): Body[] {
  const starts = lead.filter((k) => startsTask(lines[k]!.text, 25, 0.8));
  if (starts.length === 0) return [];
  const numbered = before != null && before.length === 1 && first.length === 1 && first[0]! - before[0]! - 1 === starts.length;
  const rows = starts.map((from, n) => {
    const to = starts[n + 1] ?? Infinity;
    const stt = numbered ? String(before![0]! + n + 1) : '';
    diagnostics.push(
      stt
        ? diagnostic('warning', 'table/number-inferred', `row number lost; taken as ${stt}, between the group above's last row and this group's first numbered row`, placeOf(lines[from]!))
        : diagnostic('warning', 'table/doubtful-row', 'row number lost: row taken from where its task text begins', placeOf(lines[from]!)),
    );
    return { line: from, stt, lines: lead.filter((k) => k >= from && k < to) };
  });
  // lines above the first task text (a group title's second line) stay with the first row found
  rows[0]!.lines.unshift(...lead.filter((k) => k < starts[0]!));
  return rows;
}

/** A line opens a task, read closely, with the lines after it when it is short (a narrow cell: "Thực hiện cơ chế"). */
function opensTaskAt(k: number, among: number[], lines: SourceLine[]): boolean {
  const i = among.indexOf(k);
  let text = lines[k]!.text;
  for (let j = i + 1; j < among.length && text.length < 25 && among[j]! - among[j - 1]! === 1; j++) text += ` ${lines[among[j]!]!.text}`;
  return startsTask(text, 25, 0.8);
}

/**
 * Cells centred in their rows (a LibreOffice render read line by line): the last numbered row's
 * task opened `above` lines over its number, so its cell reaches about as far below it. A line
 * further down the tail that opens a task begins a row whose number OCR lost, numbered on from
 * the last one. Returns the lines the last row keeps and the rows found.
 */
export function splitCentredTail(last: Body, tail: number[], lines: SourceLine[], diagnostics: Diagnostic[]): { keep: number[]; rows: Body[] } {
  const none = { keep: tail, rows: [] };
  if (!/^\d+$/.test(last.stt)) return none;
  const top = Math.min(...last.lines);
  if (top >= last.line || !startsTask(lines[top]!.text, NEAR_NUMBER)) return none;
  const reach = last.line + (last.line - top);
  const starts = tail.filter((k) => k > reach && opensTaskAt(k, tail, lines));
  if (starts.length === 0) return none;
  const rows = starts.map((from, n) => {
    const to = starts[n + 1] ?? Infinity;
    const stt = String(Number(last.stt) + n + 1);
    diagnostics.push(diagnostic('warning', 'table/number-inferred', `row number lost; taken as ${stt}, next after the last numbered row (its task opens below that row's cell)`, placeOf(lines[from]!)));
    return { line: from, stt, lines: tail.filter((k) => k >= from && k < to), centred: true };
  });
  return { keep: tail.filter((k) => k < starts[0]!), rows };
}

/**
 * A group's first numbered row is a heading's first child (1.1, the heading 1 not found), its
 * number on the middle line of its cell: the lines above its number hold the heading's cell first,
 * then its own top. Two task openings there (read closely, a narrow cell's short lines joined):
 * the first begins the heading, the second the child. Returns the heading row, the child keeping the rest.
 */
export function splitLostParent(first: Body, before: number[] | null, known: Set<string>, lines: SourceLine[], diagnostics: Diagnostic[]): Body | null {
  const path = first.stt.split('.').map(Number);
  if (path.length !== 2 || path[1] !== 1 || first.opensAtNumber) return null;
  const parent = String(path[0]);
  if (known.has(parent) || (before == null ? path[0] !== 1 : !(before.length === 1 && before[0]! + 1 === path[0]))) return null;
  const above = [...new Set(first.lines)].filter((k) => k < first.line).sort((a, b) => a - b);
  const starts = above.filter((k) => opensTaskAt(k, above, lines));
  if (starts.length < 2) return null;
  const cut = starts[starts.length - 1]!;
  const heading = above.filter((k) => k < cut);
  first.lines = first.lines.filter((k) => !heading.includes(k));
  diagnostics.push(diagnostic('warning', 'table/number-inferred', `heading row number lost; taken as ${parent}, the parent of the next row`, placeOf(lines[heading[0]!]!)));
  return { line: heading[0]!, stt: parent, lines: heading, centred: true };
}
