/**
 * Tables without rules: a run of lines whose pieces stand in three or more columns separated by
 * vertical rivers of white space. Columns come from the rivers of the many-column lines.
 *
 * Rows come from horizontal rivers: inside a row the tallest cell covers every other cell of
 * the row (cells are top-aligned, centred or bottom-aligned alike), so the only white bands
 * across the whole table inside a row are line gaps of that cell; rows are set apart by a band
 * taller than the table's line gap (the cell padding). Where rows have no padding, a row starts
 * where the first column has text (top-aligned cells), unless text stands above the first row
 * number (numbers centred in their rows: splitCentred cuts the band). The bands above the first
 * numbered row are the header.
 *
 * Gutters narrower than a word space glue two cells of a line: they are cut apart where a text
 * item starts at an x where parts start on other lines (columnStarts.ts). With vertically centred
 * cells, a block level with no row number belongs to a cell spanning rows (centredSpans.ts), and
 * a cell cut by the page break may end beside the next page's first row (markPageBreakCells).
 *
 * Centred header cells of two columns may glue over a narrow gutter too: they are cut where a
 * column start, or the white between two parts of another many-column line, falls in the gap
 * between their text items (atRivers). A line of one part opening in the first column and running
 * on past it is a heading across the page, not a cell: the table ends there (headingOverColumns;
 * a page holding a table's repeated header and the end of its last row, then the next table).
 * Such a page's top is a tentative fragment (rowEnd) that the previous page's table may continue.
 *
 * As LibreOffice lays such tables out: group rows are lettered (A, B …) as well as numbered
 * (rowLabel.ts), and a group heading may wrap with its label centred beside it
 * (wrappedGroupHeading); a header line above the table may glue centred cells over a narrow
 * gutter (atGutters); and the one wide column may never stand on a line with two other cells,
 * the short cells centred between its lines (columnsBetween).
 */
import type { TextPiece } from './geometry.js';
import type { FragmentRow, TableFragment } from './fragments.js';
import { cellText, groupLines, splitByGap, type VisualLine } from './visualLines.js';
import { isRowLabel } from './rowLabel.js';
import { cutAtStarts, recurringStarts, widerThanSpace } from './columnStarts.js';
import { centredSpans, levelWith } from './centredSpans.js';


interface Run {
  lines: VisualLine[];
  parts: TextPiece[][][];
}

type Column = [number, number];

function partsOf(line: VisualLine): TextPiece[][] {
  return splitByGap(line.pieces, Math.max(0.6 * line.size, 5));
}

const left = (p: TextPiece[]) => Math.min(...p.map((q) => q.x0));
const right = (p: TextPiece[]) => Math.max(...p.map((q) => q.x1));
const top = (p: TextPiece[]) => Math.min(...p.map((q) => q.y0));
const bottom = (p: TextPiece[]) => Math.max(...p.map((q) => q.y1));

/** Column intervals: x ranges covered by parts of the many-column lines, split at white rivers. */
function columnsOf(run: Run, full = true, tail = false): Column[] {
  const spans: Column[] = [];
  run.parts.forEach((ps) => {
    if (ps.length >= 3) for (const p of ps) spans.push([left(p), right(p)]);
  });
  spans.sort((a, b) => a[0] - b[0]);
  let cols: Column[] = [];
  for (const [a, b] of spans) {
    const last = cols[cols.length - 1];
    if (last && a <= last[1] + 2) last[1] = Math.max(last[1], b);
    else cols.push([a, b]);
  }
  if (!full) return cols;
  // the parts of the other lines widen the column they fall in (a body cell under a centred
  // header cell); a part over two columns (a group row's heading) widens none
  // (not the lines after the last many-column line: a heading below the table is no cell)
  let lastMany = tail ? run.parts.length - 1 : -1;
  run.parts.forEach((ps, li) => ps.length >= 3 && (lastMany = Math.max(lastMany, li)));
  run.parts.forEach((ps, li) => {
    if (ps.length >= 3 || cols.length < 3 || li > lastMany) return;
    for (const p of ps) {
      const [a, b] = [left(p), right(p)];
      const hit = cols.filter(([l, r]) => a <= r + 2 && b >= l - 2);
      if (hit.length !== 1) continue;
      const col = hit[0]!;
      col[0] = Math.min(col[0], a);
      col[1] = Math.max(col[1], b);
    }
    cols = cols.sort((x, y) => x[0] - y[0]);
  });
  return splitNarrowGutters(run, [...cols, ...columnsBetween(run, cols, lastMany)].sort((x, y) => x[0] - y[0]));
}

