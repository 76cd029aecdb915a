/**
 * Tables printed with space-aligned columns (pdftotext -layout, fixed-width exports): a header
 * line whose pieces (separated by 2+ spaces) name three or more column roles, Stt first; body
 * lines cut into cells at the column starts; a row starts at a line with a number (or a group
 * numeral "I.", "II." …) in the Stt column and takes the lines below it, cell by cell; the
 * header repeated after a page break is dropped.
 */
import type { RawRow, RawTable, SourceLine } from '../core/lines.js';
import { placeOf } from '../core/lines.js';
import type { ColumnRole } from '../schema/plan.js';
import { chunksOf, columnStarts, cutLine, TOLERANCE, type Chunk } from './alignedColumns.js';
import { joinCell } from './cellText.js';
import { rolesOfHeader } from './columnRoles.js';
import { compact } from './fuzzy.js';
import { parseStt, romanNumeral } from './numbering.js';
import { isTableEnd } from './ocrLines.js';
import { titleAbove } from './tabSegmenter.js';

/** Header lines wrapped below the first one: at most this many. */
const MAX_HEADER_LINES = 3;
/** A piece of a wrapped header line is short. */
const MAX_HEADER_PIECE = 30;

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

const isRowNumber = (token: string): boolean => parseStt(token) != null || romanNumeral(token) != null;

/** A line with nothing but a page number. */
const isPageNumber = (text: string): boolean => /^\s*-?\s*\d{1,3}\s*-?\s*$/.test(text) && !/^\d/.test(text);

interface Extent {
  /** header lines wrapped below the header line */
  headerLines: number[];
  /** body line indexes (no blanks, no repeated headers, no page numbers) */
  body: number[];
  last: number;
}

function findExtent(lines: SourceLine[], start: number, header: AlignedHeader, taken: Set<number>): Extent {
  const key = compact(lines[start]!.text);
  const sttEnd = (header.chunks[1]?.start ?? Infinity) - TOLERANCE;
  const headerLines: number[] = [];
  let j = start + 1;
  // wrapped header: adjacent lines of short pieces, nothing in the Stt column
  while (j < lines.length && headerLines.length < MAX_HEADER_LINES) {
    const text = lines[j]!.text;
    const chunks = chunksOf(text);
    if (taken.has(j) || text.includes('\t') || chunks.length === 0) break;
    if (chunks[0]!.start < sttEnd || chunks.some((c) => c.text.length > MAX_HEADER_PIECE)) break;
    headerLines.push(j++);
  }
  const body: number[] = [];
  let last = headerLines.at(-1) ?? start;
  for (; j < lines.length; j++) {
    const text = lines[j]!.text;
    if (text.trim() === '') continue;
    if (taken.has(j) || text.includes('\t') || isTableEnd(text)) break;
    if (compact(text) === key) {
      // the header repeated at the top of a page, with its wrapped lines
      last = j;
      let k = 0;
      while (k < headerLines.length && compact(lines[j + 1]?.text ?? '') === compact(lines[headerLines[k]!]!.text)) j++, k++;
      last = j;
      continue;
    }
    if (isPageNumber(text)) continue;
    const first = chunksOf(text)[0]!;
    if (first.start < sttEnd && !isRowNumber(first.text.split(' ')[0]!)) break; // body text resumes
    if (alignedHeaderAt(text)) break; // another table
    body.push(j);
    last = j;
  }
  return { headerLines, body, last };
}

/** Split "1 Text" (number and text one space apart) into the Stt cell and the next one. */
function splitNumber(cells: string[]): void {
  const m = cells[0]!.match(/^(\S+)\s+(.+)$/);
  if (!m || !isRowNumber(m[1]!)) return;
  cells[0] = m[1]!;
  cells[1] = joinCell(m[2]!, cells[1] ?? '');
}

function buildRows(lines: SourceLine[], body: number[], starts: number[]): RawRow[] {
  const rows: RawRow[] = [];
  let groupRow = false;
  for (const j of body) {
    const text = lines[j]!.text;
    const cells = cutLine(text, starts);
    splitNumber(cells);
    const numeral = romanNumeral(cells[0]!);
    if (numeral) {
      // a group row: its title runs across the columns
      const first = chunksOf(text)[0]!;
      const title = text.slice(first.start).trim().replace(/^\S+/, '').replace(/\s+/g, ' ').trim();
      rows.push({ cells: [cells[0]!, title, ...starts.slice(2).map(() => '')], place: placeOf(lines[j]!) });
      groupRow = true;
      continue;
    }
    if (parseStt(cells[0]!) || rows.length === 0) {
      rows.push({ cells, place: placeOf(lines[j]!) });
      groupRow = false;
      continue;
    }
    const row = rows[rows.length - 1]!;
    if (groupRow) {
      row.cells[1] = joinCell(row.cells[1]!, text.replace(/\s+/g, ' '));
      continue;
    }
    for (let k = 1; k < cells.length; k++) row.cells[k] = joinCell(row.cells[k] ?? '', cells[k]!);
  }
  return rows;
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
    const starts = columnStarts(header.chunks, extent.body.map((j) => lines[j]!.text));
    const headerCells = header.chunks.map((c) => c.text);
    for (const j of extent.headerLines) {
      cutLine(lines[j]!.text, starts).forEach((t, k) => (headerCells[k] = joinCell(headerCells[k]!, t)));
    }
    const rows = buildRows(lines, extent.body, starts);
    const pages = new Set<number>();
    for (let j = i; j <= extent.last; j++) pages.add(lines[j]!.page);
    tables.push({
      header: headerCells,
      rows,
      pages: [...pages].sort((a, b) => a - b),
      title: titleAbove(lines, i),
      place: placeOf(lines[i]!),
      lineRange: [i, extent.last],
      layout: 'aligned',
    });
    i = extent.last;
  }
  return tables;
}
