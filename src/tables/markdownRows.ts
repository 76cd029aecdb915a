/**
 * Tables written in Markdown (a document converted with pandoc, or typed so): `| 1 | Rà soát … |`
 * rows under a `|---|---|` line. They are tab tables in another dress: each such row is read as
 * its cells separated by tabs, and the separator line as a blank line, so the tab segmenter reads
 * them (line numbers unchanged).
 */
import type { SourceLine } from '../core/lines.js';

/** `|---|:--:|` (the line under a Markdown table's header) */
const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
/** a row: opens and closes with a pipe, two cells or more */
const ROW = /^\s*\|.*\|\s*$/;

/** The cells of a Markdown table row (`\|` is a pipe inside a cell, `<br>` a line break), or null. */
export function markdownCells(text: string): string[] | null {
  if (text.includes('\t') || !ROW.test(text)) return null;
  const inner = text.trim().slice(1, -1);
  const cells = inner
    .split(/(?<!\\)\|/)
    .map((c) => c.replace(/\\\|/g, '|').replace(/<br\s*\/?>/gi, ' ').trim());
  return cells.length >= 2 ? cells : null;
}

/** The lines with Markdown table rows as tab-separated cells and their separator lines blank. */
export function markdownAsTabs(lines: SourceLine[]): SourceLine[] {
  let changed = false;
  const out = lines.map((line) => {
    if (SEPARATOR.test(line.text)) {
      changed = true;
      return { ...line, text: '' };
    }
    const cells = markdownCells(line.text);
    if (!cells) return line;
    changed = true;
    return { ...line, text: cells.join('\t') };
  });
  return changed ? out : lines;
}
