import { describe, expect, it } from 'vitest';
import { tables } from './textTables.js';
import { splitGap } from '../../src/tables/ocrRows.js';
import { isTableEnd } from '../../src/tables/ocrLines.js';

describe('OCR text segmenter', () => {
  it('finds no table in prose that names header words', () => {
    const r = tables([
      'IV. TO CHUC THUC HIEN',
      'Giao Van phong chu tri, phoi hop voi cac co quan thuc hien noi dung Ke hoach, bao dam thoi gian hoan thanh;',
      'ket qua thuc hien bao cao ve UBND tinh truoc ngay 15/12/2024.',
    ].join('\n'));
    expect(r.tables).toEqual([]);
  });

  it('cuts rows at their numbers, shares the lines between them, and keeps groups', () => {
    const r = tables([
      'KE HOACH',
      'Stt Noi dung Co quan chu tri | Co quan phoi hop | Thoi gian',
      'I. Cong tac chi dao dieu hanh',
      'Ban hanh ke hoach kiem soat',
      '1 | thu tuc hanh chinh nam 2024 | Van phong | Quy I',
      'tren dia ban.',
      'Xay dung bao cao',
      '2 | ket qua thuc hien | Van phong | Thuong xuyen',
      'I1. Cong bo cong khai TTHC',
      '1 | Cap nhat du lieu TTHC | Van phong | Thuong xuyen',
    ].join('\n'));
    expect(r.tables).toMatchObject([{ kind: 'tasks', rowCount: 3, layout: 'scattered' }]);
    // the deadline phrase is picked out of the row's text; the rest stays in content, the task
    // cell's lines first (row 1's task opens above its number: each line's words up to a ruling)
    expect(r.tasks.map((t) => [t.id, t.group?.number, t.content, t.deadlineText])).toEqual([
      ['I.1', 'I', 'Ban hanh ke hoach kiem soat thu tuc hanh chinh nam 2024 tren dia ban. Van phong', 'Quy I'],
      ['I.2', 'I', 'Xay dung bao cao ket qua thuc hien Van phong', 'Thuong xuyen'],
      ['II.1', 'II', 'Cap nhat du lieu TTHC Van phong', 'Thuong xuyen'],
    ]);
    expect(r.tasks[0]!.place).toEqual({ page: 1, line: 4 });
    const doubtful = r.diagnostics.filter((d) => d.ruleId === 'table/doubtful-cells');
    expect(doubtful).toHaveLength(6);
    expect(doubtful.filter((d) => /deadline "Quy I" picked/.test(d.message)).map((d) => d.place)).toEqual([{ page: 1, line: 5 }]);
  });

  it('shares gap lines by blank-line blocks, else half and half', () => {
    const text = (line: number) => ({ type: 'text' as const, line });
    const blank = (line: number) => ({ type: 'blank' as const, line });
    expect(splitGap([text(1), text(2), text(3), text(4), text(5)]).map((x) => x.map((y) => y.line))).toEqual([[1, 2, 3], [4, 5]]);
    expect(splitGap([text(1), blank(2), text(3), text(4), blank(5)]).map((x) => x.map((y) => y.line))).toEqual([[1, 3, 4], []]);
    expect(splitGap([text(1), blank(2), text(3), text(4)]).map((x) => x.map((y) => y.line))).toEqual([[1], [3, 4]]);
  });

  it('ends a table where the body resumes; a later header starts a new table with unique ids', () => {
    const plan = [
      'Stt Noi dung Co quan chu tri | Co quan phoi hop | Thoi gian',
      'I. Cong tac chi dao dieu hanh',
      '1 | Ban hanh ke hoach | Van phong | Quy I',
      '2 | Xay dung bao cao | Van phong | Thuong xuyen',
      'UY BAN NHAN DAN  CONG HOA XA HQI CHU NGHIA VIET NAM',
      '1. Muc dich',
    ];
    const r = tables([...plan, ...plan].join('\n'));
    expect(r.tables).toHaveLength(2);
    expect(r.tasks.map((t) => t.id)).toEqual(['I.1', 'I.2', 'I.1-2', 'I.2-2']);
    expect(r.diagnostics.filter((d) => d.ruleId === 'table/duplicate-id')).toHaveLength(2);
  });

  it('knows where the body resumes', () => {
    expect(isTableEnd("III. TO CHI5'C THVC HItN")).toBe(true);
    expect(isTableEnd('Noi nh(on')).toBe(true);
    expect(isTableEnd('ban nhan dan')).toBe(false);
    expect(isTableEnd('Thuc hien to chuc thuc hien ke hoach kiem soat thu tuc hanh chinh nam 2024')).toBe(false);
  });
});

describe('OCR header cells on lines of their own', () => {
  it('takes "Thời gian thực hiện" printed above the header line as the deadline column', async () => {
    const { headerFragment } = await import('../../src/tables/ocrLines.js');
    expect(headerFragment('Thoi gian thyc hién')).toBe(true);
    expect(headerFragment('Keét qua cong viéc')).toBe(true);
    expect(headerFragment('Thoi gian giai quyet ho so cua to chuc')).toBe(false);
  });
});

describe('rows after the last numbered row, past a page break', () => {
  it('begin where a task text begins; a flat list goes on numbering', () => {
    const r = tables([
      'Stt Noi dung Co quan chu tri | Co quan phoi hop | Thoi gian',
      'I. Cong tac chi dao dieu hanh',
      '1 | Ban hanh ke hoach kiem soat TTHC | Van phong | Quy I',
      '2 | Xay dung bao cao ket qua thuc hien | Van phong | Thuong xuyen',
      'Stt Noi dung Co quan chu tri | Co quan phoi hop | Thoi gian',
      'Tham gia cac dot tap huan nghiep vu kiem soat | Van phong | Thuong xuyen',
      'o Phoi hop to chuc tap huan nghiep vu kiem soat | Van phong | Thuong xuyen',
      'II. Cong bo cong khai TTHC',
      '1 | Cap nhat du lieu TTHC | Van phong | Thuong xuyen',
    ].join('\n'));
    expect(r.tasks.map((t) => t.id)).toEqual(['I.1', 'I.2', 'I.3', 'I.4', 'II.1']);
    expect(r.tasks[3]!.content).toMatch(/^o Phoi hop to chuc/);
    expect(r.diagnostics.filter((d) => d.ruleId === 'table/number-inferred').map((d) => d.place?.line)).toEqual([6, 7]);
  });
});

describe('a row whose number is printed after the page break', () => {
  it('takes the task text that began before the break', () => {
    const r = tables([
      'Stt',
      '',
      'Noi dung',
      '',
      'Co quan chu tri',
      '',
      'Thoi gian',
      '',
      '1',
      '',
      'Ban hanh ke hoach kiem soat',
      'thu tuc hanh chinh nam 2024',
      '',
      'Van phong',
      '',
      'Phoi hop ra soat, de xuat sua doi',
      'Quyet dinh so 25/2019/QD-UBND',
      '',
      'Stt',
      '',
      'Noi dung',
      '',
      'Co quan chu tri',
      '',
      'Thoi gian',
      '',
      '2',
      '',
      'ban hanh quy dinh ve giai quyet',
      'thu tuc hanh chinh',
    ].join('\n'));
    expect(r.tasks.map((t) => [t.id, t.content])).toEqual([
      ['1', 'Ban hanh ke hoach kiem soat thu tuc hanh chinh nam 2024 Van phong'],
      ['2', 'Phoi hop ra soat, de xuat sua doi Quyet dinh so 25/2019/QD-UBND ban hanh quy dinh ve giai quyet thu tuc hanh chinh'],
    ]);
  });
});