/**
 * A column whose text never stands on a line of three or more parts (the only wide column, its
 * lines level with none of the other cells: row numbers and short values are centred between
 * them): parts of two or more lines that fall in the white between the columns found, touching
 * none of them, make a column of their own.
 */
function columnsBetween(run: Run, cols: Column[], lastMany: number): Column[] {
  const spans: { col: Column; lines: Set<number> }[] = [];
  run.parts.forEach((ps, li) => {
    if (ps.length >= 3 || li > lastMany) return;
    for (const p of ps) {
      const [a, b] = [left(p), right(p)];
      if (cols.some(([l, r]) => a <= r + 2 && b >= l - 2)) continue;
      const hit = spans.filter((s) => a <= s.col[1] && b >= s.col[0]);
      const merged = { col: [Math.min(a, ...hit.map((s) => s.col[0])), Math.max(b, ...hit.map((s) => s.col[1]))] as Column, lines: new Set([li, ...hit.flatMap((s) => [...s.lines])]) };
      for (const s of hit) spans.splice(spans.indexOf(s), 1);
      spans.push(merged);
    }
  });
  // left of every column one line is enough: the first column on a page whose rows continue from
  // the previous one may hold only its header cell ("STT"); so it is on a header line standing
  // between two many-column lines it overlaps (header cells centred on different line counts: a
  // page holding only the repeated header and the end of a row)
  const leftmost = Math.min(...cols.map(([l]) => l));
  return spans
    .filter((s) => (s.lines.size >= 2 || s.col[1] < leftmost || interleaved(run, [...s.lines][0]!)) && !cols.some(([l, r]) => s.col[0] <= r + 2 && s.col[1] >= l - 2))
    .map((s) => s.col);
}

/**
 * Two columns whose gutter is narrower than a word space come out as one: split a column where
 * pieces start at the same x on two or more lines after a gap, and no piece of the
 * many-column lines runs across that x (left-aligned cells of the next column; a page may hold
 * only a row or two of the table).
 */
function splitNarrowGutters(run: Run, cols: Column[]): Column[] {
  const out: Column[] = [];
  const pieces = run.parts.filter((ps) => ps.length >= 3).flat(2);
  for (const [l, r] of cols) {
    const starts: { x: number; line: number }[] = [];
    run.lines.forEach((line, li) => {
      line.pieces.forEach((p, k) => {
        const prev = line.pieces[k - 1];
        if (prev && p.x0 > l + 6 && p.x0 < r && p.x0 - prev.x1 >= 1 && prev.x1 > l) starts.push({ x: p.x0, line: li });
      });
    });
    starts.sort((a, b) => a.x - b.x);
    const cuts: number[] = [];
    for (let a = 0; a < starts.length; ) {
      let b = a;
      while (b + 1 < starts.length && starts[b + 1]!.x - starts[a]!.x <= 1.5) b++;
      const x = starts[a]!.x;
      const lines = new Set(starts.slice(a, b + 1).map((s) => s.line));
      if (lines.size >= 2 && !pieces.some((p) => p.x0 < x - 1 && p.x1 > x + 0.5)) cuts.push(x);
      a = b + 1;
    }
    let from = l;
    for (const x of cuts) {
      const before = pieces.filter((p) => p.x0 >= from - 0.5 && p.x1 <= x + 0.5).map((p) => p.x1);
      out.push([from, before.length ? Math.max(...before) : x - 1]);
      from = x;
    }
    out.push([from, r]);
  }
  return out;
}

function colIndex(cols: Column[], x: number): number {
  let best = 0;
  for (let c = 0; c < cols.length; c++) if (x >= cols[c]![0] - 3) best = c;
  return best;
}

/**
 * A part reaching over a column gutter that does not start at a column's left edge: centred
 * text across the table (a heading after it), not a cell spanning columns.
 */
function straddles(p: TextPiece[], cols: Column[]): boolean {
  const a = left(p);
  const b = right(p);
  const c = colIndex(cols, a);
  const next = cols[c + 1];
  if (!next || b <= next[0] + 2) return false;
  const slack = Math.max(2.5, 0.2 * (p[0]!.size || 0));
  return !cols.some(([l]) => Math.abs(a - l) <= slack);
}

