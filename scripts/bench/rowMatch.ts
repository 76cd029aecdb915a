/**
 * Ordered alignment of parsed task rows against a hand-checked row inventory (fixtures/<case>/rows.json):
 * a pair matches when the group agrees and the folded content starts alike. The longest
 * in-order matching (LCS) counts as rows found in order.
 */
import { fold } from '../../src/core/text.js';

export interface InventoryRow {
  group: string | null;
  stt: string | null;
  content: string;
}

export interface ParsedRow {
  group: { number: string } | null;
  stt: string | null;
  content: string | null;
}

function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  const n = a.length;
  const m = b.length;
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = [i];
    for (let j = 1; j <= m; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return 1 - prev[m]! / Math.max(n, m);
}

const key = (s: string | null) => fold(s ?? '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();

export function rowsMatch(expected: InventoryRow, actual: ParsedRow): boolean {
  if ((expected.group ?? null) !== (actual.group?.number ?? null)) return false;
  const want = key(expected.content);
  const got = key(actual.content).slice(0, want.length + 5);
  return similarity(want, got.slice(0, Math.max(want.length, 1))) >= 0.6;
}

export function alignRows(expected: InventoryRow[], actual: ParsedRow[]): number {
  const n = expected.length;
  const m = actual.length;
  const dp = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      dp[i]![j] = rowsMatch(expected[i - 1]!, actual[j - 1]!)
        ? dp[i - 1]![j - 1]! + 1
        : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
    }
  }
  return dp[n]![m]!;
}
