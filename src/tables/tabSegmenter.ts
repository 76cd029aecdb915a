/**
 * Tab-separated tables (text exported from Word/HTML): a header row of tab-separated cells,
 * repeated at each page; a row continued across a page break starts with an empty Stt cell
 * and is merged cell by cell into the row before it.
 */
import type { RawRow, RawTable, SourceLine } from '../core/lines.js';
import { placeOf } from '../core/lines.js';
import { compact } from './fuzzy.js';
import { rolesOfHeader } from './columnRoles.js';
import { joinCell } from './cellText.js';
import { readTabHeader, repeatedHeaderEnd } from './tabHeader.js';

export function splitCells(text: string): string[] {
  return text.split('\t').map((c) => c.trim());
}

/** A tab row whose cells name at least two roles, one of them Stt or content. */
export function isTabHeader(cells: string[]): boolean {
  const roles = rolesOfHeader(cells).filter((r) => r !== 'other');
  return roles.length >= 2 && (roles.includes('stt') || roles.includes('content'));
}

function sameHeader(a: string[], b: string[]): boolean {
  return a.map(compact).join('|') === b.map(compact).join('|');
}

/** The text just above a table (skipping a "(Kèm theo …)" line), used as its title. */
export function titleAbove(lines: SourceLine[], index: number): string | null {
  for (let i = index - 1, seen = 0; i >= 0 && seen < 4; i--) {
    const t = lines[i]!.text.trim();
    if (t === '') continue;
    seen++;
    if (t.includes('\t')) return null;
    if (/^\(.*\)$/.test(t)) continue;
    return t.replace(/\s+/g, ' ');
  }
  return null;
}

/** Merge a continuation row (empty first cell) into the row it continues. */
export function mergeInto(row: RawRow, cells: string[]): void {
  const n = Math.max(row.cells.length, cells.length);
  for (let k = 1; k < n; k++) row.cells[k] = joinCell(row.cells[k] ?? '', cells[k] ?? '');
}

export function segmentTabTables(lines: SourceLine[], taken: Set<number> = new Set()): RawTable[] {
  const tables: RawTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (taken.has(i) || !line.text.includes('\t') || !isTabHeader(splitCells(line.text))) {
      i++;
      continue;
    }
    const { header, printed, last: headerEnd } = readTabHeader(lines, i);
    const rows: RawRow[] = [];
    const pages = new Set<number>([line.page]);
    let last = headerEnd;
    let j = headerEnd + 1;
    for (; j < lines.length; j++) {
      const t = lines[j]!.text;
      if (taken.has(j)) break;
      if (t.trim() === '') continue;
      if (!t.includes('\t')) break;
      const cells = splitCells(t);
      pages.add(lines[j]!.page);
      last = j;
      const repeated = repeatedHeaderEnd(lines, j, printed);
      if (repeated >= 0) { // the header repeated at the top of a page, with its continuation lines
        for (let k = j; k <= repeated; k++) pages.add(lines[k]!.page);
        last = j = repeated;
        continue;
      }
      if (sameHeader(cells, header)) continue;
      if (cells[0] === '' && rows.length > 0) {
        mergeInto(rows[rows.length - 1]!, cells);
        continue;
      }
      while (cells.length < header.length) cells.push('');
      rows.push({ cells, place: placeOf(lines[j]!) });
    }
    tables.push({
      header,
      rows,
      pages: [...pages].sort((a, b) => a - b),
      title: titleAbove(lines, i),
      place: placeOf(line),
      lineRange: [i, last],
      layout: 'tab',
    });
    i = last + 1;
  }
  return tables;
}