/**
 * A line of one part below a white band taller than a line: a heading under the table ("PHỤ
 * LỤC II"), even where it stands inside one column. Inside a table the white bands between
 * lines are about a row's padding (the tallest cell of a row fills it); a line starting at a
 * column's left edge is still taken for a cell line unless it is the last line of the run.
 */
function setApart(run: Run, li: number, cols: Column[]): boolean {
  const ps = run.parts[li]!;
  const [line, above] = [run.lines[li]!, run.lines[li - 1]];
  if (ps.length !== 1 || !above) return false;
  const gap = line.y0 - above.y1;
  if (gap <= Math.max(line.y1 - line.y0, above.y1 - above.y0)) return false;
  const slack = Math.max(2.5, 0.2 * (ps[0]![0]!.size || 0));
  return li === run.lines.length - 1 || !cols.some(([l]) => Math.abs(left(ps[0]!) - l) <= slack);
}

/**
 * Cells glued over a gutter narrower than a word space, cut apart where their column starts on
 * two other lines (a page holding only a row or two of the table: a group row and its first task).
 */
function atColumnEdges(run: Run): void {
  const starts = recurringStarts(run.parts, 2);
  run.parts = run.parts.map((ps) => cutAtStarts(ps, starts));
  run.parts = run.parts.map((ps, li) => ps.flatMap((p) => atRivers(p, run.parts.filter((q, k) => k !== li && q.length >= 3))));
  // header lines interleaved with many-column lines (above the first numbered line): text items
  // further apart than a word space are two header cells ("STT" "Tên thủ tục hành chính" 7.3 pt apart)
  const numbered = run.parts.findIndex((ps) => ps.length > 0 && isRowLabel(cellText(ps[0]!)));
  run.parts = run.parts.map((ps, li) => ((numbered < 0 || li < numbered) && ps.length < 3 && interleaved(run, li) ? ps.flatMap(atWideGaps) : ps));
}

/** a line standing between two many-column lines it overlaps (header cells centred on different line counts) */
function interleaved(run: Run, li: number): boolean {
  const line = run.lines[li]!;
  const many = run.lines.filter((_, k) => k !== li && run.parts[k]!.length >= 3);
  return many.some((m) => m.y0 < line.y0 && m.y1 > line.y0) && many.some((m) => m.y0 < line.y1 && m.y1 > line.y1 && m.y0 > line.y0);
}

/** (OCR words are apart by word spaces: a text layer's items only) */
function atWideGaps(part: TextPiece[]): TextPiece[][] {
  const out: TextPiece[][] = [[part[0]!]];
  for (let k = 1; k < part.length; k++) {
    const [a, b] = [part[k - 1]!, part[k]!];
    if (a.confidence === undefined && b.confidence === undefined && widerThanSpace(a, b)) out.push([]);
    out[out.length - 1]!.push(b);
  }
  return out;
}

/**
 * A many-column part glued over a gap wider than a word space, cut there where another
 * many-column line has white over the gap and a part on each side of it under this part (centred
 * header cells of two columns: "Thời hạn thực" "Phòng/đơn" 7.8 pt apart, "hiện" and "vị chủ trì"
 * apart on the line below).
 */
function atRivers(part: TextPiece[], others: TextPiece[][][]): TextPiece[][] {
  const out: TextPiece[][] = [[part[0]!]];
  const [from, to] = [part[0]!.x0, Math.max(...part.map((q) => q.x1))];
  for (let k = 1; k < part.length; k++) {
    const [a, b] = [part[k - 1]!, part[k]!];
    const wide = widerThanSpace(a, b);
    const river =
      wide &&
      others.some((ps) =>
        ps.some((p, i) => {
          const q = ps[i + 1];
          return !!q && right(p) <= a.x1 + 0.5 && left(q) >= b.x0 - 0.5 && right(p) > from && left(q) < to;
        }),
      );
    if (river) out.push([]);
    out[out.length - 1]!.push(b);
  }
  return out;
}

/**
 * A part glued over a gutter narrower than a word space, cut between two text items where the
 * first starts inside one column and ends before the next, where the second stands (centred header cells
 * wrapped over two lines: "Phòng, đơn" "Phòng, đơn" 4 pt apart, starting nowhere a body cell starts).
 */
