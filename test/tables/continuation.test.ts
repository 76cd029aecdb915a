import { describe, expect, it } from 'vitest';
import type { RawTable } from '../../src/core/lines.js';
import { interpretTables } from '../../src/tables/index.js';
import { interpretTable } from '../../src/tables/interpret.js';

const HEADER = ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời hạn'];

function table(header: string[], rows: [page: number, cells: string[]][], page = rows[0]?.[0] ?? 1): RawTable {
  return {
    header,
    rows: rows.map(([p, cells], i) => ({ cells, place: { page: p, line: i + 2 } })),
    pages: [...new Set(rows.map(([p]) => p))],
    title: null,
    place: { page, line: 1 },
    layout: 'pdf-align',
  };
}

describe('tables continued over a page break the loader did not join', () => {
  it('reads a table with no header, right after one with as many columns, under that header', () => {
    const first = table(HEADER, [[1, ['I', 'NHÓM MỘT', '', '']], [1, ['1', 'Rà soát thủ tục', 'Văn phòng', 'Quý I']]]);
    const rest = table(['', '', '', ''], [[2, ['II', 'NHÓM HAI', '', '']], [2, ['2', 'Công khai thủ tục', 'Sở Tư pháp', 'Quý II']]]);
    const out = interpretTables([first, rest]);
    expect(out.tasks.map((t) => [t.id, t.content, t.lead])).toEqual([
      ['I.1', 'Rà soát thủ tục', 'Văn phòng'],
      ['II.2', 'Công khai thủ tục', 'Sở Tư pháp'],
    ]);
  });

  it('leaves a headerless table alone when the columns differ', () => {
    const first = table(HEADER, [[1, ['1', 'Rà soát thủ tục', 'Văn phòng', 'Quý I']]]);
    const other = table(['', ''], [[2, ['a', 'b']]]);
    expect(interpretTables([first, other]).tasks).toHaveLength(1);
  });

  it('joins a row cut by the page break: no number, at the top of the next page, opening in lower case', () => {
    const out = interpretTable(table(HEADER, [
      [1, ['1', 'Số hóa hồ sơ, kết quả giải', 'Trung tâm', '6 tháng đầu']],
      [2, ['', 'quyết thủ tục hành chính', 'Dữ liệu', 'năm 2026']],
      [2, ['2', 'Công khai thủ tục', 'Văn phòng', 'Quý II']],
    ]));
    expect(out.tasks.map((t) => [t.id, t.content, t.lead, t.deadlineText])).toEqual([
      ['1', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 'Trung tâm Dữ liệu', '6 tháng đầu năm 2026'],
      ['2', 'Công khai thủ tục', 'Văn phòng', 'Quý II'],
    ]);
  });

  it('keeps an unnumbered row on the same page, or one opening in capitals, as a row of its own', () => {
    const out = interpretTable(table(HEADER, [
      [1, ['1', 'Rà soát thủ tục', 'Văn phòng', 'Quý I']],
      [1, ['', 'hướng dẫn thêm', 'Văn phòng', 'Quý I']],
      [2, ['', 'Tập huấn cán bộ', 'Sở Nội vụ', 'Quý III']],
    ]));
    expect(out.tasks).toHaveLength(3);
  });
});
