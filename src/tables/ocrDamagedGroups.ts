/**
 * Group rows whose roman numeral OCR misread beyond recognition: "|_1 | Công tác chỉ đạo"
 * (I read as 1 between rulings), "| 11 | Công khai …" (II), "| TII | Rà soát …" (III),
 * "EN Công bố …", "HH Rà soát …", "L1 | Công bố …", or a title whose numeral was lost.
 * Their shape is not enough (a task row "1 | Ban hành …" looks the same); the numbering around
 * them decides: a one-line title right before the row numbers start again at 1, or a one-line
 * title with a misread numeral between two rows whose numbers follow each other (or a title in
 * capitals: with a misread numeral before rows that lost their numbers, or with none at all).
 */
import type { SourceLine } from '../core/lines.js';
import { followsDirectly, romanNumeral, romanValue } from './numbering.js';
import { isCapsTitle, type AnchorCandidate } from './ocrLines.js';
import type { GroupItem } from './ocrGroups.js';

/** Glyphs OCR reads a roman numeral (I, II, III, IV …) as, between or before the cell rulings. */
// (a stray dot OCR put before or after it: "|.1I |")
const NUMERAL_LOOKALIKE = /^[.,]?[IVXLHTEMNimnl1![\]]{1,4}[.,]?$/;

export interface DamagedGroupShape {
  /** what stands where the numeral was ('' when nothing does) */
  token: string;
  title: string;
  /** the token sits between rulings ("| 11 |", "|_1 |") */
  wrapped: boolean;
}

/** A line shaped like a group row: an optional numeral-like token, rulings, one title cell. */
export function damagedGroupShape(text: string): DamagedGroupShape | null {
  const m = /^\s*([|_]+)?\s*_?([^\s|_]{1,5})?\s*_?\s*([|_]+)?\s*(\p{Lu}.*)$/u.exec(text);
  if (!m) return null;
  let token = m[2] ?? '';
  let title = m[4]!.trim();
  // a token glued to the title ("Công") is the title's first word
  const glued = token !== '' && !/\s|[|_]/.test(text.trim().slice(text.trim().indexOf(token) + token.length, text.trim().indexOf(token) + token.length + 1));
  if (token !== '' && (glued || !NUMERAL_LOOKALIKE.test(token))) {
    // no numeral at all: a title in capitals from its first word ("CHUYỂN ĐỔI SỐ …")
    if (m[1] || !isCapsTitle(text)) return null;
    token = '';
    title = text.trim();
  }
  // one cell: no ruling inside, a few words of title, no dates or figures of other columns
  if (title.includes('|') || title.length < 10 || title.length > 120) return null;
  if (/\d{1,2}\/\d{2,4}|\d{2,}/.test(title)) return null;
  if (title.split(/\s+/).length < 3) return null;
  return { token, title, wrapped: !!m[1] && !!m[3] };
}

/** A misread numeral no Vietnamese word looks like: capitals ("HI", "TII", "EN"), a glyph doubled ("mm"), brackets. */
function strongToken(token: string): boolean {
  if (token === '' || /\d/.test(token)) return false;
  return /^[\p{Lu}[\]!]+$/u.test(token) || /^(.)\1+$/.test(token);
}

interface Anchorish {
  type: 'anchor';
  line: number;
  cand: AnchorCandidate;
}
interface Other {
  type: string;
  line: number;
}

const top = (a: Anchorish) => a.cand.readings[0]!.path;
/** A list's first row 2.1 (or 1.1) under a group that stands for its heading 2: read as the heading's number. */
const listHead = (path: number[]) => (path.length === 2 && path[1] === 1 ? [path[0]!] : path);

/**
 * Items (in line order) whose line is a group row with a damaged numeral become group items
 * (value from a numeral that still reads as one, else null for resolveGroupNumbers).
 */
