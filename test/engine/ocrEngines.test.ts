import { describe, expect, it } from 'vitest';
import { ocrEnginesFor } from '../../src/engine/runBatch.js';

describe('OCR engines per file in a batch (--jobs is the whole parallelism)', () => {
  it('gives one engine to each file while others run or wait', () => {
    expect(ocrEnginesFor(2, 0, 5)).toBe(1);
    expect(ocrEnginesFor(2, 1, 3)).toBe(1);
    expect(ocrEnginesFor(4, 3, 0)).toBe(1);
  });

  it('gives the last file the engines the other files leave free', () => {
    expect(ocrEnginesFor(2, 0, 0)).toBe(2); // one input alone
    expect(ocrEnginesFor(4, 1, 0)).toBe(3);
    expect(ocrEnginesFor(4, 0, 1)).toBe(3);
  });

  it('never asks for more engines than --jobs, nor fewer than one', () => {
    for (let jobs = 1; jobs <= 6; jobs++) {
      for (let others = 0; others < jobs; others++) {
        for (let after = 0; after < 8; after++) {
          const n = ocrEnginesFor(jobs, others, after);
          expect(n).toBeGreaterThanOrEqual(1);
          expect(n + others + Math.min(after, jobs - others - 1)).toBeLessThanOrEqual(Math.max(jobs, others + 1));
        }
      }
    }
  });
});
