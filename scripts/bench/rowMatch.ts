/**
 * Ordered alignment of parsed task rows against a hand-checked row inventory (fixtures/<case>/rows.json):
 * a pair matches when the group agrees and the task's opening words occur near the start of the
 * parsed row (OCR can put fragments of other columns first). The longest
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

/** Best match of `pattern` against any substring of `text` (Sellers): 1 - edits / pattern length. */
function substringSimilarity(pattern: string, text: string): number {
  const n = pattern.length;
  if (!n || !text) return 0;
  let prev = Array.from({ length: text.length + 1 }, () => 0);
  for (let i = 1; i <= n; i++) {
    const cur = [i];
    for (let j = 1; j <= text.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return 1 - Math.min(...prev) / n;
}

const key = (s: string | null) => fold(s ?? '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Same group, and the task's opening words (folded) occur near the start of the parsed row's content. */
export function rowsMatch(expected: InventoryRow, actual: ParsedRow, window = 160): boolean {
  if ((expected.group ?? null) !== (actual.group?.number ?? null)) return false;
  const want = key(expected.content).slice(0, 30);
  const got = key(actual.content).slice(0, window);
  return substringSimilarity(want, got) >= 0.7;
}

/** Longest in-order matching (LCS) of n expected and m actual rows under `match`, as pairs [expected index, actual index]. */
function inOrderPairs(n: number, m: number, match: (i: number, j: number) => boolean): [number, number][] {
  const hit = Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => match(i, j)));
  const dp = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      dp[i]![j] = hit[i - 1]![j - 1] ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    if (hit[i - 1]![j - 1] && dp[i]![j] === dp[i - 1]![j - 1]! + 1) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (dp[i - 1]![j]! >= dp[i]![j - 1]!) i--;
    else j--;
  }
  return pairs.reverse();
}

/** Longest in-order matching as pairs [expected index, actual index]. */
export function alignRowPairs(expected: InventoryRow[], actual: ParsedRow[], window = 160): [number, number][] {
  return inOrderPairs(expected.length, actual.length, (i, j) => rowsMatch(expected[i]!, actual[j]!, window));
}

/** Longest in-order matching on group and Stt alone (content not compared): a looser, secondary figure. */
export function alignByNumber(expected: InventoryRow[], actual: ParsedRow[]): number {
  const same = (e: InventoryRow, a: ParsedRow) => (e.group ?? null) === (a.group?.number ?? null) && (e.stt ?? null) === (a.stt ?? null);
  return inOrderPairs(expected.length, actual.length, (i, j) => same(expected[i]!, actual[j]!)).length;
}
