/** Sharing OCR'd table lines out to rows: task starts, the lines between two numbers, lost numbers. */
import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/load/text.js';
import { fillNumberGaps, shareGap, splitTail, type Body, type TextItem } from '../../src/tables/ocrRows.js';
import { fillLostHeadings } from '../../src/tables/ocrHeadings.js';
import { splitRepeatedColumns } from '../../src/tables/ocrRepeatedColumns.js';
import { startsTask } from '../../src/tables/taskStart.js';
import { headerAt, headerFragment } from '../../src/tables/ocrLines.js';

const items = (lines: { text: string }[], from: number, to: number): TextItem[] => {
  const out: TextItem[] = [];
  for (let i = from; i <= to; i++) out.push({ type: lines[i]!.text.trim() === '' ? 'blank' : 'text', line: i });
  return out;
};
const nums = (xs: TextItem[]) => xs.map((x) => x.line);

describe('task starts', () => {
  it('knows a task verb whose first letter OCR lost against the ruling', () => {
    expect(startsTask('A sodt, trinh cong bd bd sung day du TTHC')).toBe(true); // Rà soát
    expect(startsTask('Ra soat, trinh cong bo bo sung day du TTHC')).toBe(true);
    // a deadline phrase close to a verb is not one
    expect(startsTask('Chậm nhất trước 05 ngày tính đến ngày văn bản')).toBe(false);
    expect(startsTask('thuộc thẩm quyền quản lý của tỉnh, huyện')).toBe(false);
  });
});

describe('lines between two row numbers', () => {
  const lines = textToLines([
    'Ra soat, tham muu UBND de xuat danh muc', // 0: row 1 opens above its number
    '1 | thu tuc hanh chinh duoc ban hanh | Cong chuc',
    'bai bo, huy bo thuoc tham quyen',
    'Cap nhat, cong khai cac Quyet dinh da cong bo', // 3: row 2's task text, above the half
    'danh muc TTHC dang tai tren Cong',
    'thong tin dien tu huyen | KSTTHC',
    '2 | He thong thong tin giai quyet TTHC',
  ].join('\n'));

  it('half and half when the earlier row did not open above its number', () => {
    const [mine, theirs] = shareGap(items(lines, 2, 5), lines, false);
    expect([nums(mine), nums(theirs)]).toEqual([[2, 3], [4, 5]]);
  });

  it('the next row begins where its task text opens when the earlier one opened above its number', () => {
    const [mine, theirs] = shareGap(items(lines, 2, 5), lines, true);
    expect([nums(mine), nums(theirs)]).toEqual([[2], [3, 4, 5]]);
  });

  it('a task opening on the first line of a page after the header begins the next row', () => {
    const gap: TextItem[] = [{ type: 'text', line: 2 }, { type: 'break', line: 2 }, ...items(lines, 3, 5)];
    const [mine, theirs] = shareGap(gap, lines, false);
    expect([nums(mine), nums(theirs)]).toEqual([[2], [3, 4, 5]]);
  });
});

describe('rows whose numbers were lost', () => {
  it('the lost row and the next numbered one share the lines between them', () => {
    const lines = textToLines([
      'Trien khai cac van ban chi dao', // 0
      '1 | cai cach TTHC, kiem soat TTHC | Van phong',
      'cua Trung uong va cua tinh',
      ', | Tuyen truyen ve ket qua cai cach TTHC, | Cac co quan', // 3: row 2, its number lost
      'kiem soat TTHC tren dia ban tinh',
      '- UBND cap huyen;',
      '- UBND cap xa.',
      '- Cac co quan chuyen mon', // 7: row 3's own lines from here
      'thuoc UBND tinh',
      'To chuc tap huan nghiep vu kiem soat TTHC',
      '3 | va thuc hien TTHC tren moi truong dien tu',
      'nam 2025',
    ].join('\n'));
    // the half-and-half split gave row 3 the lines from 6 on
    const bodies: Body[] = [
      { line: 1, stt: '1', lines: [0, 1, 2, 3, 4, 5] },
      { line: 10, stt: '3', lines: [6, 7, 8, 9, 10, 11] },
    ];
    fillNumberGaps(bodies, lines, []);
    expect(bodies.map((b) => [b.stt, [...b.lines].sort((x, y) => x - y)])).toEqual([
      ['1', [0, 1, 2]],
      ['2', [3, 4, 5, 6]],
      ['3', [7, 8, 9, 10, 11]],
    ]);
  });

  it('a heading whose first child lost its number: the child is found between them', () => {
    const lines = textToLines([
      '2. | To chuc tiep nhan, giai quyet TTHC tren moi truong dien tu', // 0: heading 2
      'Phoi hop ra soat, hoan thien kho quan ly', // 1: 2.1, its number read as a second "2."
      'du lieu dien tu cua to chuc, ca nhan',
      '2. | tren He thong thong tin giai quyet TTHC',
      'cua tinh phuc vu so hoa',
      'Phoi hop voi Cong an cac cap ho tro tao',
      'tai khoan dinh danh dien tu',
      '2.2 | do Bo Cong an cung cap',
    ].join('\n'));
    const bodies: Body[] = [
      { line: 0, stt: '2', lines: [0, 1, 2, 3, 4] },
      { line: 7, stt: '2.2', lines: [5, 6, 7] },
    ];
    const diagnostics: { ruleId: string }[] = [];
    fillNumberGaps(bodies, lines, diagnostics as never);
    expect(bodies.map((b) => b.stt)).toEqual(['2', '2.1', '2.2']);
    expect(bodies[1]!.line).toBe(1);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['table/number-inferred']);
  });
});

