import { describe, expect, it } from 'vitest';
import { cutAtStarts, recurringStarts } from '../../src/load/pdf/columnStarts.js';
import type { TextPiece } from '../../src/load/pdf/geometry.js';

/** one text item of a cell line (word spaces stay inside an item) */
const item = (x0: number, x1: number, text: string, y = 0): TextPiece => ({ text, x0, x1, y0: y, y1: y + 14, font: 'f', size: 13 });

describe('column starts of a borderless table with gutters narrower than a word space', () => {
  it('finds the x where parts start on three or more lines', () => {
    const lines = [
      [[item(72, 89, '1.1')], [item(95, 155, 'Hồ sơ được')]],
      [[item(95.3, 168, 'tiếp nhận')], [item(237, 306, 'Theo dõi')]],
      [[item(94.8, 150, 'quyết đúng')], [item(237.2, 308, 'trên Hệ')]],
      [[item(237, 300, 'thông tin')]],
      [[item(160, 200, 'lone')]],
    ];
    const starts = recurringStarts(lines);
    expect(starts).toHaveLength(2);
    expect(starts[0]).toBeCloseTo(95, 0);
    expect(starts[1]).toBeCloseTo(237, 0);
  });

  it('cuts a part glued over a narrow gutter where the next item starts at a column start', () => {
    // "hành chính" ends 3.8 pt before the next column's text: one part by the word-gap rule
    const glued = [[item(175.8, 233.2, 'hành chính'), item(237, 309.2, 'nghị đối thoại')], [item(431.3, 464.5, 'Phòng')]];
    expect(cutAtStarts(glued, [175.8, 237, 431.3]).map((p) => p.map((q) => q.text))).toEqual([['hành chính'], ['nghị đối thoại'], ['Phòng']]);
    // items of one cell line (no column starts at the second) stay together
    const words = [[item(95, 130, 'Hồ sơ'), item(133, 160, 'được')]];
    expect(cutAtStarts(words, [95, 237])).toEqual(words);
    // touching items (no white gap) are not cut even at a column start
    const touching = [[item(200, 237, 'abc'), item(237, 260, 'def')]];
    expect(cutAtStarts(touching, [237])).toEqual(touching);
  });

  it('cuts centred header cells glued over a narrow gutter where a column start falls in the gap between them', () => {
    // "Thời hạn thực" and "Phòng/đơn" 7.8 pt apart (13 pt text), the body cells of the column starting at 343.2
    const header = [[item(260.7, 339.9, 'Thời hạn thực'), item(347.7, 408.3, 'Phòng/đơn')], [item(420.2, 480.8, 'Phòng/đơn')]];
    expect(cutAtStarts(header, [260.3, 343.2, 415.7]).map((p) => p.map((q) => q.text))).toEqual([['Thời hạn thực'], ['Phòng/đơn'], ['Phòng/đơn']]);
    // a word gap a column start falls in is no gutter (a group heading in word items over the columns)
    const words = [[item(95, 330, 'Công bố, công khai'), item(333, 380, 'thủ tục')]];
    expect(cutAtStarts(words, [95, 331])).toEqual(words);
  });
});
