/**
 * Tab-table headers printed over several tab lines: "…\tThời gian thực" then "\t\t\t\t\thiện".
 * Before the first body row a tab line with an empty Stt cell cannot continue a row (there is
 * none yet), so it continues the header; its cells are joined onto the header's cell by cell.
 * When the header is repeated at the top of a page, its continuation lines come with it.
 */
import type { SourceLine } from '../core/lines.js';
import { joinCell } from './cellText.js';
import { compact } from './fuzzy.js';

function splitCells(text: string): string[] {
  return text.split('\t').map((c) => c.trim());
}

/** A tab line that can only continue the header above it: empty first cell, some text elsewhere. */
function isHeaderContinuation(cells: string[]): boolean {
  return cells[0] === '' && cells.some((c) => c !== '');
}

export interface TabHeader {
  /** the header cells, continuation lines joined in */
  header: string[];
  /** the header as printed, one cell list per tab line (for spotting its repetitions) */
  printed: string[][];
  /** index of the last line the header takes */
  last: number;
}

/** The header starting at lines[start] with the continuation lines that follow it. */
export function readTabHeader(lines: SourceLine[], start: number): TabHeader {
  const header = splitCells(lines[start]!.text);
  const printed = [header.slice()];
  let last = start;
  for (let j = start + 1; j < lines.length; j++) {
    const t = lines[j]!.text;
    if (t.trim() === '') continue;
    if (!t.includes('\t')) break;
    const cells = splitCells(t);
    if (!isHeaderContinuation(cells)) break;
    printed.push(cells);
    for (let k = 0; k < cells.length; k++) header[k] = joinCell(header[k] ?? '', cells[k] ?? '');
    last = j;
  }
  return { header, printed, last };
}

const key = (cells: string[]): string => cells.map(compact).join('|');

/**
 * How many lines from lines[at] repeat the printed header (its first line, then as many of its
 * continuation lines as follow in order, blank lines skipped); 0 when lines[at] does not repeat it.
 * Returns the index of the last repeated line, or -1.
 */
export function repeatedHeaderEnd(lines: SourceLine[], at: number, printed: string[][]): number {
  if (key(splitCells(lines[at]!.text)) !== key(printed[0]!)) return -1;
  let end = at;
  let k = 1;
  for (let j = at + 1; j < lines.length && k < printed.length; j++) {
    const t = lines[j]!.text;
    if (t.trim() === '') continue;
    if (key(splitCells(t)) !== key(printed[k]!)) break;
    end = j;
    k++;
  }
  return end;
}
