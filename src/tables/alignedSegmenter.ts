/**
 * Tables printed with space-aligned columns (pdftotext -layout, fixed-width exports): a header
 * line whose pieces (separated by 2+ spaces) name three or more column roles, Stt first, with
 * the header lines wrapped above and below it; column starts from the header words, moved to
 * where the body lines start (centred header words), anew under each repeated header (every
 * PDF page has its own geometry); body lines cut into cells at the column starts
 * (alignedColumns.ts); a row starts at a line with a number (or a group numeral "I.", "II." …)
 * in the Stt column and takes the lines below it, cell by cell, unless the cells are centred
 * vertically (centredRows.ts). The table ends where the body text resumes, at an appendix
 * heading, at another header or at a tab line.
 */
import type { RawRow, RawTable, SourceLine } from '../core/lines.js';
import { placeOf } from '../core/lines.js';
import type { ColumnRole } from '../schema/plan.js';
import { chunksOf, columnStarts, cutLine, SPILL, TOLERANCE, type Chunk } from './alignedColumns.js';
import { joinCell } from './cellText.js';
import { rolesOfHeader } from './columnRoles.js';
import { compact } from './fuzzy.js';
import { groupNumber, parseStt } from './numbering.js';
import { isTableEnd } from './ocrLines.js';
import { titleAbove } from './tabSegmenter.js';
import { centredRows, looksCentred, type CutLine } from './centredRows.js';
import { APPENDIX_MARKERS } from '../vocab/appendixMarkers.js';

/** Header lines wrapped below (or above) the line with the roles: at most this many. */
const MAX_HEADER_LINES = 3;
/** A piece of a wrapped header line is short. */
const MAX_HEADER_PIECE = 30;

const APPENDIX_KEYS = APPENDIX_MARKERS.map(compact);

interface AlignedHeader {
  chunks: Chunk[];
  roles: ColumnRole[];
}

/** A line that heads an aligned table: 3+ pieces naming 3+ distinct roles, the first one Stt. */
export function alignedHeaderAt(text: string): AlignedHeader | null {
  if (text.includes('\t')) return null;
  const chunks = chunksOf(text);
  if (chunks.length < 3) return null;
  const roles = rolesOfHeader(chunks.map((c) => c.text));
  const named = new Set(roles.filter((r) => r !== 'other'));
  if (named.size < 3 || roles[0] !== 'stt') return null;
  return { chunks, roles };
}

const isRowNumber = (token: string): boolean => parseStt(token) != null || groupNumber(token) != null;

/** A line with nothing but a page number. */
const isPageNumber = (text: string): boolean => /^\s*-?\s*\d{1,3}\s*-?\s*$/.test(text) && !/^\d/.test(text);

/** "PHỤ LỤC II", "Biểu số 02": an appendix heading, never table body. */
const isAppendixHeading = (text: string): boolean => APPENDIX_KEYS.some((k) => compact(text).startsWith(k));

/** A piece of text wider than any cell: it runs over two or more column starts. */
function spansColumns(text: string, starts: number[]): boolean {
  return chunksOf(text).some((c) => starts.filter((s) => s > c.start + TOLERANCE && s < c.end - SPILL).length >= 2);
}

/** A line of a wrapped header: pieces short, none in the Stt column. */
function isHeaderPart(lines: SourceLine[], j: number, sttEnd: number, taken: Set<number>, minPieces: number): boolean {
  const text = lines[j]?.text;
  if (text == null || taken.has(j) || text.includes('\t')) return false;
  const chunks = chunksOf(text);
  return chunks.length >= minPieces && chunks[0]!.start >= sttEnd && chunks.every((c) => c.text.length <= MAX_HEADER_PIECE);
}

/**
 * A line above the header line that belongs to it: pieces of a wrapped header; a single piece
 * only when it sits over one column and is not a title (capitals, an appendix heading, "(…)").
 */
function isHeaderAbove(lines: SourceLine[], j: number, sttEnd: number, taken: Set<number>, header: Chunk[]): boolean {
  if (!isHeaderPart(lines, j, sttEnd, taken, 1)) return false;
  const chunks = chunksOf(lines[j]!.text);
  if (chunks.length >= 2) return true;
  const piece = chunks[0]!;
  if (isAppendixHeading(piece.text) || piece.text.startsWith('(') || piece.text === piece.text.toUpperCase()) return false;
  const under = header.filter((h, k) => piece.start < (header[k + 1]?.start ?? Infinity) && h.start < piece.end);
  return under.length <= 1;
}