describe('header fragments', () => {
  it('a line that runs on with a comma is a cell under the header, not part of it', () => {
    expect(headerFragment('Cơ quan phối hợp')).toBe(true);
    expect(headerFragment('Phối hợp')).toBe(true);
    expect(headerFragment('Phối hợp thông tin,')).toBe(false);
  });

  it('a header printed a cell per line, two cells OCR put on one line among them', () => {
    const lines = textToLines(['Stt', '', 'Nội dung', '', 'Cơ quan phối | Thời gian', '', 'Cơ quan chủ trì hồ hoàn thành', '', 'Kết quả thực', 'hiện', '', 'Ghi chú'].join('\n'));
    expect(headerAt(lines, 0)).toMatchObject({ start: 0 });
  });
});

describe('heading rows whose numbers were lost', () => {
  it('a long line of prose across the table between 1.2 and 2.1 is the heading 2', () => {
    const lines = textToLines([
      '1.2 | viet tin, bai dang tai | phu trach KSTTHC | Thuong xuyen', // 0
      'len cac phuong tien thong tin',
      'trong cai cach TTHC,',
      ') Truyen thong ho tro hoat dong kiem soat TTHC, co che mot cua, mot cua lien thong', // 3
      'Huong dan thuc hien',
      'cac TTHC cu the cac',
      '2.1 | linh vuc cho to chuc | phu trach KSTTHC | Thuong xuyen', // 6
    ].join('\n'));
    const bodies: Body[] = [
      { line: 0, stt: '1.2', lines: [0, 1, 2, 3] },
      { line: 6, stt: '2.1', lines: [4, 5, 6] },
    ];
    const diagnostics: { ruleId: string }[] = [];
    fillLostHeadings(bodies, lines, diagnostics as never);
    expect(bodies.map((b) => [b.stt, [...b.lines].sort((x, y) => x - y)])).toEqual([
      ['1.2', [0, 1, 2]],
      ['2', [3]],
      ['2.1', [4, 5, 6]],
    ]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['table/number-inferred']);
  });

  it('no heading where the parent is already there or no line spans the table', () => {
    const lines = textToLines(['1.2 | a', 'len cac phuong tien', '2.1 | b'].join('\n'));
    const bodies: Body[] = [
      { line: 0, stt: '1.2', lines: [0, 1] },
      { line: 2, stt: '2.1', lines: [2] },
    ];
    fillLostHeadings(bodies, lines, []);
    expect(bodies.map((b) => b.stt)).toEqual(['1.2', '2.1']);
  });
});

describe('rows after a page break whose numbers were lost', () => {
  it('a heading across the table before the first task line opens a row of its own', () => {
    const lines = textToLines([
      '2 | Thanh toan truc tuyen', // 0
      'Stt Noi dung Co quan chu tri', // 1: the header again
      'TTHC co quy dinh phi, le phi',
      'Tich hop, chia se, dong bo du lieu giua cac co so du lieu quoc gia, chuyen nganh, He thong', // 3
      'Phoi hop thuc hien tich hop, chia se, dong bo du lieu', // 4
      'quoc gia, chuyen nganh',
    ].join('\n'));
    const gap = [{ type: 'break' as const, line: 1 }, ...[2, 3, 4, 5].map((line) => ({ type: 'text' as const, line }))];
    const { keep, rows } = splitTail(gap, lines, [], '2');
    expect(keep).toEqual([2]);
    expect(rows.map((r) => [r.line, r.stt, r.lines])).toEqual([[3, '', [3]], [4, '', [4, 5]]]);
  });
});

describe('two rows under one number, cells printed as blocks', () => {
  const text = [
    '1.3', '', // 0
    'Bao cao dinh ky hang thang', 've UBND tinh', '', // 2
    'Phu trach', 'KSTTHC', '', // 5
    'Bo phan 1 cua', 'thi tran', '', // 8
    'Hang thang', '', // 11
    'Bao cao dot xuat (neu co)', '', // 13: the next row, its number lost
    'Phu trach', 'KSTTHC', '', // 15: the lead column again
    'Bo phan 1 cua', 'thi tran', '', // 18
    'Theo yeu cau', // 21
  ].join('\n');
  it('a block repeating an earlier one is the same column of the next row', () => {
    const lines = textToLines(text);
    const all = lines.map((_, i) => i).filter((i) => lines[i]!.text.trim() !== '');
    const bodies: Body[] = [{ line: 0, stt: '1.3', lines: all }, { line: 30, stt: '2', lines: [] }];
    const diagnostics: { ruleId: string }[] = [];
    splitRepeatedColumns(bodies, lines, diagnostics as never);
    expect(bodies.map((b) => [b.stt, b.lines[0]])).toEqual([['1.3', 0], ['1.4', 13], ['2', undefined]]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['table/number-inferred']);
  });
});