function atGutters(part: TextPiece[], cols: Column[]): TextPiece[][] {
  const out: TextPiece[][] = [[part[0]!]];
  for (let k = 1; k < part.length; k++) {
    const [a, b] = [part[k - 1]!, part[k]!];
    const c = cols.findIndex(([l, r]) => a.x0 >= l - 2 && a.x0 <= r);
    const next = cols[c + 1];
    if (c >= 0 && next && b.x0 - a.x1 >= 1 && a.x1 <= next[0] && b.x0 >= next[0] - 2 && b.x1 <= next[1] + 2) out.push([]);
    out[out.length - 1]!.push(b);
  }
  return out;
}

/**
 * A group row's label glued to its heading (the gutter after a wide numeral such as "IV" is
 * narrower than the gap that parts a line): the label's text item as a part of its own.
 */
function labelApart(ps: TextPiece[][]): TextPiece[][] {
  const first = ps[0];
  if (ps.length !== 1 || !first || first.length < 2 || !isRowLabel(first[0]!.text)) return ps;
  if (first[1]!.x0 - first[0]!.x1 < 1) return ps;
  return [[first[0]!], first.slice(1)];
}

/**
 * The first line of a group row's heading wrapped over several lines, its label centred beside
 * them on a line below: one part starting right of the first column, at a column's left edge or
 * left of the second column's text (the table's first row, under a header centred in its cells),
 * and within the next two lines (each close to the one above) a line opening with a label in
 * the first column, the lines between standing right of the first column too.
 */
function wrappedGroupHeading(lines: VisualLine[], j: number, cols: Column[]): boolean {
  const ps = partsOf(lines[j]!);
  const first = cols[0];
  if (ps.length !== 1 || !first || cols.length < 3) return false;
  const x = left(ps[0]!);
  // at a column's left edge, or before the second column's text seen so far (a header centred over it)
  if (x <= first[1] || !(cols.some(([l]) => Math.abs(x - l) <= 2.5) || x <= cols[1]![0] + 2.5)) return false;
  for (let k = j + 1; k <= j + 2 && k < lines.length; k++) {
    const [prev, line] = [lines[k - 1]!, lines[k]!];
    if (line.y0 - prev.y1 > 0.6 * (prev.y1 - prev.y0)) return false;
    const next = partsOf(line);
    if (isRowLabel(cellText(next[0]!)) && left(next[0]!) <= first[1] + 2 && next.slice(1).every((p) => left(p) > first[1])) return true;
    if (!next.every((p) => left(p) > first[1])) return false;
  }
  return false;
}

/**
 * A line of one part that opens in the first column and runs on past it: text across the table,
 * not a cell (a first-column cell holds a row number; a group row's heading stands in the second
 * column, its label apart). A heading between a table's repeated header and the next table's
 * header ("B. CHỈ TIÊU THỰC HIỆN" starting where the row numbers start). Below numbered rows, a
 * line opening with a row label is taken for a group row whose label is glued to its heading.
 */
function headingOverColumns(run: Run, ps: TextPiece[][]): boolean {
  if (ps.length !== 1) return false;
  // (cells glued over a narrow gutter cut apart first: a row number and its task)
  const starts = recurringStarts([...run.parts, ps], 2);
  const own = labelApart(cutAtStarts(ps, starts));
  if (own.length !== 1) return false;
  const cut: Run = { lines: run.lines, parts: run.parts.map((p) => cutAtStarts(p, starts)) };
  const cols = columnsOf(cut);
  const first = cols[0];
  if (!first || cols.length < 3) return false;
  const part = own[0]!;
  const size = part[0]!.size || 0;
  if (left(part) > first[1] || right(part) <= first[1] + 2 * size) return false;
  const text = cellText(part);
  if (isRowLabel(text)) return false;
  return firstNumberedLine(cut, cols) < 0 || !isRowLabel(text.split(' ')[0]!);
}

/**
 * Below the header lines (the last many-column line from `header` on, and the lines level with
 * it, one of them holding a first-column cell), lines with no first-column cell: the end of a row
 * continued from the previous page.
 */
function rowEnd(run: Run, cols: Column[], header: number): boolean {
  let last = header;
  run.parts.forEach((ps, li) => ps.length >= 3 && (last = li));
  const below = run.lines.map((_, li) => li).filter((li) => li > last && run.lines[li]!.y0 >= run.lines[last]!.y1);
  // (the header has its first-column cell: "TT")
  const firstCell = run.parts.some((ps, li) => !below.includes(li) && ps.some((p) => colIndex(cols, left(p)) === 0));
  return firstCell && below.length > 0 && below.every((li) => run.parts[li]!.every((p) => colIndex(cols, left(p)) > 0));
}

