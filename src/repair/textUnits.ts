/**
 * The texts the restorer reads: a line, or the parts of one text that the layout spread over
 * several lines. A table laid out as text (cells separated by tabs, or aligned in columns with
 * runs of spaces) wraps each cell over lines, so that "Trung tâm Phục vụ hành chính" and "công
 * phường" stand on two lines, each beside other cells. Read line by line, a cell's second line
 * has no context ("công phường" alone reads as "công phương"); read as one text, the cell has it.
 *
 * A unit is a list of spans (line, start, end), read joined by single spaces. Lines the caller
 * says continue the line before (the lines of one table cell) make one unit; lines whose place the
 * caller gives (one cell's text) are not looked at for layout. Otherwise, in a block
 * of two or more consecutive columnar lines, a field continues the field above it in the same
 * column (the same tab index; for space-aligned columns the field above it that it overlaps
 * most, one to one), unless its line opens a new row (a row number or group numeral in the first
 * column). In a text wrapped at a width (OCR output, text copied from a PDF), a line that fills
 * the width without ending its sentence goes on in the next line, unless that opens a list item
 * ("tỉnh Quảng" / "Ngãi;"). Everything else is a unit of its own line.
 */
import { groupLetter, isRowNumber } from '../tables/numbering.js';

export interface Span {
  line: number;
  start: number;
  end: number;
  /** offset of the span in the unit's text */
  at: number;
}

export interface TextUnit {
  text: string;
  spans: Span[];
}

interface Field {
  start: number;
  end: number;
  /** tab index (tab-separated lines) */
  index: number;
}

interface Columnar {
  tabs: boolean;
  fields: Field[];
}

/** a gap between columns of text aligned with spaces */
const COLUMN_GAP = / {2,}|\u00a0{2,}/g;
/** a line opening an item of a list: 1. 2.1. a) b) (it starts a new sentence) */
const LIST_ITEM = /^\s*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVXLC]+\.)\s/u;
/** a text wrapped at a width: at least this many lines, most of them (this share) at least this part of the width, which is at most this many characters */
const WRAP_MIN_LINES = 5;
const WRAP_FULL = 0.7;
const WRAP_FULL_SHARE = 0.4;
const WRAP_MAX_WIDTH = 160;

/** The fields of a columnar line (tab-separated, or two or more space-aligned parts), else null. */
export function columnarFields(line: string): Columnar | null {
  const fields: Field[] = [];
  const push = (start: number, end: number, index: number) => {
    while (start < end && /\s/.test(line[start]!)) start++;
    while (end > start && /\s/.test(line[end - 1]!)) end--;
    if (end > start) fields.push({ start, end, index });
  };
  if (line.includes('\t')) {
    let start = 0;
    let index = 0;
    for (let i = 0; i <= line.length; i++) {
      if (i < line.length && line[i] !== '\t') continue;
      push(start, i, index++);
      start = i + 1;
    }
    return fields.length ? { tabs: true, fields } : null;
  }
  let start = 0;
  let index = 0;
  for (const m of line.matchAll(COLUMN_GAP)) {
    push(start, m.index!, index++);
    start = m.index! + m[0].length;
  }
  push(start, line.length, index);
  return fields.length >= 2 ? { tabs: false, fields } : null;
}

function opensRow(line: string, c: Columnar): boolean {
  const first = c.fields[0]!;
  if (c.tabs) return first.index === 0;
  // a row number or group numeral alone in the first column
  const label = line.slice(first.start, first.end);
  return isRowNumber(label) || groupLetter(label) !== null;
}

/**
 * The width a text was wrapped at (OCR output, text copied from a PDF: sentences broken where
 * the line was full), or 0 when it was not: most lines end near one width, and that width is a
 * printed line's (paragraphs written one per line, as the corpus is, have no such width).
 */
export function wrapWidth(lines: readonly string[]): number {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < WRAP_MIN_LINES) return 0;
  const width = lengths[Math.floor(0.9 * (lengths.length - 1))]!;
  if (width > WRAP_MAX_WIDTH) return 0;
  const full = lengths.filter((n) => n >= WRAP_FULL * width).length;
  return full >= WRAP_FULL_SHARE * lengths.length ? width : 0;
}

