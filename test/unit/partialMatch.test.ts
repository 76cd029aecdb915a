import { describe, expect, it } from 'vitest';
import { editSimilarity, partialMismatches } from '../partialMatch.js';

describe('partialMismatches', () => {
  it('compares only the keys present in the expectation', () => {
    expect(partialMismatches({ a: 1, b: 2 }, { a: 1 })).toEqual([]);
    expect(partialMismatches({ a: 1, b: 2 }, { a: 2 })).toHaveLength(1);
  });
  it('requires arrays of equal length', () => {
    expect(partialMismatches([{ a: 1 }, { a: 2 }], [{ a: 1 }])).toHaveLength(1);
  });
  it('supports $similar and $length', () => {
    expect(partialMismatches('Tổ chức hoạt động', { $similar: 'Tổ chức hoạt động', min: 1 })).toEqual([]);
    expect(partialMismatches('T6 chirc', { $similar: 'Tổ chức', min: 0.9 })).toHaveLength(1);
    expect(partialMismatches([1, 2, 3], { $length: 3 })).toEqual([]);
    expect(editSimilarity('abc', 'abd')).toBeCloseTo(2 / 3);
  });
  it('treats null and missing differently', () => {
    expect(partialMismatches({ a: null }, { a: null })).toEqual([]);
    expect(partialMismatches({}, { a: null })).toHaveLength(1);
  });
});
