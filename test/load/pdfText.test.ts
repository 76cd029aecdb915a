import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/pipeline/parsePlan.js';
import { ROOT } from '../helpers.js';

interface Expected {
  tables: { header: string[]; rows: string[][] }[];
}

const fixture = (name: string) => ({
  bytes: readFileSync(join(ROOT, 'fixtures', name, 'plan.pdf')),
  expected: JSON.parse(readFileSync(join(ROOT, 'fixtures', name, 'expected-cells.json'), 'utf8')) as Expected,
});

describe('text-layer PDFs: tables rebuilt from geometry match the source plan', () => {
  const cases: [string, string][] = [
    ['pdf-chromium-grid', 'pdf-grid'], // borders drawn as thin filled rectangles
    ['pdf-libreoffice', 'pdf-grid'], // stroked rules
    ['pdf-borderless', 'pdf-align'], // no rules: column alignment
  ];
  for (const [name, layout] of cases) {
    it(name, async () => {
      const { bytes, expected } = fixture(name);
      const { file } = await parsePlan({ bytes, path: name });
      expect(file.mediaType).toBe('application/pdf');
      expect(file.textSource).toBe('pdf-text');
      expect(file.rawTables).toHaveLength(1);
      const table = file.rawTables[0]!;
      expect(table.layout).toBe(layout);
      expect(table.header).toEqual(expected.tables[0]!.header);
      // repeated header dropped, the row split over two pages merged, the row span repeated
      expect(table.rows.map((r) => r.cells)).toEqual(expected.tables[0]!.rows);
      expect(table.pages.length).toBeGreaterThanOrEqual(2);
      expect(table.title).toMatch(/DANH MỤC NHIỆM VỤ/);
      for (const row of table.rows) {
        expect(row.place.page).toBeGreaterThanOrEqual(1);
        expect(row.place.line).toBeGreaterThan(0);
      }
    });
  }

  it('pdf-lo-own-b-commune-decision: LibreOffice drops the borders; centred cells, narrow gutters, a row over the page break', async () => {
    const { bytes, expected } = fixture('pdf-lo-own-b-commune-decision');
    const { file } = await parsePlan({ bytes, path: 'lo.pdf' });
    expect(file.rawTables.map((t) => t.layout)).toEqual(['pdf-align', 'pdf-align']);
    expect(file.rawTables.map((t) => ({ header: t.header, rows: t.rows.map((r) => r.cells) }))).toEqual(expected.tables);
    expect(file.rawTables[0]!.pages).toEqual([2, 3]);
    // the heading of the next appendix, right under the first table, stays a line
    expect(file.lines.map((l) => l.raw)).toContain('PHỤ LỤC II');
  });

  it('LibreOffice renders of the other plans: a row over the page break, a date broken in a narrow column, a last page holding one row under the repeated header, gutters narrower than a word space, cells spanning rows centred on them or cut by the page break, groups lettered A, B or a group heading wrapped beside its numeral, header cells wrapped over two lines, a row number centred between the lines of the only wide column', async () => {
    for (const name of ['pdf-lo-own-a-department', 'pdf-lo-own-c-hierarchical', 'pdf-lo-own-d-provincial', 'pdf-lo-own-e-ward-hierarchical', 'pdf-lo-own-f-department-agri', 'pdf-lo-own-g-economic-zone', 'pdf-lo-own-i-ministry']) {
      const { bytes, expected } = fixture(name);
      const { file } = await parsePlan({ bytes, path: `${name}.pdf` });
      expect(file.rawTables.every((t) => t.layout === 'pdf-align')).toBe(true);
      expect(file.rawTables.map((t) => ({ header: t.header, rows: t.rows.map((r) => r.cells) }))).toEqual(expected.tables);
    }
    const { bytes } = fixture('pdf-lo-own-c-hierarchical');
    const { file } = await parsePlan({ bytes });
    // page 4 holds the repeated header, the end of a cell from page 3 and one task row: the table goes on there
    expect(file.rawTables[0]!.pages).toEqual([2, 3, 4]);
    expect(file.lines.filter((l) => l.page === 4)).toEqual([]);
    // plan G: the task table runs over four pages under a header LibreOffice repeats on each
    const g = await parsePlan({ bytes: fixture('pdf-lo-own-g-economic-zone').bytes });
    expect(g.file.rawTables.map((t) => t.pages)).toEqual([[2, 3, 4, 5], [5]]);
  });

  it('pdf-lo-own-j-social-insurance: header cells of two columns glued over a narrow gutter, a page holding the repeated header and the end of a row, then a heading and a table with another header', async () => {
    const { bytes, expected } = fixture('pdf-lo-own-j-social-insurance');
    const { file } = await parsePlan({ bytes, path: 'j.pdf' });
    expect(file.rawTables.map((t) => t.layout)).toEqual(['pdf-align', 'pdf-align']);
    const [tasks, indicators] = file.rawTables;
    // the deadline and lead columns apart in the header and in every row
    expect(tasks!.header).toEqual(['TT', 'Nội dung thực hiện', 'Thời hạn thực hiện', 'Phòng/đơn vị chủ trì', 'Phòng/đơn vị phối hợp', 'Sản phẩm đầu ra']);
    const row1 = tasks!.rows.find((r) => r.cells[0] === '1')!;
    expect(row1.cells[2]).toBe('Sau khi Bảo hiểm xã hội Việt Nam ban hành Quyết định công bố');
    expect(row1.cells[3]).toBe('Văn phòng');
    expect(tasks!.rows.map((r) => r.cells[0])).toContain('2');
    // the last task row ends on page 5, under the repeated header
    expect(tasks!.pages).toEqual([2, 3, 4, 5]);
    expect(tasks!.rows.at(-1)!.cells.slice(4)).toEqual(['- Các phòng nghiệp vụ; - Bảo hiểm xã hội cơ sở.', '- Báo cáo tổng kết; - Kế hoạch năm 2027.']);
    // the indicator table is a table of its own under its own header and title
    expect(indicators!.pages).toEqual([5]);
    expect(indicators!.title).toBe('B. CHỈ TIÊU THỰC HIỆN');
    expect(indicators!.header).toEqual(['TT', 'Nội dung', 'ĐVT', 'Mức chỉ tiêu năm 2026', 'Đơn vị chịu trách nhiệm']);
    expect(file.lines.map((l) => l.raw)).toContain('B. CHỈ TIÊU THỰC HIỆN');
    expect(file.rawTables.map((t) => ({ header: t.header, rows: t.rows.map((r) => r.cells) }))).toEqual(expected.tables);
  });

  it('pdf-lo-own-i-ministry: a page holding the repeated header (its first two cells 7.3 pt apart) and the end of a row, then an appendix set apart', async () => {
    const { bytes } = fixture('pdf-lo-own-i-ministry');
    const { file } = await parsePlan({ bytes, path: 'i.pdf' });
    const procedures = file.rawTables[1]!;
    expect(procedures.pages).toEqual([5, 6]);
    expect(procedures.rows.at(-1)!.cells).toEqual(['1', 'Đăng ký tàu biển Việt Nam', '1.004520', 'Cục Hàng hải và Đường thủy Việt Nam', '- Vụ Pháp chế; - Văn phòng Bộ.', 'Quý III năm 2026']);
    expect(file.lines.map((l) => l.raw)).toContain('PHỤ LỤC III');
  });

  it('reads the two-column header block column by column and keeps body lines outside the table', async () => {
    const { bytes } = fixture('pdf-chromium-grid');
    const { file } = await parsePlan({ bytes });
    // the loader's lines as read from the text layer (the repair stage may respell tone marks in `text`)
    const texts = file.lines.map((l) => l.raw);
    const left = texts.indexOf('Số: 112/KH-UBND');
    const right = texts.indexOf('Phú Tân, ngày 12 tháng 01 năm 2024');
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeGreaterThan(left);
    expect(texts.indexOf('UỶ BAN NHÂN DÂN')).toBeLessThan(left);
    expect(texts).toContain('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts).toContain('II. NỘI DUNG THỰC HIỆN');
    // no table cell leaks into the lines
    expect(texts.some((t) => t.includes('Kiện toàn đội ngũ'))).toBe(false);
    expect(file.lines.every((l) => l.page >= 1 && l.line >= 1)).toBe(true);
  });
});

describe('broken PDFs give a clean load error', () => {
  const whole = readFileSync(join(ROOT, 'fixtures', 'pdf-chromium-grid', 'plan.pdf'));
  const cases: [string, Uint8Array][] = [
    ['truncated', whole.subarray(0, 3000)],
    ['truncated halfway', whole.subarray(0, Math.floor(whole.length / 2))],
    ['header only', new TextEncoder().encode('%PDF-1.7\n%garbage\n')],
  ];
  for (const [name, bytes] of cases) {
    it(name, async () => {
      const r = await parsePlan({ bytes, path: `${name}.pdf` });
      expect(r.fatal).toBe(true);
      const fatal = r.diagnostics.find((d) => d.fatal)!;
      expect(fatal.ruleId).toMatch(/^load\//);
      expect(fatal.message).not.toMatch(/\n\s+at /);
    });
  }
});
