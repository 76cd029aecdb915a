import { describe, expect, it } from 'vitest';
import { modelPairScore, splitPoint, splitRunTogether } from '../../src/repair/runTogether.js';

describe('run-together words from OCR', () => {
  it('splits a piece that is two marked syllables, or a number and a marked syllable', () => {
    expect(splitRunTogether('đề xuất giảipháp khắc phục')).toBe('đề xuất giải pháp khắc phục');
    expect(splitRunTogether('Tuyên truyền, phổ biến vềhoạt động')).toBe('Tuyên truyền, phổ biến về hoạt động');
    expect(splitRunTogether('Danh mụcthủ tục')).toBe('Danh mục thủ tục');
    expect(splitRunTogether('định kỳ hằng quý, 6tháng và năm')).toBe('định kỳ hằng quý, 6 tháng và năm');
    expect(splitRunTogether('Giámđốc Sở')).toBe('Giám đốc Sở');
  });
  it('puts the space back after a comma or semicolon glued between words', () => {
    expect(splitRunTogether('cấp huyện, cấp xã;bố trí công chức')).toBe('cấp huyện, cấp xã; bố trí công chức');
    expect(splitRunTogether('tỷ lệ 1,5 lần; 12,3%')).toBe('tỷ lệ 1,5 lần; 12,3%');
  });
  it('leaves syllables, codes, abbreviations and unmarked pieces alone', () => {
    for (const piece of ['nghiêng', 'HĐND', 'KSTTHC', 'UBND', 'T6', 'Pay', 'chirc', 'ctra', 'Poc', '2024', 'QĐ-UBND', 'vatheo', 'Nguyễn']) {
      expect(splitPoint(piece)).toBe(-1);
    }
    const line = 'Số: 89/KH-UBND ngày 05/3/2024 của Ủy ban nhân dân huyện Chợ Mới';
    expect(splitRunTogether(line)).toBe(line);
  });
});

describe('run-together words, with the language model choosing the split', () => {
  it('splits "thựchiện" as thực|hiện, not thự|chiện', async () => {
    const { defaultModel } = await import('../../src/repair/model.js');
    expect(splitRunTogether('tổ chức thựchiện kế hoạch', modelPairScore(defaultModel()))).toBe('tổ chức thực hiện kế hoạch');
  });
});