/** a line that ends near the wrap width and does not end its sentence, then one that opens no list item */
function goesOn(prev: string, line: string, width: number): boolean {
  return prev.trim().length >= WRAP_FULL * width && !/[.:;!?…]\s*$/u.test(prev) && /^\s*[\p{L}\p{N}]/u.test(line) && !LIST_ITEM.test(line);
}

/** For each field of `cur`, the field of `prev` it continues, or -1. */
function links(prev: Columnar, cur: Columnar): number[] {
  if (cur.tabs) {
    return cur.fields.map((f) => prev.fields.findIndex((g) => g.index === f.index));
  }
  const overlap = (a: Field, b: Field) => Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const best = cur.fields.map((f) => {
    let at = -1;
    let most = 0;
    prev.fields.forEach((g, j) => {
      const o = overlap(f, g);
      if (o > most) [at, most] = [j, o];
    });
    return { at, most };
  });
  // one to one: a field above taken by two fields goes to the one overlapping it more
  return best.map((b, i) => (b.at >= 0 && best.every((o, j) => j === i || o.at !== b.at || o.most < b.most || (o.most === b.most && j > i)) ? b.at : -1));
}

/**
 * The units of `lines`. `continued[i]` true: line i goes on from line i − 1 as one text (the lines
 * of a cell); false: it starts a text of its own. Lines the caller places so (a given entry, or
 * the next line continuing them) are not looked at for columns or wrapping.
 */
export function textUnits(lines: readonly string[], continued: readonly (boolean | undefined)[] = []): TextUnit[] {
  const units: TextUnit[] = [];
  const add = (spans: Omit<Span, 'at'>[]) => {
    let text = '';
    const placed: Span[] = [];
    for (const s of spans) {
      if (text) text += ' ';
      placed.push({ ...s, at: text.length });
      text += lines[s.line]!.slice(s.start, s.end);
    }
    units.push({ text, spans: placed });
  };
  const grouped = (i: number) => continued[i] !== undefined || continued[i + 1] === true;
  const columnar = lines.map((l, i) => (grouped(i) ? null : columnarFields(l)));
  const width = wrapWidth(lines.filter((l, i) => !columnar[i] && !grouped(i)));
  // the unit (as a list of spans) each field of the line above belongs to
  let above: Omit<Span, 'at'>[][] | null = null;
  const open: Omit<Span, 'at'>[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (continued[i] === true && open.length && i > 0) {
      open[open.length - 1]!.push({ line: i, start: 0, end: lines[i]!.length });
      above = null;
      continue;
    }
    const c = columnar[i];
    const prev = i > 0 ? columnar[i - 1] : null;
    const inBlock = c && ((prev && prev.tabs === c.tabs) || (columnar[i + 1] && columnar[i + 1]!.tabs === c.tabs));
    if (!c || !inBlock) {
      const whole = { line: i, start: 0, end: lines[i]!.length };
      // a sentence wrapped at the text's width goes on from the line above
      const last = open[open.length - 1];
      if (width > 0 && !above && !grouped(i) && i > 0 && !grouped(i - 1) && last?.at(-1)!.line === i - 1 && last.at(-1)!.start === 0 && goesOn(lines[i - 1]!, lines[i]!, width)) last.push(whole);
      else open.push([whole]);
      above = null;
      continue;
    }
    const joined = above && prev && prev.tabs === c.tabs && !opensRow(lines[i]!, c) ? links(prev, c) : null;
    const mine: Omit<Span, 'at'>[][] = [];
    c.fields.forEach((f, k) => {
      const span = { line: i, start: f.start, end: f.end };
      const to = joined ? joined[k]! : -1;
      if (to >= 0 && above![to]) {
        above![to]!.push(span);
        mine.push(above![to]!);
      } else {
        const unit = [span];
        open.push(unit);
        mine.push(unit);
      }
    });
    above = mine;
  }
  for (const spans of open) add(spans);
  return units;
}
