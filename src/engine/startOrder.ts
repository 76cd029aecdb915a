/**
 * The order in which a batch starts its files: biggest first (longest-processing-time-first), so
 * that the batch does not end with one long file running alone on one core while the others
 * idle; the file's size in bytes stands for its work (a scanned page weighs hundreds of KB, a
 * text page a few). Records are still handed on in input order, so a file may be started at
 * most `window - 1` places ahead of its turn: a small file is never held back to the end of a
 * long batch, and no more than about `window + jobs` finished records wait for an earlier one
 * (with their plans, for jsonl). Once the first file not started is among the last `window`,
 * the rest start exactly biggest first.
 */
import { stat } from 'node:fs/promises';

/** How far ahead of its input place a file may start (the records waiting are bounded by it). */
export function startWindow(jobs: number): number {
  return Math.max(8, 2 * jobs);
}

/**
 * Input indices in start order: each time, the biggest not yet started among the `window` files
 * from the first not started on, in input order (the earliest on ties).
 */
export function startOrder(sizes: number[], window: number): number[] {
  const order: number[] = [];
  const started = new Array<boolean>(sizes.length).fill(false);
  let first = 0;
  while (order.length < sizes.length) {
    while (started[first]) first++;
    let best = -1;
    for (let i = first; i < Math.min(sizes.length, first + Math.max(1, window)); i++) {
      if (!started[i] && (best < 0 || sizes[i]! > sizes[best]!)) best = i;
    }
    started[best] = true;
    order.push(best);
  }
  return order;
}

/** Sizes in bytes of the files to start (0 for stdin or when a file cannot be read: its error comes later). */
export async function inputSizes(paths: (string | null)[]): Promise<number[]> {
  return Promise.all(paths.map(async (path) => (path === null ? 0 : ((await stat(path).catch(() => null))?.size ?? 0))));
}
