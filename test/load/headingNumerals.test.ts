import { describe, expect, it } from 'vitest';
import { findGrids } from '../../src/load/pdf/grid.js';
import type { Segment, TextPiece } from '../../src/load/pdf/geometry.js';
import { fillHeadingNumerals } from '../../src/load/ocr/headingNumerals.js';

const h = (y: number, x0: number, x1: number): Segment => ({ x0, x1, y0: y - 0.5, y1: y + 0.5 });
const v = (x: number, y0: number, y1: number): Segment => ({ x0: x - 0.5, x1: x + 0.5, y0, y1 });
const word = (text: string, x: number, y: number): TextPiece => ({ text, x0: x, x1: x + 8, y0: y, y1: y + 8, font: '', size: 8, confidence: 96 });

// header, heading I, row 1, heading (numeral lost), row 1, heading (numeral read as a speck), row 1
// columns 0-30-150-250; heading rows are one cell from column 1 to the last
const ys = [0, 20, 40, 60, 80, 100, 120, 140];
const headings = [1, 3, 5];
const segs = [
  ...ys.map((y) => h(y, 0, 250)),
  v(0, 0, 140), v(30, 0, 140), v(250, 0, 140),
  ...ys.slice(0, -1).filter((_, r) => !headings.includes(r)).map((y) => v(150, y, y + 20)),
];
const numeralsOf = (pieces: TextPiece[]) => pieces.filter((p) => p.x1 < 30).sort((a, b) => a.y0 - b.y0).map((p) => p.text);

describe('numerals of heading rows OCR could not read', () => {
  it('follow the heading row above (I, II, III); body rows are left alone', () => {
    const grids = findGrids(segs);
    expect(grids).toHaveLength(1);
    const pieces = [
      word('STT', 5, 5), word('Nội', 40, 5),
      word('I', 10, 25), word('Lĩnh', 40, 25),
      word('1', 10, 45), word('Cấp', 40, 45),
      word('Lĩnh', 40, 65),
      word('Cấp', 40, 85),
      word('H', 10, 105), word('Lĩnh', 40, 105),
      word('Đăng', 40, 125),
    ];
    pieces[8]!.text = 'H';
    fillHeadingNumerals(grids, pieces);
    expect(numeralsOf(pieces)).toEqual(['STT', 'I', '1', 'II', 'III']);
  });

  it('need a numeral read in the table, in one style', () => {
    const grids = findGrids(segs);
    const pieces = [word('Lĩnh', 40, 25), word('Lĩnh', 40, 65), word('Lĩnh', 40, 105)];
    fillHeadingNumerals(grids, pieces);
    expect(numeralsOf(pieces)).toEqual([]);
  });
});