function firstNumberedLine(run: Run, cols: Column[]): number {
  return run.parts.findIndex((ps) => ps.length > 0 && colIndex(cols, left(ps[0]!)) === 0 && isRowLabel(cellText(ps[0]!)));
}

export function findAlignedTables(free: TextPiece[], page: number): { fragments: TableFragment[]; free: TextPiece[] } {
  const lines = groupLines(free);
  const used = new Set<TextPiece>();
  const fragments: TableFragment[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (partsOf(lines[i]!).length < 3) continue;
    const run: Run = { lines: [lines[i]!], parts: [partsOf(lines[i]!)] };
    let from = Math.min(...run.parts[0]!.map(left));
    let to = Math.max(...run.parts[0]!.map(right));
    let j = i + 1;
    for (; j < lines.length; j++) {
      const prev = lines[j - 1]!;
      const line = lines[j]!;
      if (line.y0 - prev.y1 > 1.6 * (prev.y1 - prev.y0)) break;
      let ps = partsOf(line);
      if (headingOverColumns(run, ps)) break;
      const width = to - from;
      const fits = ps.every((p) => {
        const x0 = left(p);
        const w = right(p) - x0;
        // a line of several cells, or a narrow one, may stand left of the text seen so far
        // (a row number below a header whose first cell is lower down)
        return (x0 >= from - 4 || ps.length >= 2 || w < 0.25 * width) && w < 0.75 * Math.max(width, right(p) - Math.min(from, x0));
      });
      // a group row: its number in the first column and a heading across the others
      if (!fits) {
        const cols = columnsOf(run, false);
        ps = labelApart(ps);
        // (the label's column may be none of those seen so far: a header whose "Stt" shares no line with two other cells)
        const labelEnd = ps.length === 2 && right(ps[0]!) < cols[0]![0] ? right(ps[0]!) : cols[0]![1];
        const group = ps.length === 2 && isRowLabel(cellText(ps[0]!)) && colIndex(cols, left(ps[0]!)) === 0 && left(ps[1]!) > labelEnd;
        if (!group && !wrappedGroupHeading(lines, j, columnsOf(run))) break;
      }
      run.lines.push(line);
      run.parts.push(ps);
      from = Math.min(from, ...ps.map(left));
      to = Math.max(to, ...ps.map(right));
    }
    atColumnEdges(run);
    let cols = columnsOf(run);
    // header lines just above the first many-column line (a header cell wrapped higher than the others)
    let start = i;
    for (let k = i - 1; k >= 0; k--) {
      const above = lines[k]!;
      const below = run.lines[0]!;
      if (above.pieces.some((p) => used.has(p)) || below.y0 - above.y1 > 0.6 * (above.y1 - above.y0)) break;
      const ps = partsOf(above).flatMap((p) => atGutters(p, cols));
      if (!ps.every((p) => cols.filter(([l, r]) => left(p) <= r + 2 && right(p) >= l - 2).length === 1)) break;
      run.lines.unshift(above);
      run.parts.unshift(ps);
      start = k;
    }
    if (start < i) {
      atColumnEdges(run);
      cols = columnsOf(run);
    }
    // below the numbered rows, a line straddling a column gutter, or set apart from the table, is text after the table
    const numbered = firstNumberedLine(run, cols);
    if (numbered >= 0) {
      const cut = run.parts.findIndex((ps, li) => li > numbered && (ps.some((p) => straddles(p, cols)) || setApart(run, li, cols)));
      if (cut > 0) {
        run.lines.length = cut;
        run.parts.length = cut;
        j = start + cut;
        cols = columnsOf(run);
      }
    }
    if (cols.length < 3) continue;
    const header = run.parts.findIndex((ps) => ps.length >= 3);
    const numberedRow = firstNumberedLine(run, cols);
    if (numberedRow < 0 && header >= 0 && cols.length >= 4) {
      // the top of a page holding only the repeated header and the end of a row, down to a line
      // set apart from it: the previous page's table may go on there. Tentative, its text stays
      // free text too; the end of the row widens the columns it stands in.
      const cut = run.parts.findIndex((_, li) => li > header && setApart(run, li, cols));
      const top: Run = cut > 0 ? { lines: run.lines.slice(0, cut), parts: run.parts.slice(0, cut) } : run;
      if (rowEnd(top, cols, header)) {
        const fragment = toFragment(top, columnsOf(top, true, true), page, true);
        fragment.tentative = top.lines.flatMap((l) => l.pieces);
        fragments.push(fragment);
        i = (cut > 0 ? start + cut : j) - 1;
        continue;
      }
    }
    const many = run.parts.filter((ps) => ps.length >= 3).length;
    if (many < 3) {
      // too few many-column lines to call it a table on this page alone, unless it is a header
      // line above numbered rows: the top of a page continuing a table with a row or two. Only
      // the previous page can tell; the fragment is tentative and its text stays free text too.
      if (many < 1 || cols.length < 4 || numberedRow < 0 || header > numberedRow) continue;
      const fragment = toFragment(run, cols, page);
      fragment.tentative = run.lines.flatMap((l) => l.pieces);
      fragments.push(fragment);
      i = j - 1;
      continue;
    }
    fragments.push(toFragment(run, cols, page));
    for (const l of run.lines) for (const p of l.pieces) used.add(p);
    i = j - 1;
  }
  return { fragments, free: free.filter((p) => !used.has(p)) };
}

