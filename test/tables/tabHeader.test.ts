import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/load/text.js';
import { segmentTabTables } from '../../src/tables/tabSegmenter.js';
import { interpretTable } from '../../src/tables/interpret.js';

const HEADER = ['STT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tKết quả công việc\tThời gian thực', '\t\t\t\t\thiện'];

describe('tab header wrapped over two tab lines', () => {
  const text = [
    ...HEADER,
    'I.\tCÔNG TÁC CHỈ ĐẠO',
    '1\tBan hành Kế hoạch\tVăn phòng UBND tỉnh\t- Các sở;\tKế hoạch được ban\tTrước ngày',
    '\tkiểm soát\t\t- UBND huyện.\thành\t20/02/2025',
    '\f' + HEADER[0],
    HEADER[1],
    '2\tKiểm tra\tSở Nội vụ\t\tThông báo\tQuý III năm',
    '\tđịnh kỳ\t\t\t\t2025',
  ].join('\n');
  const [table, ...rest] = segmentTabTables(textToLines(text));

  it('joins the continuation line into the header', () => {
    expect(rest).toHaveLength(0);
    expect(table!.header[5]).toBe('Thời gian thực hiện');
    expect(table!.header).toHaveLength(6);
  });

  it('does not take the continuation line for a row, at the top or where the header repeats', () => {
    expect(table!.rows.map((r) => r.cells[0])).toEqual(['I.', '1', '2']);
    expect(table!.rows[1]!.cells[5]).toBe('Trước ngày 20/02/2025');
    expect(table!.rows[2]!.cells).toEqual(['2', 'Kiểm tra định kỳ', 'Sở Nội vụ', '', 'Thông báo', 'Quý III năm 2025']);
    expect(table!.pages).toEqual([1, 2]);
  });

  it('gives tasks with ids from the group, no bogus unnumbered first row', () => {
    const out = interpretTable(table!);
    expect(out.tasks.map((t) => t.id)).toEqual(['I.1', 'I.2']);
    expect(out.tasks[0]!.deadlineText).toBe('Trước ngày 20/02/2025');
  });

  it('joins a two-line indicator header ("Mục tiêu năm" / "2025")', () => {
    const lines = textToLines(['STT\tChỉ tiêu\tĐơn vị\tMục tiêu năm\tCơ quan chủ trì', '\t\ttính\t2025\t', '1\tTỷ lệ hồ sơ\t%\t100\tCác sở'].join('\n'));
    const [t] = segmentTabTables(lines);
    expect(t!.header).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu năm 2025', 'Cơ quan chủ trì']);
    const out = interpretTable(t!);
    expect(out.info.kind).toBe('indicators');
    expect(out.indicators).toHaveLength(1);
    expect(out.indicators[0]!.targetText).toBe('100');
    expect(out.indicators[0]!.unit).toBe('%');
  });
});