export function markDamagedGroups<T extends Other>(items: T[], lines: SourceLine[]): T[] {
  const out = [...items];
  // the next row number or group row after each item (items after k are not yet rewritten when k is
  // read): found once from the end, not by a walk forward from every item (quadratic in a long table)
  const nextStop: number[] = new Array(out.length + 1).fill(out.length);
  for (let k = out.length - 1; k >= 0; k--) nextStop[k] = out[k + 1] && (out[k + 1]!.type === 'anchor' || out[k + 1]!.type === 'group') ? k + 1 : nextStop[k + 1]!;
  // whether every item before k is blank or a page break
  let onlyBlanksBefore = true;
  let prev: number[] | null = null;
  // the last item that is not blank is a group row: a "1 | …" under it heads rows 1.1, 1.2
  let underGroup = false;
  for (let k = 0; k < out.length; k++) {
    const x = out[k]!;
    const firstItem = onlyBlanksBefore;
    if (x.type !== 'blank' && x.type !== 'break') onlyBlanksBefore = false;
    if (x.type === 'group') {
      prev = null;
      underGroup = true;
      continue;
    }
    if (x.type === 'blank' || x.type === 'break') continue;
    const afterGroup = underGroup;
    underGroup = false;
    if (x.type !== 'anchor' && x.type !== 'text') continue;
    const here = x.type === 'anchor' ? top(x as unknown as Anchorish) : null;
    const shape = damagedGroupShape(lines[x.line]!.text);
    // the next item that is not blank: the title is on one line when it is a row number
    let j = k + 1;
    while (j < out.length && (out[j]!.type === 'blank' || out[j]!.type === 'break')) j++;
    const next = out[j] as unknown as Anchorish | undefined;
    const nextTop = next && next.type === 'anchor' ? top(next) : null;
    // rows numbered 1.1, 1.2 … 2.1 under group rows: the group row stands for the heading 1, 2
    // (unless that heading was printed: "1 | …" right under a group, or the row before is 2 itself)
    const headingPrinted = afterGroup || (prev != null && nextTop != null && prev.length === 1 && prev[0] === nextTop[0]);
    const nextPath = nextTop && !headingPrinted ? listHead(nextTop) : nextTop;
    // the next row number, however far (rows whose number is on a middle line)
    const far = nextStop[k]!;
    const farItem = out[far] as unknown as Anchorish | undefined;
    const farPath = farItem && farItem.type === 'anchor' && top(farItem).length === 1 ? top(farItem) : null;
    let group = false;
    if (shape && firstItem && shape.token !== '' && !/\d/.test(shape.token)) {
      // the table's first line, one cell after a numeral-like glyph ("[ Thực hiện …"): the group I
      group = true;
    } else if (shape && firstItem && shape.token === '' && isCapsTitle(shape.title) && nextPath?.length === 1 && nextPath[0] === 1) {
      // the table's first line a title in capitals, right before row 1: the first group, its numeral lost
      group = true;
    } else if (shape && strongToken(shape.token) && farPath && (farPath[0] === 1 ? prev != null : prev != null && followsDirectly([prev[0]!], farPath))) {
      // a numeral no word looks like ("HI", "TII", "mm"): a group whatever lines follow, when the
      // row numbers around it start again or go on
      group = true;
    } else if (shape && strongToken(shape.token) && isCapsTitle(shape.title) && farPath && prev != null && farPath[0]! > prev[0]!) {
      // the same, with a title in capitals, when rows between it and the next number lost theirs
      group = true;
    } else if (shape && nextPath && nextPath.length === 1) {
      const numeric = /^\d+$/.test(shape.token);
      const restart = nextPath[0] === 1;
      if (restart && prev != null) {
        // numbering starts again: a new group (a title whose numeral was lost too)
        group = shape.token !== '' || x.type === 'text';
      } else if (restart && prev == null) {
        // "1 | Công tác …" right before row 1: the group I, read as 1
        group = shape.token !== '' && (!numeric || shape.token === '1');
      } else if (prev != null && prev.length >= 1 && followsDirectly([prev[0]!], nextPath)) {
        // rows 2 and 3 either side: what stands between is no row number, but a group's numeral
        // (a number of ones only: "1", "11" are how OCR reads I, II; a "2" there is a line of a cell)
        // a title in capitals with nothing before it is a group whose numeral was lost
        group = shape.token !== '' ? !numeric || ((shape.wrapped || /^1+$/.test(shape.token)) && Number(shape.token) !== nextPath[0]) : isCapsTitle(shape.title);
      }
    }
    if (group) {
      const numeral = romanNumeral(shape!.token);
      const g: GroupItem = { type: 'group', line: x.line, value: numeral ? romanValue(numeral) : null, damaged: true, title: shape!.title };
      out[k] = g as unknown as T;
      prev = null;
      underGroup = true;
      continue;
    }
    if (here) prev = here;
  }
  return out;
}