interface Item {
  pieces: TextPiece[];
  col: number;
  y0: number;
  y1: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/**
 * The usual white gap between two lines of one cell: the most common gap between a column's lines.
 * A text layer's line boxes hold ascent and descent: two lines of one cell are never a line's
 * height apart (gaps that wide are between rows of a table of short cells). OCR boxes are tighter.
 */
function lineGap(items: Item[], columns: number, height: number): number {
  const counts = new Map<number, number>();
  const ocr = items.some((it) => it.pieces.some((p) => p.confidence !== undefined));
  const widest = (ocr ? 1.5 : 1) * height;
  for (let c = 0; c < columns; c++) {
    const col = items.filter((it) => it.col === c).sort((a, b) => a.y0 - b.y0);
    for (let k = 1; k < col.length; k++) {
      const g = col[k]!.y0 - col[k - 1]!.y1;
      if (g < -0.5 * height || g > widest) continue;
      const key = Math.round(Math.max(0, g) * 2) / 2;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let best = 0;
  let bestCount = 0;
  for (const [g, n] of counts) if (n > bestCount || (n === bestCount && g < best)) [best, bestCount] = [g, n];
  return best;
}

/** Items into bands separated by white rivers taller than `minRiver` across the whole table. */
function bands(items: Item[], minRiver: number): Item[][] {
  const sorted = [...items].sort((a, b) => a.y0 - b.y0);
  const out: Item[][] = [];
  let bottomSoFar = -Infinity;
  for (const it of sorted) {
    if (!out.length || it.y0 - bottomSoFar > minRiver) out.push([]);
    out[out.length - 1]!.push(it);
    bottomSoFar = Math.max(bottomSoFar, it.y1);
  }
  return out;
}

/** A band holding several first-column cells on top of each other (rows without padding) is cut above each of them. */
function splitAtFirstColumn(band: Item[]): Item[][] {
  const sorted = [...band].sort((a, b) => a.y0 - b.y0);
  const firsts = sorted.filter((it) => it.col === 0 && isRowLabel(cellText(it.pieces)));
  if (firsts.length === 0) return [band];
  // text above the first row number, level with none of it, with no first-column cell: the row
  // number is centred in its row (splitCentred cuts such a band)
  const f = firsts[0]!;
  if (firsts.length >= 2 && sorted[0]!.col !== 0 && sorted[0]!.y1 < f.y0) return [band];
  const out: Item[][] = [[]];
  let bottomSoFar = -Infinity;
  for (const it of sorted) {
    // a new row where a numbered first-column cell opens after a white gap
    const cur = out[out.length - 1]!;
    if (firsts.includes(it) && cur.some((c) => c.col === 0) && it.y0 > bottomSoFar) out.push([]);
    out[out.length - 1]!.push(it);
    bottomSoFar = Math.max(bottomSoFar, it.y1);
  }
  return out;
}

/** A part glued across a narrow gutter: cut it where a piece starts at a column's left edge after a gap. */
function atColumnStarts(part: TextPiece[], cols: Column[]): TextPiece[][] {
  const out: TextPiece[][] = [[part[0]!]];
  for (let k = 1; k < part.length; k++) {
    const p = part[k]!;
    const gap = p.x0 - part[k - 1]!.x1;
    if (gap >= 1 && cols.some(([l]) => Math.abs(p.x0 - l) <= 1.5)) out.push([]);
    out[out.length - 1]!.push(p);
  }
  return out;
}

/**
 * A band holding several numbered rows whose cells are centred and where cells spanning rows
 * (a goal beside its tasks) bridge the white bands: cut between each two row numbers where the
 * fewest column blocks run across; a block run across belongs to a cell spanning those rows and
 * is read in each of them.
 */
function splitCentred(band: Item[], minRiver: number): Item[][] {
  const anchors = band.filter((it) => it.col === 0 && isRowLabel(cellText(it.pieces))).sort((a, b) => a.y0 - b.y0);
  if (anchors.length < 2) return [band];
  // blocks: runs of lines of one column closer than a row's padding
  const blocks: Item[][] = [];
  const columns = new Set(band.map((it) => it.col));
  for (const c of columns) {
    const col = band.filter((it) => it.col === c).sort((a, b) => a.y0 - b.y0);
    let bottomSoFar = -Infinity;
    for (const it of col) {
      if (!blocks.length || blocks[blocks.length - 1]![0]!.col !== c || it.y0 - bottomSoFar > minRiver) blocks.push([]);
      blocks[blocks.length - 1]!.push(it);
      bottomSoFar = Math.max(bottomSoFar, it.y1);
    }
  }
  const span = (b: Item[]) => [Math.min(...b.map((it) => it.y0)), Math.max(...b.map((it) => it.y1))] as const;
  // a block runs across a cut when it has lines on both sides of it (a line's middle says its side)
  const middle = (it: Item) => (it.y0 + it.y1) / 2;
  const crossing = (y: number) => blocks.filter((b) => b.some((it) => middle(it) < y) && b.some((it) => middle(it) > y));
  const cuts: number[] = [];
  for (let i = 0; i + 1 < anchors.length; i++) {
    const [a, b] = [anchors[i]!, anchors[i + 1]!];
    const mid = (a.y0 + a.y1 + b.y0 + b.y1) / 4;
    const edges = blocks.flatMap((bl) => span(bl)).filter((y) => y >= a.y1 && y <= b.y0);
    edges.push(a.y1, b.y0);
    let best = edges[0]!;
    let bestCost = Infinity;
    // a block level with one of the two row numbers is a cell of that row alone: the cut must not run through it
    const tol = Math.max(2, 0.3 * (a.y1 - a.y0));
    const own = (bl: Item[]) => [a, b].some((n) => levelWith({ y0: Math.min(...bl.map((it) => it.y0)), y1: Math.max(...bl.map((it) => it.y1)) }, n, tol));
    for (const y of edges) {
      const cost = crossing(y).reduce((sum, bl) => sum + (own(bl) ? 10 : 1), 0);
      if (cost < bestCost || (cost === bestCost && Math.abs(y - mid) < Math.abs(best - mid))) [best, bestCost] = [y, cost];
    }
    cuts.push(best);
  }
  const rows: Item[][] = cuts.map(() => []);
  rows.push([]);
  for (const bl of blocks) {
    // the rows the block has a line in
    for (let r = 0; r < rows.length; r++) {
      const top = r === 0 ? -Infinity : cuts[r - 1]!;
      const bottom = r === cuts.length ? Infinity : cuts[r]!;
      if (bl.some((it) => middle(it) > top && middle(it) <= bottom)) rows[r]!.push(...bl);
    }
  }
  return rows.filter((r) => r.length > 0);
}

/**
 * A cell cut by the page break: on the fragment's last row, the columns whose text reaches the
 * fragment's bottom (`openBelow`); on its first numbered row (below at most the end of a row from
 * the previous page), the columns whose text stands above the row, level with none of its cells
 * (`tailAbove`): the rest of a cell spanning the previous page's last row and this one.
 */
function markPageBreakCells(rows: FragmentRow[], body: Item[][], numbers: (Item | null)[], columns: number, tol: number): void {
  if (!rows.length) return;
  const span = (items: Item[]) => ({ y0: Math.min(...items.map((it) => it.y0)), y1: Math.max(...items.map((it) => it.y1)) });
  const bottom = Math.max(...body.flat().map((it) => it.y1));
  const last = body.length - 1;
  rows[last]!.openBelow = Array.from({ length: columns }, (_, c) => {
    const b = body[last]!.filter((it) => it.col === c);
    return c > 0 && b.length > 0 && span(b).y1 >= bottom - tol;
  });
  const f = numbers.findIndex((n) => n !== null);
  if (f < 0) return;
  const n = span([numbers[f]!]);
  rows[f]!.tailAbove = Array.from({ length: columns }, (_, c) => {
    const b = body[f]!.filter((it) => it.col === c);
    if (c === 0 || !b.length || b.some((it) => body.some((g, k) => k !== f && g.includes(it)))) return false;
    const s = span(b);
    return !levelWith(s, n, tol) && (s.y0 + s.y1) / 2 < (n.y0 + n.y1) / 2 - tol;
  });
}

/** `headerAbove`: with no numbered row, the bands down to the last one with a first-column cell are the header (the end of a row below it) */
function toFragment(run: Run, cols: Column[], page: number, headerAbove = false): TableFragment {
  const items: Item[] = run.parts.flatMap((ps) => {
    const line = ps.flatMap((p) => atColumnStarts(p, cols)).map((p) => ({ pieces: p, col: colIndex(cols, left(p)), y0: top(p), y1: bottom(p) }));
    // a group heading after its label, left of the second column's text seen on this page (its header centred): the second column
    if (line.length >= 2 && line[0]!.col === 0 && line[1]!.col === 0 && isRowLabel(cellText(line[0]!.pieces))) line[1]!.col = 1;
    return line;
  });
  const height = median(items.map((it) => Math.min(...it.pieces.map((p) => p.y1 - p.y0))));
  const gap = lineGap(items, cols.length, height);
  const minRiver = gap + Math.max(1, 0.1 * height);
  const found = bands(items, minRiver)
    .flatMap(splitAtFirstColumn)
    .flatMap((b) => splitCentred(b, minRiver));
  const hasFirst = (band: Item[]) => band.some((it) => it.col === 0);
  const numbered = (band: Item[]) => band.some((it) => it.col === 0 && isRowLabel(cellText(it.pieces)));
  const firstNumbered = found.findIndex(numbered);
  // the header: the bands above the first numbered row, down to the last one with a first-column
  // cell ("Stt"); bands between it and the first numbered row continue a row from the previous page
  let headerEnd = 0;
  if (firstNumbered < 0 && headerAbove) headerEnd = found.reduce((end, b, k) => (hasFirst(b) ? k + 1 : end), 0);
  if (firstNumbered > 0) {
    headerEnd = firstNumbered;
    for (let b = firstNumbered - 1; b >= 0; b--) {
      if (hasFirst(found[b]!)) {
        headerEnd = b + 1;
        break;
      }
    }
  }
  const groups: Item[][] = [];
  if (headerEnd > 0) groups.push(found.slice(0, headerEnd).flat());
  const bodyStart = groups.length;
  for (const band of found.slice(headerEnd)) {
    // a band without a first cell continues the row above (a cell taller than its row's padding);
    // the first body band stays a row of its own (it may continue a row from the previous page)
    if (groups.length > bodyStart && !hasFirst(band) && firstNumbered >= 0) groups[groups.length - 1]!.push(...band);
    else groups.push(band);
  }
  // cells spanning rows whose text stands level with none of the rows they span
  const body = groups.slice(bodyStart);
  const numbers = body.map((g) => g.find((it) => it.col === 0 && isRowLabel(cellText(it.pieces))) ?? null);
  const tol = Math.max(2, 0.3 * height);
  const extra = centredSpans({ rows: body, numbers, columns: cols.length, tol });
  const rows: FragmentRow[] = groups.map((g, gi) => {
    const all = gi >= bodyStart ? [...g, ...extra[gi - bodyStart]!] : g;
    const cells = cols.map((_, c) => cellText(all.filter((it) => it.col === c).flatMap((it) => it.pieces)));
    const first = g.reduce((m, it) => (it.y0 < m.y0 || (it.y0 === m.y0 && it.pieces[0]!.x0 < m.pieces[0]!.x0) ? it : m));
    return { cells, y: Math.min(...g.map((it) => it.y0)), anchor: first.pieces[0] ?? null };
  });
  markPageBreakCells(rows.slice(bodyStart), body, numbers, cols.length, tol);
  const xs = [...cols.map((c) => c[0]), cols[cols.length - 1]![1]];
  const box = { x0: xs[0]!, x1: xs[xs.length - 1]!, y0: Math.min(...run.lines.map((l) => l.y0)), y1: Math.max(...run.lines.map((l) => l.y1)) };
  return { page, box, xs, rows, headerDepth: headerEnd > 0 ? 1 : 0, layout: 'pdf-align' };
}