interface Extent {
  /** header lines wrapped above and below the header line, in order */
  above: number[];
  below: number[];
  /** body line indexes (no blanks, no repeated headers, no page numbers) */
  body: number[];
  /** column starts from each (repeated) header on: a PDF page has its own geometry */
  blocks: { from: number; starts: number[] }[];
  /** lines where the header repeats (a new page) */
  breaks: number[];
  first: number;
  last: number;
}

/** Lines looked at below a header to place its columns before the table's end is known. */
const SAMPLE_LINES = 40;

/** The header at `at` (with its wrapped lines) as columns, placed by the lines below it up to the next repeat. */
function placeColumns(lines: SourceLine[], at: number, wrapped: number[], from: number, key: string): { columns: Chunk[]; starts: number[] } {
  const sample: string[] = [];
  for (let k = from; k < lines.length && sample.length < SAMPLE_LINES; k++) {
    const t = lines[k]!.text;
    if (compact(t) === key || t.includes('\t') || isTableEnd(t) || isAppendixHeading(t) || alignedHeaderAt(t)) break;
    sample.push(t);
  }
  const columns = headerColumns(lines, chunksOf(lines[at]!.text), wrapped);
  return { columns, starts: columnStarts(columns, sample) };
}

/**
 * Columns under a repeated header: where its page's lines show a start, that one; elsewhere
 * the first page's start moved as far as the header word moved (not into the word before it).
 */
function replaceColumns(first: { columns: Chunk[]; starts: number[] }, again: { columns: Chunk[]; starts: number[] }): number[] | null {
  if (again.columns.length !== first.columns.length) return null;
  return again.starts.map((s, k) => {
    const word = again.columns[k]!;
    if (s !== word.start) return s;
    // never inside the header word of the column before
    const floor = k > 0 ? again.columns[k - 1]!.end + 1 : 0;
    return Math.min(word.start, Math.max(floor, first.starts[k]! + word.start - first.columns[k]!.start));
  });
}

function findExtent(lines: SourceLine[], start: number, header: AlignedHeader, taken: Set<number>): Extent {
  const key = compact(lines[start]!.text);
  let sttEnd = (header.chunks[1]?.start ?? Infinity) - TOLERANCE;
  // wrapped header: adjacent lines of short pieces, nothing in the Stt column
  const above: number[] = [];
  while (above.length < MAX_HEADER_LINES && isHeaderAbove(lines, start - above.length - 1, sttEnd, taken, header.chunks)) above.unshift(start - above.length - 1);
  const below: number[] = [];
  let j = start + 1;
  while (below.length < MAX_HEADER_LINES && isHeaderPart(lines, j, sttEnd, taken, 1)) below.push(j++);
  const printed = [...above, start, ...below].map((k) => compact(lines[k]!.text));
  // columns placed from the header and the lines below it (a centred header word starts late)
  const placed = placeColumns(lines, start, [...above, ...below], j, key);
  let starts = placed.starts;
  const blocks = [{ from: start, starts }];
  sttEnd = (starts[1] ?? Infinity) - TOLERANCE;

  const body: number[] = [];
  const breaks: number[] = [];
  let last = below.at(-1) ?? start;
  let inGroup = false;
  for (; j < lines.length; j++) {
    const text = lines[j]!.text;
    if (text.trim() === '') continue;
    if (taken.has(j) || text.includes('\t') || isTableEnd(text) || isAppendixHeading(text)) break;
    const lineKey = compact(text);
    // a wrapped header line counts as header only next to a repeat of the header line itself
    const nearRepeat = (k: number) => k !== j && Math.abs(k - j) <= MAX_HEADER_LINES && compact(lines[k]?.text ?? '') === key;
    const repeated = lineKey === key || (printed.includes(lineKey) && [-3, -2, -1, 1, 2, 3].some((d) => nearRepeat(j + d)));
    if (repeated) {
      // the header repeated at the top of a page, with its wrapped lines, maybe placed anew
      last = j;
      if (lineKey === key) {
        breaks.push(j);
        const wrapped = [j - 2, j - 1, j + 1, j + 2].filter((k) => printed.includes(compact(lines[k]?.text ?? '')) && compact(lines[k]!.text) !== key);
        const again = replaceColumns(placed, placeColumns(lines, j, wrapped, j + 1, key));
        if (again) {
          starts = again;
          sttEnd = (starts[1] ?? Infinity) - TOLERANCE;
          blocks.push({ from: j, starts });
        }
      }
      continue;
    }
    if (isPageNumber(text)) continue;
    if (alignedHeaderAt(text)) break; // another table
    const first = chunksOf(text)[0]!;
    if (first.start < sttEnd) {
      const token = first.text.split(' ')[0]!;
      if (!isRowNumber(token) && first.end > starts[1]! + SPILL) break; // body text resumes
      inGroup = groupNumber(token) != null;
    } else if (!inGroup && spansColumns(text, starts)) break; // a title or a paragraph, not cells
    body.push(j);
    last = j;
  }
  return { above, below, body, blocks, breaks, first: above[0] ?? start, last };
}

