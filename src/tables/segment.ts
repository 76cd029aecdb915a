/** Runs the text segmenters over the lines, each on the lines the others did not take. */
import type { Diagnostic } from '../core/diagnostic.js';
import type { RawTable, SourceLine } from '../core/lines.js';
import { segmentTabTables } from './tabSegmenter.js';
import { segmentOcrTables } from './ocrSegmenter.js';
import { segmentAlignedTables } from './alignedSegmenter.js';
import { rejoinSpanningTable } from './spanningCells.js';
import { markdownAsTabs } from './markdownRows.js';

/** `taken`: lines already in a table (a loader's grid tables), left alone. */
export function segmentTextTables(lines: SourceLine[], taken: Set<number> = new Set()): { tables: RawTable[]; diagnostics: Diagnostic[] } {
  const tab = segmentTabTables(markdownAsTabs(lines), taken);
  for (const t of tab) if (t.lineRange) for (let i = t.lineRange[0]; i <= t.lineRange[1]; i++) taken.add(i);
  const aligned = segmentAlignedTables(lines, taken);
  for (const t of aligned) if (t.lineRange) for (let i = t.lineRange[0]; i <= t.lineRange[1]; i++) taken.add(i);
  for (const t of [...tab, ...aligned]) rejoinSpanningTable(t); // merged objective/mission cells printed down several rows
  const ocr = tab.length + aligned.length > 0 ? { tables: [], diagnostics: [] } : segmentOcrTables(lines, taken);
  return { tables: [...tab, ...aligned, ...ocr.tables], diagnostics: ocr.diagnostics };
}
