import { describe, expect, it } from 'vitest';
import { centredSpans, levelWith, type Placed } from '../../src/load/pdf/centredSpans.js';

interface It extends Placed {
  text: string;
}
const it_ = (col: number, y0: number, y1: number, text: string): It => ({ col, y0, y1, text });

describe('cells spanning rows in a table of vertically centred cells', () => {
  it('tells a block level with the row number (top, middle or bottom) from one that is not', () => {
    const n = { y0: 100, y1: 114 };
    expect(levelWith({ y0: 60, y1: 154 }, n, 4)).toBe(true); // centred
    expect(levelWith({ y0: 100, y1: 180 }, n, 4)).toBe(true); // top-aligned
    expect(levelWith({ y0: 40, y1: 115 }, n, 4)).toBe(true); // bottom-aligned
    expect(levelWith({ y0: 70, y1: 84 }, n, 4)).toBe(false);
  });

  it('gives the rows around a spanning cell its text where their cell is empty, as far as its text is centred', () => {
    // four task rows of different heights; the goal (column 1) is centred on all four, its text
    // lies in rows 2 and 3 only; the mission (column 2) is centred on rows 2–4, its text in row 3;
    // row 1 has its own mission; the activity (column 3) is a cell of each row
    const extents = [[100, 200], [210, 290], [300, 420], [430, 540]] as const;
    const mid = (r: number) => (extents[r]![0] + extents[r]![1]) / 2;
    const num = (r: number) => it_(0, mid(r) - 7, mid(r) + 7, `1.${r + 1}`);
    const own = (r: number) => it_(3, extents[r]![0], extents[r]![1], `activity ${r + 1}`);
    const goal = it_(1, 320 - 40, 320 + 40, 'goal');
    const mission1 = it_(2, 150 - 7, 150 + 7, 'mission 1');
    const mission2 = it_(2, 375 - 30, 375 + 30, 'mission 2');
    const rows: It[][] = [
      [num(0), own(0), mission1],
      [num(1), own(1), goal],
      [num(2), own(2), goal, mission2],
      [num(3), own(3)],
    ];
    const extra = centredSpans({ rows, numbers: rows.map((r) => r[0]!), columns: 4, tol: 4 });
    expect(extra.map((e) => e.map((x) => x.text).sort())).toEqual([['goal'], ['mission 2'], [], ['goal', 'mission 2']]);
  });

  it('leaves an empty cell empty beside a cell level with its own row, and stops at a row with text in the column', () => {
    const rows: It[][] = [
      [it_(0, 43, 57, '1'), it_(1, 20, 80, 'own goal'), it_(2, 0, 100, 'a')],
      [it_(0, 153, 167, '2'), it_(2, 110, 210, 'b')],
      [it_(0, 263, 277, '3'), it_(1, 240, 300, 'goal 3'), it_(2, 220, 320, 'c')],
    ];
    const extra = centredSpans({ rows, numbers: rows.map((r) => r[0]!), columns: 3, tol: 4 });
    expect(extra).toEqual([[], [], []]);
  });

  it('reaches rows whose cell is empty in the last column too (nothing stands right of it)', () => {
    // two indicator rows, the unit in charge (column 3, the last) centred on both, its text held by the second
    const num = (y: number) => it_(0, y - 7, y + 7, '1');
    const rows: It[][] = [
      [num(487), it_(1, 470, 504, 'Tỷ lệ hồ sơ trực tuyến'), it_(2, 480, 494, '62,5')],
      [num(539), it_(1, 512, 566, 'Tỷ lệ thủ tục hành chính'), it_(2, 532, 546, '71'), it_(3, 501, 535, 'Các Cục thuộc Bộ')],
    ];
    const extra = centredSpans({ rows, numbers: rows.map((r) => r[0]!), columns: 4, tol: 4 });
    expect(extra.map((e) => e.map((x) => x.text))).toEqual([['Các Cục thuộc Bộ'], []]);
  });
});
