import { describe, expect, it } from 'vitest';
import { columnarFields, textUnits, wrapWidth } from '../../src/repair/textUnits.js';
import { defaultRestorer, restoreText } from '../../src/repair/restore.js';

const texts = (lines: string[], continued?: boolean[]) => textUnits(lines, continued).map((u) => u.text);

const wrapped = [
  'Can cu Quyet dinh so 15/QD-UBND ngay 10/01/2026 cua Uy ban nhan dan tinh Quang',
  'Ngai;',
  'Uy ban nhan dan phuong ban hanh Ke hoach kiem soat thu tuc hanh chinh nam 2026 de',
  'to chuc thuc hien nghiem tuc, dam bao dung tien do va hieu qua, gan voi trach nhiem',
  'cua nguoi dung dau co quan, don vi trong cong tac kiem soat thu tuc hanh chinh.',
  '1. Ra soat, danh gia thu tuc hanh chinh.',
];

describe('textUnits: what the restorer reads as one text', () => {
  it('cuts tab-separated and space-aligned lines into fields; a line with one part is not columnar', () => {
    expect(columnarFields('1\tRa soat\t\tQuy I')!.fields.map((f) => f.index)).toEqual([0, 1, 3]);
    expect(columnarFields('Ra soat TTHC   Van phong   Quy I')!.fields).toHaveLength(3);
    expect(columnarFields('Ra soat thu tuc hanh chinh')).toBeNull();
  });

  it('joins a cell wrapped over tab-separated lines, column by column, until a new row opens', () => {
    const lines = ['1.1\tTrien khai mo hinh\tTrung tam Phuc vu hanh chinh\tQuy I', '\tmot cua\tcong phuong\t', '1.2\tTo chuc tap huan\tUBND phuong\tQuy II'];
    expect(texts(lines)).toEqual([
      '1.1',
      'Trien khai mo hinh mot cua',
      'Trung tam Phuc vu hanh chinh cong phuong',
      'Quy I',
      '1.2',
      'To chuc tap huan',
      'UBND phuong',
      'Quy II',
    ]);
  });

  it('joins a space-aligned column by overlap, one field to one field above', () => {
    const lines = ['1   Trien khai mo hinh    Trung tam Phuc vu', '    mot cua               hanh chinh cong'];
    expect(texts(lines)).toEqual(['1', 'Trien khai mo hinh mot cua', 'Trung tam Phuc vu hanh chinh cong']);
  });

  it('leaves prose and a lone columnar line as lines of their own', () => {
    expect(texts(['Ra soat thu tuc', 'hanh chinh  nam 2026', 'ket qua'])).toEqual(['Ra soat thu tuc', 'hanh chinh  nam 2026', 'ket qua']);
  });

  it('joins the lines a caller says go on from the line before (the lines of one cell)', () => {
    expect(texts(['Trung tam Phuc vu', 'hanh chinh cong', 'Quy I'], [false, true, false])).toEqual(['Trung tam Phuc vu hanh chinh cong', 'Quy I']);
  });

  it('never joins texts the caller says start on their own (cells), whatever their layout', () => {
    expect(texts(wrapped, wrapped.map(() => false))).toEqual(wrapped);
    const columns = ['1   Trien khai mo hinh    Trung tam Phuc vu', '    mot cua               hanh chinh cong'];
    expect(texts(columns, [false, false])).toEqual(columns);
  });
});


describe('textUnits: sentences wrapped at a width', () => {
  it('finds the width a text was wrapped at, and none in text written a paragraph a line', () => {
    expect(wrapWidth(wrapped)).toBeGreaterThan(70);
    const paragraphs = wrapped.map((l) => l.repeat(4));
    expect(wrapWidth(paragraphs)).toBe(0);
    expect(wrapWidth(wrapped.slice(0, 3))).toBe(0);
  });

  it('joins a full line that does not end its sentence with the next, unless that opens a list item', () => {
    expect(texts(wrapped)).toEqual([`${wrapped[0]} ${wrapped[1]}`, wrapped.slice(2, 5).join(' '), wrapped[5]]);
  });

  it('restores the first word of a line from the line above (Quảng / Ngãi)', () => {
    expect(restoreText(wrapped.join('\n')).lines.slice(0, 2)).toEqual([
      'Căn cứ Quyết định số 15/QĐ-UBND ngày 10/01/2026 của Ủy ban nhân dân tỉnh Quảng',
      'Ngãi;',
    ]);
  });
});

describe('restore: a wrapped cell is read with the rest of its text', () => {
  it('restores the second line of a cell from the first (công phường, not công phương)', () => {
    const table = ['1.1\tTrien khai mo hinh\tTrung tam Phuc vu hanh chinh\tQuy I', '\tmot cua\tcong phuong\t'].join('\n');
    expect(restoreText(table).text).toBe(['1.1\tTriển khai mô hình\tTrung tâm Phục vụ hành chính\tQuý I', '\tmột cửa\tcông phường\t'].join('\n'));
    const cell = defaultRestorer().restoreLines(['Trung tam Phuc vu hanh chinh', 'cong phuong'], { continued: [false, true] });
    expect(cell.lines).toEqual(['Trung tâm Phục vụ hành chính', 'công phường']);
  });

  it('reports every token at its own line and column', () => {
    const r = restoreText('1\tRa soat\tTrung tam Phuc vu\n\tTTHC\thanh chinh cong phuong');
    const at = r.tokens.filter((t) => t.changed).map((t) => `${t.line}:${t.column}:${t.to}`);
    expect(at).toEqual(['0:2:Rà', '0:5:soát', '0:16:tâm', '0:20:Phục', '0:25:vụ', '1:6:hành', '1:11:chính', '1:17:công', '1:22:phường']);
  });
});
