/** Biggest files start first (within a window), records still come in input order. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch, type FileRecord } from '../../src/engine/index.js';
import { startOrder, startWindow } from '../../src/engine/startOrder.js';
import { SEEDS } from '../helpers.js';
import { SEED_FILES, tempDir } from './support.js';

describe('startOrder: longest first, never far from input order', () => {
  it('starts the biggest first when all files fit in the window', () => {
    expect(startOrder([3, 3, 5, 3, 6], 8)).toEqual([4, 2, 0, 1, 3]);
    expect(startOrder([], 8)).toEqual([]);
    expect(startOrder([1, 1, 1], 8)).toEqual([0, 1, 2]); // ties keep input order
  });

  it('starts a file at most window - 1 places ahead of its turn', () => {
    const sizes = Array.from({ length: 40 }, (_, i) => i); // ascending: the worst case for waiting records
    for (const window of [1, 2, 4, 8]) {
      const order = startOrder(sizes, window);
      expect([...order].sort((a, b) => a - b)).toEqual(sizes.map((_, i) => i));
      // the first file is started by the time `window` files have started
      order.forEach((index, k) => expect(k - index).toBeLessThan(window));
      expect(order.indexOf(0)).toBeLessThan(window);
    }
    expect(startOrder(sizes, 1)).toEqual(sizes.map((_, i) => i));
  });

  it('orders the last files exactly biggest first', () => {
    const sizes = [5, 1, 9, 2, 8, 7, 3, 6, 4];
    expect(startOrder(sizes, 20)).toEqual([2, 4, 5, 7, 0, 8, 6, 3, 1]);
    // window 3: positions 0-2 first, then the window slides
    expect(startOrder(sizes, 3)).toEqual([2, 0, 3, 1, 4, 5, 7, 8, 6]);
    const last = startOrder(sizes, 3).slice(-3);
    expect(last.map((i) => sizes[i])).toEqual([6, 4, 3]);
  });

  it('has a window of at least twice --jobs', () => {
    expect(startWindow(1)).toBe(8);
    expect(startWindow(16)).toBe(32);
  });
});

describe('runBatch starts big files first', () => {
  it('with one lane, files finish biggest first while records keep input order', async () => {
    const tmp = tempDir('tthc-order-');
    const seed = readFileSync(join(SEEDS, SEED_FILES[0]!), 'utf8');
    // same plan, padded with notes to different sizes: c biggest, then a, then b
    const pad = (n: number): string => seed + '\n' + 'Ghi chú thêm.\n'.repeat(n);
    writeFileSync(join(tmp, 'a.txt'), pad(200));
    writeFileSync(join(tmp, 'b.txt'), pad(0));
    writeFileSync(join(tmp, 'c.txt'), pad(400));
    const records: FileRecord[] = [];
    const finished: string[] = [];
    await runBatch(
      {
        inputs: ['.'], cwd: tmp, outDir: null, format: 'json', jobs: 1, changedOnly: false, timeoutMs: 60_000, maxMemoryMb: 512,
        parse: {}, keepPlans: false, readStdin: async () => new Uint8Array(),
      },
      { onRecord: (r) => records.push(r), onProgress: (_done, _total, path) => finished.push(path) },
    );
    expect(finished).toEqual(['c.txt', 'a.txt', 'b.txt']);
    expect(records.map((r) => r.path)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(records.every((r) => r.status !== 'failed')).toBe(true);
  });
});
