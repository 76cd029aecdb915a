import type { Diagnostic } from '../core/diagnostic.js';
import type { RawTable, SourceLine } from '../core/lines.js';
export function segmentOcrTables(_lines: SourceLine[], _taken: Set<number>): { tables: RawTable[]; diagnostics: Diagnostic[] } {
  return { tables: [], diagnostics: [] };
}
