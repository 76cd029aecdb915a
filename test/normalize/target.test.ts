import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/normalize/target.js';

type Row = [text: string, op: string | null, value: number | null];

const ROWS: Row[] = [
  ['Tối thiểu 80', '>=', 80],
  ['Tối thiểu 80%', '>=', 80],
  ['100', '=', 100],
  ['100%', '=', 100],
  ['Tối đa 5', '<=', 5],
  ['Không quá 5 ngày', '<=', 5],
  ['Dưới 2', '<', 2],
  ['Trên 95%', '>', 95],
  ['Ít nhất 70%', '>=', 70],
  ['Đạt 90%', '=', 90],
  ['≥ 80%', '>=', 80],
  ['>= 80', '>=', 80],
  ['≤ 3', '<=', 3],
  ['2,5', '=', 2.5],
  ['Không dưới 50%', '>=', 50],
  ['Tỷ lệ đạt trên 95%', '>', 95],
  ['95% trở lên', '>=', 95],
  ['Tối thiểu là 80%', '>=', 80],
  ['1.000', '=', 1000],
  // unmarked and OCR-damaged
  ['Toi thieu 80', '>=', 80],
  ['Téi thiéu 80', '>=', 80],
  ['Toi da 5', '<=', 5],
  ['Khong qua 5', '<=', 5],
  ['Tren 95%', '>', 95],
  // no number
  ['Theo quy định', null, null],
  ['Hoàn thành', null, null],
];

describe('parseTarget', () => {
  it.each(ROWS)('%s', (text, op, value) => expect(parseTarget(text)).toEqual({ text, op, value }));
});
