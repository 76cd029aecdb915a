/**
 * Tables stage: find task and indicator tables, segment them into rows (segmenters:
 * text layout → RawTable), then interpret the rows (RawTable → tasks / indicators).
 * Tables already cut into cells by the PDF/OCR loaders (file.rawTables) go through the
 * same interpreter.
 */
import type { Diagnostic } from '../core/diagnostic.js';
import type { RawTable } from '../core/lines.js';
import type { Stage } from '../pipeline/stage.js';
import type { PlanFile, TablesResult } from '../pipeline/planFile.js';
import { interpretTable } from './interpret.js';
import { kindHint } from './kindHint.js';
import { segmentTextTables } from './segment.js';

export function interpretTables(raw: RawTable[]): TablesResult & { diagnostics: Diagnostic[] } {
  const result: TablesResult & { diagnostics: Diagnostic[] } = { tables: [], tasks: [], indicators: [], diagnostics: [] };
  const usedIds = { tasks: new Map<string, number>(), indicators: new Map<string, number>() };
  let headed: RawTable | null = null;
  for (const found of raw) {
    // a table with no header right after one with as many columns is its continuation (a page
    // break the loader did not join): its rows are read under that header
    const blank = found.header.every((h) => !h.trim());
    const table = blank && headed && headed.header.length === found.header.length ? { ...found, header: headed.header } : found;
    if (!blank) headed = found;
    const out = interpretTable(table, { kind: kindHint(table), usedIds });
    result.tables.push(out.info);
    result.tasks.push(...out.tasks);
    result.indicators.push(...out.indicators);
    result.diagnostics.push(...out.diagnostics);
  }
  return result;
}

export function findTables(file: PlanFile): TablesResult & { diagnostics: Diagnostic[] } {
  // lines the loader already cut into grid tables are not read again as text; a grid table that
  // does not say which lines it took leaves the text layout alone altogether
  const taken = new Set<number>();
  for (const t of file.rawTables) if (t.lineRange) for (let i = t.lineRange[0]; i <= t.lineRange[1]; i++) taken.add(i);
  const segmented = file.rawTables.some((t) => !t.lineRange) ? { tables: [], diagnostics: [] } : segmentTextTables(file.lines, taken);
  const raw = [...file.rawTables, ...segmented.tables].sort(
    (a, b) => (a.place.page ?? 0) - (b.place.page ?? 0) || (a.place.line ?? 0) - (b.place.line ?? 0),
  );
  const result = interpretTables(raw);
  result.diagnostics.unshift(...segmented.diagnostics);
  return result;
}

export const tablesStage: Stage = {
  name: 'tables',
  run(file) {
    const { diagnostics, ...tables } = findTables(file);
    file.tables = tables;
    file.diagnostics.push(...diagnostics);
  },
};
