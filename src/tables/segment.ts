/** Runs the text segmenters over the lines, each on the lines the others did not take. */
import type { Diagnostic } from '../core/diagnostic.js';
import type { RawTable, SourceLine } from '../core/lines.js';
import { segmentTabTables } from './tabSegmenter.js';
import { segmentOcrTables } from './ocrSegmenter.js';

/** `taken`: lines already in a table (a loader's grid tables), left alone. */
export function segmentTextTables(lines: SourceLine[], taken: Set<number> = new Set()): { tables: RawTable[]; diagnostics: Diagnostic[] } {
  const tab = segmentTabTables(lines, taken);
  for (const t of tab) if (t.lineRange) for (let i = t.lineRange[0]; i <= t.lineRange[1]; i++) taken.add(i);
  const ocr = tab.length > 0 ? { tables: [], diagnostics: [] } : segmentOcrTables(lines, taken);
  return { tables: [...tab, ...ocr.tables], diagnostics: ocr.diagnostics };
}
