/**
 * Choosing which numbers at line starts are row numbers: the longest plausible sequence
 * (1, 2, 3 …, 1 → 1.1 → 1.2 → 2 …), preferring numbers followed by a ruling "|" and readings
 * that need no repair. Numbered lists inside a cell ("1. Thuê trụ sở", "2. Hướng dẫn") lose
 * because they do not continue the sequence around them.
 */
import type { AnchorCandidate } from './ocrLines.js';
import { MISSING, successorCost } from './numbering.js';

export interface ChosenAnchor {
  index: number;
  path: number[];
  repaired: boolean;
}

/**
 * `lostBefore[j]`: rows whose numbers OCR lost before candidate j in its group (lines opening a task
 * cell with a verb, no number before them). Numbers skipped from `before` (the last row of the
 * group above: numbering that runs on across groups) are that many rows, not a misread number.
 */
export function chooseAnchors(cands: AnchorCandidate[], before: number[] | null, lostBefore: number[] = []): ChosenAnchor[] {
  type State = { score: number; from: [number, number] | null };
  const best: State[][] = cands.map((c) => c.readings.map(() => ({ score: -Infinity, from: null })));
  let top: { score: number; at: [number, number] | null } = { score: 0, at: null };
  cands.forEach((c, j) => {
    c.readings.forEach((r, rj) => {
      const gain = 1 + (c.ruled ? 0.3 : 0) + (c.rest === '' ? -0.2 : 0) - r.penalty;
      const fromBefore = before ? successorCost(before, r.path) : null;
      const explained = fromBefore == null ? 0 : Math.min(lostBefore[j] ?? 0, Math.floor(fromBefore / MISSING + 1e-9));
      const starts = [successorCost(null, r.path), fromBefore == null ? null : fromBefore - explained * MISSING].filter((x): x is number => x != null);
      let score = starts.length > 0 ? gain - Math.min(...starts) : -Infinity;
      let from: [number, number] | null = null;
      for (let i = 0; i < j; i++) {
        cands[i]!.readings.forEach((pr, ri) => {
          const prev = best[i]![ri]!;
          if (prev.score === -Infinity) return;
          const cost = successorCost(pr.path, r.path);
          if (cost == null) return;
          const s = prev.score + gain - cost;
          if (s > score) {
            score = s;
            from = [i, ri];
          }
        });
      }
      best[j]![rj] = { score, from };
      if (score > top.score) top = { score, at: [j, rj] };
    });
  });
  const chain: ChosenAnchor[] = [];
  let at = top.at;
  while (at) {
    const [j, rj] = at;
    const r = cands[j]!.readings[rj]!;
    chain.unshift({ index: j, path: r.path, repaired: r.penalty > 0 });
    at = best[j]![rj]!.from;
  }
  return chain;
}