/** The header's columns: its pieces, plus pieces of its wrapped lines under no piece of it. */
function headerColumns(lines: SourceLine[], chunks: Chunk[], wrapped: number[]): Chunk[] {
  const columns = [...chunks];
  for (const j of wrapped) {
    for (const c of chunksOf(lines[j]!.text)) {
      if (!columns.some((m) => m.start < c.end && c.start < m.end)) columns.push(c);
    }
  }
  return columns.sort((a, b) => a.start - b.start);
}

/** Split "1 Text" (number and text one space apart) into the Stt cell and the next one. */
function splitNumber(cells: string[]): void {
  const m = cells[0]!.match(/^(\S+)\s+(.+)$/);
  if (!m || !isRowNumber(m[1]!)) return;
  cells[0] = m[1]!;
  cells[1] = joinCell(m[2]!, cells[1] ?? '');
}

/** Body lines cut into cells by their page's columns; a group row keeps its title whole. */
function cutBody(lines: SourceLine[], body: number[], blocks: Extent['blocks']): CutLine[] {
  return body.map((j) => {
    const text = lines[j]!.text;
    const starts = blocks.filter((b) => b.from <= j).at(-1)!.starts;
    const cells = cutLine(text, starts);
    splitNumber(cells);
    if (groupNumber(cells[0]!)) {
      // a group row: its title runs across the columns
      const first = chunksOf(text)[0]!;
      const title = text.slice(first.start).trim().replace(/^\S+/, '').replace(/\s+/g, ' ').trim();
      return { index: j, cells: [cells[0]!, title, ...starts.slice(2).map(() => '')], kind: 'group' as const };
    }
    return { index: j, cells, kind: cells[0] !== '' ? ('numbered' as const) : ('other' as const) };
  });
}

/** Rows of top-aligned cells: a row starts at its number and takes the lines below it. */
function topAlignedRows(lines: SourceLine[], cut: CutLine[]): RawRow[] {
  const rows: RawRow[] = [];
  let groupRow = false;
  for (const c of cut) {
    if (c.kind !== 'other' || rows.length === 0) {
      rows.push({ cells: c.cells, place: placeOf(lines[c.index]!) });
      groupRow = c.kind === 'group';
      continue;
    }
    const row = rows[rows.length - 1]!;
    if (groupRow) {
      row.cells[1] = joinCell(row.cells[1]!, lines[c.index]!.text.replace(/\s+/g, ' '));
      continue;
    }
    for (let k = 1; k < c.cells.length; k++) row.cells[k] = joinCell(row.cells[k] ?? '', c.cells[k]!);
  }
  return rows;
}

function buildRows(lines: SourceLine[], extent: Extent, roles: ColumnRole[]): RawRow[] {
  const cut = cutBody(lines, extent.body, extent.blocks);
  const columns = extent.blocks[0]!.starts.length;
  return looksCentred(cut, roles.indexOf('content')) ? centredRows(lines, cut, columns, extent.breaks) : topAlignedRows(lines, cut);
}

/** Aligned tables among the lines not taken by another segmenter. */
export function segmentAlignedTables(lines: SourceLine[], taken: Set<number> = new Set()): RawTable[] {
  const tables: RawTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (taken.has(i)) continue;
    const header = alignedHeaderAt(lines[i]!.text);
    if (!header) continue;
    const extent = findExtent(lines, i, header, taken);
    if (extent.body.length === 0) continue;
    const starts = extent.blocks[0]!.starts;
    const headerCells = starts.map(() => '');
    for (const j of [...extent.above, i, ...extent.below]) {
      cutLine(lines[j]!.text, starts).forEach((t, k) => (headerCells[k] = joinCell(headerCells[k]!, t)));
    }
    const rows = buildRows(lines, extent, rolesOfHeader(headerCells));
    if (!rows.some((r) => parseStt(r.cells[0] ?? ''))) continue; // no numbered row: not a table of tasks or indicators
    const pages = new Set<number>();
    for (let j = extent.first; j <= extent.last; j++) pages.add(lines[j]!.page);
    tables.push({
      header: headerCells,
      rows,
      pages: [...pages].sort((a, b) => a - b),
      title: titleAbove(lines, extent.first),
      place: placeOf(lines[extent.first]!),
      lineRange: [extent.first, extent.last],
      layout: 'aligned',
    });
    i = extent.last;
  }
  return tables;
}
