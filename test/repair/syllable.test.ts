import { describe, expect, it } from 'vitest';
import { composeSyllable, isValidSyllable, normalizeTonePlacement, parseSyllable } from '../../src/repair/syllable.js';

describe('syllable model', () => {
  it('tells valid syllables from damaged tokens', () => {
    for (const w of ['người', 'quốc', 'giữ', 'gì', 'khuya', 'nghiêng', 'Đẩy', 'hòa', 'thủy', 'ủy', 'oanh', 'chức']) expect(isValidSyllable(w), w).toBe(true);
    for (const w of ['chirc', 'ctra', 'ndi', 'tlch', 'méi', 'kiém', 'UBND', 'hóc2', 'bg', 'mat̀']) expect(isValidSyllable(w), w).toBe(false);
  });
  it('rejects stop-final rhymes with the wrong tone', () => {
    expect(isValidSyllable('hoạt')).toBe(true);
    expect(isValidSyllable('hoàt')).toBe(false);
    expect(isValidSyllable('hoat')).toBe(false);
  });
  it('composes and decomposes', () => {
    expect(parseSyllable('Người')).toEqual({ onset: 'ng', rhyme: 'ươi', tone: 1 });
    expect(composeSyllable({ onset: 'qu', rhyme: 'ôc', tone: 2 })).toBe('quốc');
    expect(composeSyllable({ onset: 'th', rhyme: 'uy', tone: 3 })).toBe('thủy');
  });
  it('writes one tone placement (old style)', () => {
    expect(normalizeTonePlacement('hoà')).toBe('hòa');
    expect(normalizeTonePlacement('thuỷ')).toBe('thủy');
    expect(normalizeTonePlacement('HOÀ')).toBe('HÒA');
    expect(normalizeTonePlacement('hoàn')).toBe('hoàn');
    expect(normalizeTonePlacement('người')).toBe('người');
  });
});
