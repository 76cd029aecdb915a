import { describe, expect, it } from 'vitest';
import type { RawTable } from '../../src/core/lines.js';
import { interpretTable, isHeadingRow, tableKind } from '../../src/tables/interpret.js';

function table(header: string[], rows: string[][]): RawTable {
  return {
    header,
    rows: rows.map((cells, i) => ({ cells, place: { page: 1, line: i + 2 } })),
    pages: [1],
    title: 'T',
    place: { page: 1, line: 1 },
    layout: 'test',
  };
}

describe('interpreter', () => {
  it('sets groups, heading rows over sub-rows, ids from group and stt', () => {
    const out = interpretTable(table(['Stt', 'Nội dung', 'Cơ quan chủ trì', 'Thời hạn', 'Ghi chú', 'Số văn bản'], [
      ['I', 'Công bố, công khai TTHC', '', '', '', ''],
      ['1', 'Thực hiện cơ chế một cửa', '', '', '', ''],
      ['1.1', 'Phối hợp xây dựng', 'Văn phòng', 'Quý I', 'x', '12/KH'],
      ['1.2', 'Cập nhật', 'Văn phòng', 'Thường xuyên', '', ''],
      ['II', 'Rà soát', '', '', '', ''],
      ['1', 'Rà soát', 'Sở Tư pháp', '', '', ''],
      ['1', 'Rà soát lại', 'Sở Tư pháp', '', '', ''],
    ]));
    expect(out.info.kind).toBe('tasks');
    expect(out.tasks.map((t) => [t.id, t.heading])).toEqual([
      ['I.1', true], ['I.1.1', false], ['I.1.2', false], ['II.1', false], ['II.1-2', false],
    ]);
    expect(out.tasks[1]).toMatchObject({
      stt: '1.1', group: { number: 'I', title: 'Công bố, công khai TTHC' },
      content: 'Phối hợp xây dựng', lead: 'Văn phòng', deadlineText: 'Quý I', note: 'x', extra: { 'Số văn bản': '12/KH' },
      coordinating: null, output: null,
    });
    expect(out.diagnostics.map((d) => d.ruleId)).toEqual(['table/duplicate-id']);
    expect(out.info.columns.map((c) => c.role)).toEqual(['stt', 'content', 'lead', 'deadline', 'note', 'other']);
  });

  it('reads groups lettered A, B … like roman-numeral ones, and the headers offices use for them', () => {
    const out = interpretTable(table(['TT', 'Nội dung nhiệm vụ', 'Phòng, đơn vị chủ trì', 'Phòng, đơn vị phối hợp', 'Tiến độ thực hiện'], [
      ['A.', 'CÔNG TÁC CHỈ ĐẠO', '', '', ''],
      ['1', 'Ban hành kế hoạch', 'Văn phòng', 'Các phòng', 'Tháng 02/2026'],
      ['B', 'RÀ SOÁT THỦ TỤC', '', '', ''],
      ['1', 'Rà soát thủ tục đầu tư', 'Phòng Đầu tư', 'Văn phòng', 'Quý II/2026'],
    ]));
    expect(out.info.columns.map((c) => c.role)).toEqual(['stt', 'content', 'lead', 'coordinating', 'deadline']);
    expect(out.tasks.map((t) => [t.id, t.group?.number, t.group?.title, t.lead, t.deadlineText])).toEqual([
      ['A.1', 'A', 'CÔNG TÁC CHỈ ĐẠO', 'Văn phòng', 'Tháng 02/2026'],
      ['B.1', 'B', 'RÀ SOÁT THỦ TỤC', 'Phòng Đầu tư', 'Quý II/2026'],
    ]);
  });

  it('carries objective and mission down in hierarchical tables', () => {
    const out = interpretTable(table(['Stt', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Chủ trì', 'Thời gian'], [
      ['1', 'Mục tiêu A', 'Nhiệm vụ 1', 'Hoạt động a', 'X', '2025'],
      ['', '', '', 'Hoạt động b', 'Y', '2025'],
      ['', '', 'Nhiệm vụ 2', 'Hoạt động c', 'Z', '2025'],
    ]));
    expect(out.tasks.map((t) => [t.objective, t.mission, t.content])).toEqual([
      ['Mục tiêu A', 'Nhiệm vụ 1', 'Hoạt động a'],
      ['Mục tiêu A', 'Nhiệm vụ 1', 'Hoạt động b'],
      ['Mục tiêu A', 'Nhiệm vụ 2', 'Hoạt động c'],
    ]);
  });

  it('reads indicator tables', () => {
    const out = interpretTable(table(['Stt', 'Nội dung chỉ tiêu', 'Đơn vị', 'Chỉ tiêu năm 2024', 'Cơ quan thực hiện'], [
      ['12', 'Tỷ lệ xử lý văn bản', '', '', ''],
      ['12.1', 'Các sở', '%', '100', 'Các sở, ban ngành'],
    ]));
    expect(out.info.kind).toBe('indicators');
    expect(out.indicators[1]).toMatchObject({ id: '12.1', name: 'Các sở', unit: '%', targetText: '100', lead: 'Các sở, ban ngành' });
    expect(out.indicators[0]).toMatchObject({ id: '12', unit: null, targetText: null });
  });

  it('skips a repeated header row and the row numbering the columns', () => {
    const out = interpretTable(table(['TT', 'Nội dung', 'Chủ trì', 'Thời hạn'], [
      ['(1)', '(2)', '(3)', '(4)'],
      ['1', 'Rà soát', 'Văn phòng', 'Quý I'],
      ['TT', 'Nội dung', 'Chủ trì', 'Thời hạn'],
      ['2', 'Công bố', 'Văn phòng', 'Quý II'],
    ]));
    expect(out.tasks.map((t) => t.id)).toEqual(['1', '2']);
  });

  it('knows table kinds and heading rows', () => {
    expect(tableKind(['stt', 'content', 'unit', 'target'])).toBe('indicators');
    expect(tableKind(['stt', 'content', 'lead'])).toBe('tasks');
    expect(tableKind(['stt', 'other'])).toBe('other');
    expect(isHeadingRow('1', '1.1')).toBe(true);
    expect(isHeadingRow('1', '2')).toBe(false);
  });
});
