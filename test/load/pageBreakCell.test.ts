import { describe, expect, it } from 'vitest';
import { assembleTables } from '../../src/load/pdf/assemble.js';
import type { FragmentRow, TableFragment } from '../../src/load/pdf/fragments.js';

const xs = [50, 80, 200, 320, 440];
const row = (cells: string[], extra: Partial<FragmentRow> = {}): FragmentRow => ({ cells, y: 0, anchor: null, ...extra });
const fragment = (page: number, rows: FragmentRow[]): TableFragment => ({ page, box: { x0: 50, x1: 440, y0: 100, y1: 700 }, xs, rows, headerDepth: 1, layout: 'pdf-align' });
const ctx = { lineOf: () => 1, titleOf: () => null, adjacent: () => true };
const header = row(['TT', 'Nhiệm vụ', 'Hoạt động', 'Thời hạn']);

describe('a borderless cell spanning rows cut by the page break', () => {
  it('joins the rest of the cell, printed beside the next page’s first row, to the cell above and gives it to both rows', () => {
    const p1 = fragment(1, [header, row(['1.3', 'Tuyên truyền về', 'Phổ biến trên loa', 'Hằng tháng'], { openBelow: [false, true, true, false] })]);
    const p2 = fragment(2, [
      header,
      // the end of the activity of 1.3 (a row continued overleaf)
      row(['', '', 'các thủ tục', '']),
      row(['1.4', 'cải cách', 'Tổ chức hội nghị', 'Tháng 9'], { tailAbove: [false, true, false, false] }),
    ]);
    const [table] = assembleTables([p1, p2], ctx);
    expect(table!.rows.map((r) => r.cells)).toEqual([
      ['1.3', 'Tuyên truyền về cải cách', 'Phổ biến trên loa các thủ tục', 'Hằng tháng'],
      ['1.4', 'Tuyên truyền về cải cách', 'Tổ chức hội nghị', 'Tháng 9'],
    ]);
  });

  it('leaves the first row’s cell alone when the cell above ended on its page', () => {
    const p1 = fragment(1, [header, row(['1.3', 'Tuyên truyền', 'Phổ biến', 'Hằng tháng'], { openBelow: [false, false, true, false] })]);
    const p2 = fragment(2, [header, row(['1.4', 'Hội nghị', 'Tổ chức', 'Tháng 9'], { tailAbove: [false, true, false, false] })]);
    const [table] = assembleTables([p1, p2], ctx);
    expect(table!.rows.map((r) => r.cells)).toEqual([
      ['1.3', 'Tuyên truyền', 'Phổ biến', 'Hằng tháng'],
      ['1.4', 'Hội nghị', 'Tổ chức', 'Tháng 9'],
    ]);
  });
});
