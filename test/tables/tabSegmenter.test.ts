import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/load/text.js';
import { segmentTabTables } from '../../src/tables/tabSegmenter.js';
import { cellText, stripHtml } from '../../src/tables/cellText.js';

const HEADER = 'Stt\tNội dung công việc\tKết quả công việc\tBộ phận thực hiện\tThời gian thực hiện';

describe('tab segmenter', () => {
  it('merges a row continued across a page break cell by cell and drops the repeated header', () => {
    const text = [
      'Hoạt động kiểm soát TTHC năm 2024',
      HEADER,
      'I\tBan hành văn bản\t\t\t',
      '7\tTiếp nhận, phân loại và chuyển phản\t- Văn bản chuyển phản ánh, kiến\t- Văn phòng – Thống kê;\tThường',
      '',
      HEADER,
      '\tánh, kiến nghị.\tnghị.\t- Các ngành liên quan phối hợp.\txuyên',
      '8\tĐôn đốc\tBáo cáo\tVăn phòng\tQuý I',
      '',
      'Phụ lục',
    ].join('\n');
    const [table, ...rest] = segmentTabTables(textToLines(text));
    expect(rest).toHaveLength(0);
    expect(table!.title).toBe('Hoạt động kiểm soát TTHC năm 2024');
    expect(table!.rows.map((r) => r.cells[0])).toEqual(['I', '7', '8']);
    expect(table!.rows[1]!.cells).toEqual([
      '7',
      'Tiếp nhận, phân loại và chuyển phản ánh, kiến nghị.',
      '- Văn bản chuyển phản ánh, kiến nghị.',
      '- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.',
      'Thường xuyên',
    ]);
    expect(table!.rows[1]!.place).toEqual({ page: 1, line: 4 });
    expect(table!.lineRange).toEqual([1, 7]);
  });

  it('continues a table over a blank line without a repeated header', () => {
    const text = ['Stt\tNội dung chỉ tiêu\tĐơn vị\tChỉ tiêu năm 2024\tCơ quan thực hiện', '1\tA\t%\t100\tX', '', '2\tB\t%\t90\tY', 'Tiếp theo'].join('\n');
    const tables = segmentTabTables(textToLines(text));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toHaveLength(2);
  });

  it('ignores tab lines that are not under a header', () => {
    expect(segmentTabTables(textToLines('a\tb\nc\td'))).toEqual([]);
  });
});

describe('cell text', () => {
  it('strips leftover HTML and keeps bullets as text', () => {
    expect(stripHtml('<ul style="list-style-type: none"> - Văn bản. - Báo cáo. </ul>')).toContain('- Văn bản. - Báo cáo.');
    expect(cellText('<p>thực hiện.</p> <p>- Báo cáo tổng hợp</p>')).toBe('thực hiện. - Báo cáo tổng hợp');
    expect(cellText('A &amp; B<br/>C')).toBe('A & B C');
  });
  it('gives null for empty cells and collapses whitespace', () => {
    expect(cellText('   ')).toBeNull();
    expect(cellText('<p></p>')).toBeNull();
    expect(cellText(' a \n  b ')).toBe('a b');
  });
});
