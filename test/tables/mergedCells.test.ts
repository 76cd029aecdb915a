import { describe, expect, it } from 'vitest';
import type { RawTable } from '../../src/core/lines.js';
import { interpretTable } from '../../src/tables/interpret.js';
import { tables } from './textTables.js';

function table(layout: string, header: string[], rows: string[][]): RawTable {
  return {
    header,
    rows: rows.map((cells, i) => ({ cells, place: { page: 1, line: i + 2 } })),
    pages: [1],
    title: 'T',
    place: { page: 1, line: 1 },
    layout,
  };
}

const HEADER = ['Stt', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian', 'Kết quả'];
const ROWS = [
  ['I', 'Công bố thủ tục', '', '', '', ''],
  ['1', 'Công bố danh mục', 'Phòng Hành chính', 'Phòng Tư pháp', 'Quý I/2026', 'Quyết định'],
  ['2', 'Cập nhật cơ sở dữ liệu', '', '', '', ''],
  ['3', 'Công khai tại Bộ phận Một cửa', '', 'Văn phòng', 'Thường xuyên', ''],
  ['II', 'Rà soát thủ tục', '', '', '', ''],
  ['1', 'Rà soát quy định', '', '', 'Quý II/2026', ''],
];

describe('cells merged over rows in a table printed as text', () => {
  it('gives an empty lead or deadline the value of the row above, in the same group only', () => {
    const out = interpretTable(table('aligned', HEADER, ROWS.map((r) => [...r])));
    expect(out.tasks.map((t) => [t.id, t.lead, t.deadlineText])).toEqual([
      ['I.1', 'Phòng Hành chính', 'Quý I/2026'],
      ['I.2', 'Phòng Hành chính', 'Quý I/2026'],
      ['I.3', 'Phòng Hành chính', 'Thường xuyên'],
      // a new group: nothing above to merge with
      ['II.1', null, 'Quý II/2026'],
    ]);
    // coordinating bodies and outputs are often empty: never filled
    expect(out.tasks.map((t) => [t.coordinating, t.output])).toEqual([
      ['Phòng Tư pháp', 'Quyết định'], [null, null], ['Văn phòng', null], [null, null],
    ]);
    const merged = out.diagnostics.filter((d) => d.ruleId === 'table/merged-cell-assumed');
    expect(merged.map((d) => [d.severity, d.place?.line])).toEqual([['info', 4], ['info', 5], ['info', 4]]);
    expect(merged[0]!.message).toContain('Đơn vị chủ trì');
  });

  it('leaves tables from PDF grids alone (their loader spreads merged cells)', () => {
    const out = interpretTable(table('pdf-grid', HEADER, ROWS.map((r) => [...r])));
    expect(out.tasks.map((t) => t.lead)).toEqual(['Phòng Hành chính', null, null, null]);
    expect(out.diagnostics.filter((d) => d.ruleId === 'table/merged-cell-assumed')).toEqual([]);
  });

  it('does not carry a heading row\'s cells into its sub-rows, nor across a repeated header', () => {
    const out = interpretTable(table('tab', HEADER, [
      ['1', 'Kiểm soát quy định', 'Văn phòng', '', 'Năm 2026', ''],
      ['1.1', 'Đánh giá tác động', '', '', '', ''],
      ['1.2', 'Lấy ý kiến', 'Phòng Tư pháp', '', 'Quý I', ''],
      [...HEADER],
      ['1.3', 'Thẩm định', '', '', '', ''],
    ]));
    expect(out.tasks.map((t) => [t.id, t.heading, t.lead, t.deadlineText])).toEqual([
      ['1', true, 'Văn phòng', 'Năm 2026'],
      ['1.1', false, null, null],
      ['1.2', false, 'Phòng Tư pháp', 'Quý I'],
      ['1.3', false, null, null],
    ]);
  });

  it('fills the lead of indicator rows, in a space-aligned text table', () => {
    const text = [
      'TT    Chỉ tiêu                              Đơn vị tính    Mục tiêu năm 2026    Đơn vị chủ trì',
      '',
      '1     Tỷ lệ hồ sơ giải quyết đúng hạn       %              ≥ 98                 Phòng Hành chính',
      '',
      '2     Tỷ lệ hồ sơ trực tuyến                %              ≥ 80',
      '',
      '3     Tỷ lệ phản ánh được xử lý             %              100                  Văn phòng',
    ].join('\n');
    const out = tables(text);
    expect(out.indicators.map((i) => [i.stt, i.lead])).toEqual([
      ['1', 'Phòng Hành chính'], ['2', 'Phòng Hành chính'], ['3', 'Văn phòng'],
    ]);
    expect(out.diagnostics.filter((d) => d.ruleId === 'table/merged-cell-assumed')).toHaveLength(1);
  });
});
