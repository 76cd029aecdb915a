/** What a segmenter knew about a table's kind from its header words, when its header cells are only a guess. */
import type { RawTable } from '../core/lines.js';
import type { TableInfo } from '../schema/plan.js';

const hints = new WeakMap<RawTable, TableInfo['kind']>();

export function setKindHint(table: RawTable, kind: TableInfo['kind']): void {
  hints.set(table, kind);
}

export function kindHint(table: RawTable): TableInfo['kind'] | undefined {
  return hints.get(table);
}
