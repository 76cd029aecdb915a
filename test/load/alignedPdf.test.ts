import { describe, expect, it } from 'vitest';
import { findAlignedTables } from '../../src/load/pdf/align.js';
import { layoutPage } from '../../src/load/pdf/pageLayout.js';
import { applyLayouts } from '../../src/load/pdf/index.js';
import type { PlanFile } from '../../src/pipeline/planFile.js';
import type { TextPiece } from '../../src/load/pdf/geometry.js';

/** one text item of a cell line: 10 pt text, 14 pt line boxes */
const item = (x: number, y: number, text: string, width = text.length * 5): TextPiece => ({ text, x0: x, x1: x + width, y0: y, y1: y + 14, font: 'f', size: 10 });

/** cell lines at a 19 pt pitch (5 pt line gap), centred on `mid` */
function cell(x: number, mid: number, lines: string[]): TextPiece[] {
  const h = lines.length * 19 - 5;
  return lines.map((t, i) => item(x, mid - h / 2 + i * 19, t));
}

describe('borderless tables (column alignment)', () => {
  it('cuts rows of vertically centred cells at the padding between rows', () => {
    // columns at 50, 90, 200, 300; rows 8 pt apart (5 pt line gap + 3 pt padding)
    const pieces = [
      ...cell(50, 20, ['Stt']), ...cell(90, 20, ['Nội dung']), ...cell(200, 20, ['Chủ trì']), ...cell(300, 20, ['Phối hợp']),
      // row 1: five lines of content, the number and the other cells centred on it
      ...cell(50, 88, ['1']), ...cell(90, 88, ['aaa', 'bbb', 'ccc', 'ddd', 'eee']), ...cell(200, 88, ['Văn', 'phòng']), ...cell(300, 88, ['x']),
      // row 2: three lines in the last column, one elsewhere
      ...cell(50, 176, ['2']), ...cell(90, 176, ['fff']), ...cell(200, 176, ['Sở']), ...cell(300, 176, ['p', 'q', 'r']),
    ];
    const { fragments, free } = findAlignedTables(pieces, 1);
    expect(free).toEqual([]);
    expect(fragments).toHaveLength(1);
    const rows = fragments[0]!.rows.map((r) => r.cells);
    expect(rows).toEqual([
      ['Stt', 'Nội dung', 'Chủ trì', 'Phối hợp'],
      ['1', 'aaa bbb ccc ddd eee', 'Văn phòng', 'x'],
      ['2', 'fff', 'Sở', 'p q r'],
    ]);
    expect(fragments[0]!.headerDepth).toBe(1);
  });

  it('keeps columns apart when the gutter is narrower than a word space', () => {
    // the second and third columns are 3 pt apart: their lines touch
    const rows: TextPiece[] = [];
    for (let r = 0; r < 4; r++) {
      const y = 10 + r * 22;
      rows.push(item(50, y, r === 0 ? 'Stt' : String(r)), item(75, y, 'Công chức', 60), item(138, y, 'Quý I', 40), item(200, y, 'Báo cáo'));
    }
    const { fragments } = findAlignedTables(rows, 1);
    expect(fragments).toHaveLength(1);
    expect(fragments[0]!.xs).toHaveLength(5);
    expect(fragments[0]!.rows[1]!.cells).toEqual(['1', 'Công chức', 'Quý I', 'Báo cáo']);
  });

  it('ends the table at a centred heading that straddles a column gutter', () => {
    const pieces: TextPiece[] = [];
    for (let r = 0; r < 4; r++) {
      const y = 10 + r * 22;
      pieces.push(item(50, y, r === 0 ? 'Stt' : String(r)), item(90, y, 'Nội dung'), item(200, y, 'Chủ trì'), item(300, y, 'Kết quả'));
    }
    pieces.push(item(170, 10 + 4 * 22 + 4, 'PHỤ LỤC II', 70));
    const { fragments, free } = findAlignedTables(pieces, 1);
    expect(fragments[0]!.rows).toHaveLength(4);
    expect(free.map((p) => p.text)).toEqual(['PHỤ LỤC II']);
  });

  it('ends the table at a heading set apart below it by a white band taller than a line, even inside one column', () => {
    const pieces: TextPiece[] = [];
    for (let r = 0; r < 4; r++) {
      const y = 10 + r * 22;
      pieces.push(item(50, y, r === 0 ? 'Stt' : String(r)), item(90, y, 'Nội dung'), item(200, y, 'Chủ trì'), item(300, y, 'Kết quả'));
    }
    // 20 pt of white under the last row (rows are 8 pt apart), starting where a column starts
    pieces.push(item(200, 10 + 3 * 22 + 14 + 20, 'PHỤ LỤC II', 50));
    const { fragments, free } = findAlignedTables(pieces, 1);
    expect(fragments[0]!.rows).toHaveLength(4);
    expect(fragments[0]!.rows[3]!.cells).toEqual(['3', 'Nội dung', 'Chủ trì', 'Kết quả']);
    expect(free.map((p) => p.text)).toEqual(['PHỤ LỤC II']);
  });
});

describe('borderless tables: rows bridged by cells spanning them', () => {
  it('cuts between centred row numbers where the fewest columns run across, and reads a spanning cell in each row', () => {
    const pieces = [
      ...cell(50, 20, ['Stt']), ...cell(90, 20, ['Mục tiêu']), ...cell(200, 20, ['Hoạt động']), ...cell(300, 20, ['Chủ trì']),
      // a goal centred over rows 1 and 2: its lines bridge the white band between the rows
      ...cell(90, 110, ['g1', 'g2', 'g3', 'g4', 'g5', 'g6']),
      ...cell(50, 70, ['1']), ...cell(200, 70, ['a1', 'a2', 'a3']), ...cell(300, 70, ['Văn phòng']),
      ...cell(50, 140, ['2']), ...cell(200, 140, ['b1', 'b2', 'b3']), ...cell(300, 140, ['Sở']),
    ];
    const { fragments } = findAlignedTables(pieces, 1);
    expect(fragments[0]!.rows.map((r) => r.cells)).toEqual([
      ['Stt', 'Mục tiêu', 'Hoạt động', 'Chủ trì'],
      ['1', 'g1 g2 g3 g4 g5 g6', 'a1 a2 a3', 'Văn phòng'],
      ['2', 'g1 g2 g3 g4 g5 g6', 'b1 b2 b3', 'Sở'],
    ]);
  });

  it('cuts rows whose numbers are centred, with no white band between them, where the fewest columns run across, not just above the next number', () => {
    // rows 3 pt apart beyond the line gap; the lead unit centred on both rows bridges them; the
    // next row's first lines stand above its number
    const pieces = [
      ...cell(50, 525, ['TT']), ...cell(90, 525, ['Nhiệm vụ']), ...cell(240, 525, ['Kết quả']), ...cell(320, 525, ['Chủ trì']), ...cell(420, 525, ['Thời gian']),
      ...cell(50, 577, ['3.3']), ...cell(90, 577, ['Theo dõi', 'đôn đốc', 'hồ sơ', 'trễ hạn']), ...cell(240, 577, ['Thông báo', 'danh sách', 'hồ sơ']), ...cell(420, 577, ['Hằng tuần']),
      ...cell(320, 626, ['Văn phòng', 'Bộ']),
      ...cell(50, 665.5, ['3.4']), ...cell(90, 665.5, ['Tiếp nhận', 'xử lý', 'phản ánh', 'kiến nghị', 'của Bộ']), ...cell(240, 665.5, ['Văn bản', 'trả lời', 'công khai']), ...cell(420, 665.5, ['Khi có']),
    ];
    const { fragments } = findAlignedTables(pieces, 1);
    expect(fragments[0]!.rows.map((r) => r.cells)).toEqual([
      ['TT', 'Nhiệm vụ', 'Kết quả', 'Chủ trì', 'Thời gian'],
      ['3.3', 'Theo dõi đôn đốc hồ sơ trễ hạn', 'Thông báo danh sách hồ sơ', 'Văn phòng Bộ', 'Hằng tuần'],
      ['3.4', 'Tiếp nhận xử lý phản ánh kiến nghị của Bộ', 'Văn bản trả lời công khai', 'Văn phòng Bộ', 'Khi có'],
    ]);
  });

  it('a header and a lone numbered row: a table only where it continues the previous page, free text otherwise', () => {
    const header = () => [item(50, 10, 'Stt'), item(90, 10, 'Nội dung'), item(200, 10, 'Chủ trì'), item(300, 10, 'Thời gian')];
    const table = (n: number) => [...header(), ...[1, 2, 3].flatMap((r) => [item(50, 10 + r * 22, String(r)), item(90, 10 + r * 22, 'Rà soát'), item(200, 10 + r * 22, 'Sở'), item(300, 10 + r * 22, `Quý ${n}`)])];
    const lone = [...header(), item(50, 32, '4'), item(90, 32, 'Tập huấn'), item(200, 32, 'Sở'), item(300, 32, 'Quý IV')];
    const file = () => ({ lines: [], rawTables: [] }) as unknown as PlanFile;
    const alone = layoutPage(lone, [], 1, 'pdf');
    expect(alone.fragments[0]!.tentative).toBeDefined();
    // on its own: no table, and every word is still read, in order
    const a = file();
    applyLayouts(a, [alone], 0, 1);
    expect(a.rawTables).toEqual([]);
    expect(a.lines.map((l) => l.raw).join(' ')).toBe('Stt Nội dung Chủ trì Thời gian 4 Tập huấn Sở Quý IV');
    // after a page ending with the same table: its last row
    const b = file();
    applyLayouts(b, [layoutPage(table(1), [], 1, 'pdf'), layoutPage(lone, [], 2, 'pdf')], 0, 2);
    expect(b.rawTables).toHaveLength(1);
    expect(b.rawTables[0]!.rows.map((r) => r.cells[0])).toEqual(['1', '2', '3', '4']);
    expect(b.lines).toEqual([]);
  });
});

describe('borderless tables as LibreOffice lays them out (lettered groups, wrapped headings and header cells, a column never beside two others)', () => {
  const file = () => ({ lines: [], rawTables: [] }) as unknown as PlanFile;

  it('keeps a group row lettered A, B as a row of the table, not a line of the header nor the end of the table', () => {
    // rows and group rows 8-9 pt apart: more than the 5 pt gap between a cell's lines
    const pieces = [
      ...cell(50, 20, ['TT']), ...cell(90, 20, ['Nội dung']), ...cell(250, 20, ['Chủ trì']), ...cell(350, 20, ['Thời gian']),
      item(50, 45, 'A'), item(90, 45, 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 300),
      ...cell(50, 85, ['1']), ...cell(90, 85, ['Ban hành', 'kế hoạch']), ...cell(250, 85, ['Văn phòng']), ...cell(350, 85, ['Quý I']),
      ...cell(50, 130, ['2']), ...cell(90, 130, ['Rà soát', 'thủ tục']), ...cell(250, 130, ['Sở']), ...cell(350, 130, ['Quý II']),
      item(50, 155, 'B'), item(90, 155, 'KIỂM SOÁT QUY ĐỊNH THỦ TỤC HÀNH CHÍNH', 300),
      ...cell(50, 195, ['1']), ...cell(90, 195, ['Công bố', 'danh mục']), ...cell(250, 195, ['Văn phòng']), ...cell(350, 195, ['Quý III']),
    ];
    const f = file();
    applyLayouts(f, [layoutPage(pieces, [], 1, 'pdf')], 0, 1);
    expect(f.rawTables).toHaveLength(1);
    expect(f.rawTables[0]!.header).toEqual(['TT', 'Nội dung', 'Chủ trì', 'Thời gian']);
    expect(f.rawTables[0]!.rows.map((r) => r.cells)).toEqual([
      ['A', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', '', ''],
      ['1', 'Ban hành kế hoạch', 'Văn phòng', 'Quý I'],
      ['2', 'Rà soát thủ tục', 'Sở', 'Quý II'],
      ['B', 'KIỂM SOÁT QUY ĐỊNH THỦ TỤC HÀNH CHÍNH', '', ''],
      ['1', 'Công bố danh mục', 'Văn phòng', 'Quý III'],
    ]);
  });

  it('reads a group heading wrapped over two lines, its numeral centred beside them, as one group row of the table', () => {
    const pieces = [
      ...cell(50, 20, ['STT']), ...cell(90, 20, ['Nhiệm vụ']), ...cell(250, 20, ['Chủ trì']), ...cell(350, 20, ['Thời hạn']),
      ...cell(50, 60, ['7']), ...cell(90, 60, ['Tổng hợp', 'kết quả']), ...cell(250, 60, ['Văn phòng']), ...cell(350, 60, ['Quý I']),
      // the heading's first line is wider than three quarters of the table: alone it would end the table
      item(90, 86, 'GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH VÀ TIẾP NHẬN', 300), item(50, 95.5, 'III'), item(90, 105, 'NGHỊ', 25),
      ...cell(50, 145, ['8']), ...cell(90, 145, ['Tiếp nhận', 'hồ sơ']), ...cell(250, 145, ['Bộ phận']), ...cell(350, 145, ['Thường xuyên']),
    ];
    const f = file();
    applyLayouts(f, [layoutPage(pieces, [], 1, 'pdf')], 0, 1);
    expect(f.lines).toEqual([]);
    expect(f.rawTables).toHaveLength(1);
    expect(f.rawTables[0]!.rows.map((r) => r.cells)).toEqual([
      ['7', 'Tổng hợp kết quả', 'Văn phòng', 'Quý I'],
      ['III', 'GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH VÀ TIẾP NHẬN NGHỊ', '', ''],
      ['8', 'Tiếp nhận hồ sơ', 'Bộ phận', 'Thường xuyên'],
    ]);
  });

  it('reads a wrapped group heading as the first row under a header centred in its cells', () => {
    const pieces = [
      // header cells centred: they start right of the body cells' left edges (90, 250, 350)
      ...cell(50, 20, ['STT']), ...cell(120, 20, ['Nhiệm vụ']), ...cell(265, 20, ['Chủ trì']), ...cell(360, 20, ['Thời hạn']),
      item(90, 40, 'KIỂM SOÁT VIỆC BAN HÀNH VÀ CÔNG BỐ THỦ TỤC', 300), item(50, 49.5, 'I'), item(90, 59, 'CHÍNH', 30),
      ...cell(50, 100, ['1']), ...cell(90, 100, ['Đánh giá', 'tác động']), ...cell(250, 100, ['Các phòng']), ...cell(350, 100, ['Quý I']),
      ...cell(50, 145, ['2']), ...cell(90, 145, ['Dự thảo', 'quyết định']), ...cell(250, 145, ['Văn phòng']), ...cell(350, 145, ['Quý II']),
    ];
    const f = file();
    applyLayouts(f, [layoutPage(pieces, [], 1, 'pdf')], 0, 1);
    expect(f.lines).toEqual([]);
    expect(f.rawTables).toHaveLength(1);
    expect(f.rawTables[0]!.header).toEqual(['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn']);
    expect(f.rawTables[0]!.rows.map((r) => r.cells)).toEqual([
      ['I', 'KIỂM SOÁT VIỆC BAN HÀNH VÀ CÔNG BỐ THỦ TỤC CHÍNH', '', ''],
      ['1', 'Đánh giá tác động', 'Các phòng', 'Quý I'],
      ['2', 'Dự thảo quyết định', 'Văn phòng', 'Quý II'],
    ]);
  });

  it('keeps the first column on a page where it holds only its header cell, above the rest of a row and a wrapped group heading', () => {
    // "STT" and "Nội dung" share their line with no third cell; the other header cells wrap over two lines
    const header = () => [
      item(200, 10, 'Cơ quan', 40), item(260, 10, 'Cơ quan', 40), item(320, 10, 'Thời gian', 45),
      item(52, 20, 'STT', 16), item(100, 20, 'Nội dung', 40),
      item(200, 30, 'chủ trì', 35), item(260, 30, 'phối hợp', 40), item(320, 30, 'thực hiện', 45),
    ];
    const row = (n: string, mid: number) => [...cell(50, mid, [n]), ...cell(80, mid, ['Rà soát', 'thủ tục']), ...cell(200, mid, ['Sở']), ...cell(260, mid, ['Văn phòng']), ...cell(320, mid, ['Quý I'])];
    const page1 = [...header(), ...row('1', 70), ...row('2', 115), ...cell(50, 160, ['3']), ...cell(80, 160, ['Kiểm tra việc', 'thực hiện']), ...cell(200, 160, ['Sở']), ...cell(260, 160, ['Văn phòng']), ...cell(320, 160, ['Quý II'])];
    const page2 = [
      ...header(),
      // the rest of row 3's content, then group II's heading over two lines, its numeral between them
      item(80, 52, 'tại các sở,', 55), item(80, 71, 'ngành', 30),
      item(80, 93, 'KIỂM SOÁT QUY ĐỊNH VÀ CÔNG BỐ THỦ TỤC', 280), item(50, 102.5, 'II', 10), item(80, 112, 'HÀNH CHÍNH', 55),
      ...row('1', 150),
    ];
    const f = file();
    applyLayouts(f, [layoutPage(page1, [], 1, 'pdf'), layoutPage(page2, [], 2, 'pdf')], 0, 2);
    expect(f.lines).toEqual([]);
    expect(f.rawTables).toHaveLength(1);
    expect(f.rawTables[0]!.header).toEqual(['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện']);
    expect(f.rawTables[0]!.rows.map((r) => r.cells).slice(2)).toEqual([
      ['3', 'Kiểm tra việc thực hiện tại các sở, ngành', 'Sở', 'Văn phòng', 'Quý II'],
      ['II', 'KIỂM SOÁT QUY ĐỊNH VÀ CÔNG BỐ THỦ TỤC HÀNH CHÍNH', '', '', ''],
      ['1', 'Rà soát thủ tục', 'Sở', 'Văn phòng', 'Quý I'],
    ]);
  });

  it('sets the header apart from the first row where most cells are one line: gaps wider than a line are no gaps inside a cell', () => {
    // one-line cells centred on their row; only the last column wraps (4 pt between its lines, 7 pt between rows)
    const pieces = [item(50, 13, 'TT', 10), item(80, 13, 'Chỉ tiêu', 40), item(250, 13, 'Đơn vị tính', 55), item(320, 13, 'Kế hoạch', 45), item(400, 13, 'Đơn vị thực hiện', 80)];
    [1, 2, 3].forEach((n) => {
      const mid = 50 + (n - 1) * 39;
      pieces.push(item(50, mid - 7, String(n), 5), item(80, mid - 7, `Hồ sơ loại ${n}`, 60), item(250, mid - 7, '%', 8), item(320, mid - 7, `Tối thiểu 9${n}`, 55));
      pieces.push(item(400, mid - 16, 'Trung tâm Phục vụ', 85), item(400, mid + 2, 'công phường', 55));
    });
    const { fragments } = findAlignedTables(pieces, 1);
    expect(fragments).toHaveLength(1);
    expect(fragments[0]!.headerDepth).toBe(1);
    expect(fragments[0]!.rows.map((r) => r.cells)).toEqual([
      ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Đơn vị thực hiện'],
      ...[1, 2, 3].map((n) => [String(n), `Hồ sơ loại ${n}`, '%', `Tối thiểu 9${n}`, 'Trung tâm Phục vụ công phường']),
    ]);
  });

  it('starts the table at the foot of a page holding only its header and a group row, when the next page goes on under the same header', () => {
    // the header centred in its cells: the group heading starts left of "Mục tiêu"
    const header = () => [item(50, 10, 'Stt', 15), item(120, 10, 'Mục tiêu', 40), item(220, 10, 'Chủ trì', 35), item(320, 10, 'Thời gian', 45)];
    const page1 = [item(60, 700, 'PHỤ LỤC', 40), ...header().map((p) => ({ ...p, y0: p.y0 + 720, y1: p.y1 + 720 })), item(50, 755, 'I', 5), item(90, 755, 'KIỂM SOÁT THỦ TỤC HÀNH CHÍNH', 140)];
    const page2 = [...header(), ...[1, 2, 3].flatMap((n) => [...cell(50, 10 + n * 40, [String(n)]), ...cell(90, 10 + n * 40, ['Công bố', 'công khai']), ...cell(200, 10 + n * 40, ['Văn phòng']), ...cell(300, 10 + n * 40, ['Quý I'])])];
    const f = file();
    applyLayouts(f, [layoutPage(page1, [], 1, 'pdf'), layoutPage(page2, [], 2, 'pdf')], 0, 2);
    expect(f.rawTables).toHaveLength(1);
    expect(f.rawTables[0]!.pages).toEqual([1, 2]);
    expect(f.rawTables[0]!.header).toEqual(['Stt', 'Mục tiêu', 'Chủ trì', 'Thời gian']);
    expect(f.rawTables[0]!.rows.map((r) => r.cells[0])).toEqual(['I', '1', '2', '3']);
    expect(f.rawTables[0]!.rows[0]!.cells).toEqual(['I', 'KIỂM SOÁT THỦ TỤC HÀNH CHÍNH', '', '']);
    expect(f.lines.map((l) => l.raw)).toEqual(['PHỤ LỤC']);
  });

  it('parts a group numeral glued to its heading, left of every column the header lines show', () => {
    const pieces = [
      // "Stt" and "Nội dung" share their line with no third cell: the first column is not known yet
      item(200, 10, 'Cơ quan', 40), item(260, 10, 'Cơ quan', 40), item(320, 10, 'Thời gian', 45),
      item(50, 20, 'Stt', 12), item(100, 20, 'Nội dung', 40),
      item(200, 30, 'chủ trì', 35), item(260, 30, 'phối hợp', 40), item(320, 30, 'hoàn thành', 50),
      // "IV" 4 pt before its heading: one part, wider than three quarters of the table
      item(50, 55, 'IV', 16), item(70, 55, 'Tiếp nhận, xử lý phản ánh, kiến nghị', 300),
      ...cell(50, 95, ['1']), ...cell(70, 95, ['Tiếp nhận', 'phản ánh']), ...cell(200, 95, ['Văn phòng']), ...cell(260, 95, ['Các phòng']), ...cell(320, 95, ['Thường xuyên']),
      ...cell(50, 140, ['2']), ...cell(70, 140, ['Báo cáo', 'kết quả']), ...cell(200, 140, ['Văn phòng']), ...cell(260, 140, ['Các phòng']), ...cell(320, 140, ['Định kỳ']),
    ];
    const f = file();
    applyLayouts(f, [layoutPage(pieces, [], 1, 'pdf')], 0, 1);
    expect(f.rawTables).toHaveLength(1);
    expect(f.rawTables[0]!.header).toEqual(['Stt', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành']);
    expect(f.rawTables[0]!.rows.map((r) => r.cells)).toEqual([
      ['IV', 'Tiếp nhận, xử lý phản ánh, kiến nghị', '', '', ''],
      ['1', 'Tiếp nhận phản ánh', 'Văn phòng', 'Các phòng', 'Thường xuyên'],
      ['2', 'Báo cáo kết quả', 'Văn phòng', 'Các phòng', 'Định kỳ'],
    ]);
  });

  it('keeps the first line of header cells wrapped over two lines, glued over a gutter narrower than a word space, and joins the pages under that header', () => {
    // header: "Phòng, đơn" twice, 5 pt apart, above the line holding TT, Nội dung, Ghi chú, above "vị chủ trì", "vị phối hợp"
    const header = () => [
      item(202, 10, 'Phòng, đơn', 57), item(264, 10, 'Phòng, đơn', 55),
      item(50, 20, 'TT', 10), item(90, 20, 'Nội dung'), item(340, 20, 'Ghi chú'),
      item(205, 30, 'vị chủ trì', 45), item(264, 30, 'vị phối hợp', 55),
    ];
    const row = (n: string, mid: number, owner: string) => [
      ...cell(50, mid, [n]), ...cell(90, mid, ['Rà soát', 'thủ tục']), ...cell(200, mid, [owner]), ...cell(262, mid, ['Sở']), ...cell(340, mid, ['x']),
    ];
    const page1 = [...header(), ...row('1', 70, 'Văn phòng'), ...row('2', 115, 'Văn phòng'), ...row('3', 160, 'Văn phòng')];
    const page2 = [...header(), ...row('4', 70, 'Văn phòng'), ...row('5', 115, 'Văn phòng'), ...row('6', 160, 'Văn phòng')];
    const f = file();
    applyLayouts(f, [layoutPage(page1, [], 1, 'pdf'), layoutPage(page2, [], 2, 'pdf')], 0, 2);
    expect(f.lines).toEqual([]);
    expect(f.rawTables).toHaveLength(1);
    expect(f.rawTables[0]!.header).toEqual(['TT', 'Nội dung', 'Phòng, đơn vị chủ trì', 'Phòng, đơn vị phối hợp', 'Ghi chú']);
    expect(f.rawTables[0]!.rows.map((r) => r.cells[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(f.rawTables[0]!.rows[3]!.cells).toEqual(['4', 'Rà soát thủ tục', 'Văn phòng', 'Sở', 'x']);
  });

  it('finds a wide column whose lines never stand beside two other cells (row numbers and values centred between them)', () => {
    // header: two-line cells on the right, "TT" and "Tên chỉ tiêu" centred between their lines
    const pieces = [
      ...cell(50, 20, ['TT']), ...cell(120, 20, ['Tên chỉ tiêu']), ...cell(300, 20, ['Đơn vị', 'tính']), ...cell(360, 20, ['Mức', 'phấn đấu']), ...cell(430, 20, ['Phòng', 'chủ trì']),
    ];
    [1, 2, 3].forEach((n) => {
      const mid = 20 + n * 45;
      pieces.push(...cell(50, mid, [String(n)]), ...cell(90, mid, ['Tỷ lệ hồ sơ giải', 'quyết đúng hạn']), ...cell(300, mid, ['%']), ...cell(360, mid, [`Tối thiểu 9${n}`]), ...cell(430, mid, ['Các phòng', 'thuộc Ban']));
    });
    const f = file();
    applyLayouts(f, [layoutPage(pieces, [], 1, 'pdf')], 0, 1);
    expect(f.rawTables).toHaveLength(1);
    expect(f.rawTables[0]!.header).toEqual(['TT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Mức phấn đấu', 'Phòng chủ trì']);
    expect(f.rawTables[0]!.rows.map((r) => r.cells)).toEqual([1, 2, 3].map((n) => [String(n), 'Tỷ lệ hồ sơ giải quyết đúng hạn', '%', `Tối thiểu 9${n}`, 'Các phòng thuộc Ban']));
  });

  it('parts header cells glued over a narrow gutter, ends a row on a page holding only the repeated header, and ends the table at a heading opening in the first column', () => {
    // header cells centred on one or two lines (5 pt line gap): "Thời hạn thực" and "Phòng/đơn"
    // 6 pt apart are one part; the line below has white over the gap
    const header = () => [
      item(250, 10, 'Thời hạn thực', 68), item(324, 10, 'Phòng/đơn', 48), item(400, 10, 'Phòng/đơn', 48), item(470, 10, 'Sản phẩm', 45),
      item(50, 19.5, 'TT', 10), item(100, 19.5, 'Nội dung', 40),
      item(270, 29, 'hiện', 20), item(330, 29, 'vị chủ trì', 40), item(402, 29, 'vị phối hợp', 45), item(475, 29, 'đầu ra', 30),
    ];
    const row = (n: number, mid: number, lead: string[], product: string[]) => [
      ...cell(50, mid, [String(n)]), ...cell(90, mid, ['Niêm yết', 'công khai']), ...cell(245, mid, ['Quý I']), ...cell(322, mid, lead), ...cell(400, mid, ['Các phòng']), ...cell(470, mid, product),
    ];
    const page1 = [...header(), ...row(1, 70, ['Văn phòng'], ['Báo cáo']), ...row(2, 120, ['Văn phòng'], ['Báo cáo']), ...row(3, 170, ['Văn phòng;', '- Bảo hiểm'], ['Báo cáo', 'Kế hoạch'])];
    const page2 = [
      ...header(),
      // the end of row 3, 8 pt under the header
      item(322, 51, 'xã hội.', 35), item(470, 51, 'năm 2027.', 45),
      // a heading where the row numbers start, 6 pt under it, then the next table
      item(48, 70, 'B. CHỈ TIÊU THỰC HIỆN', 120),
      item(50, 95, 'TT', 10), item(90, 95, 'Chỉ tiêu', 40), item(260, 95, 'Đơn vị', 30), item(330, 95, 'Mục tiêu', 40),
      ...[1, 2, 3].flatMap((n) => [item(50, 100 + n * 22, String(n), 5), item(90, 100 + n * 22, 'Tỷ lệ hồ sơ', 55), item(260, 100 + n * 22, '%', 8), item(330, 100 + n * 22, '100%', 25)]),
    ];
    const f = file();
    applyLayouts(f, [layoutPage(page1, [], 1, 'pdf'), layoutPage(page2, [], 2, 'pdf')], 0, 2);
    expect(f.rawTables).toHaveLength(2);
    const [a, b] = f.rawTables;
    expect(a!.header).toEqual(['TT', 'Nội dung', 'Thời hạn thực hiện', 'Phòng/đơn vị chủ trì', 'Phòng/đơn vị phối hợp', 'Sản phẩm đầu ra']);
    expect(a!.pages).toEqual([1, 2]);
    expect(a!.rows.map((r) => r.cells)).toEqual([
      ['1', 'Niêm yết công khai', 'Quý I', 'Văn phòng', 'Các phòng', 'Báo cáo'],
      ['2', 'Niêm yết công khai', 'Quý I', 'Văn phòng', 'Các phòng', 'Báo cáo'],
      ['3', 'Niêm yết công khai', 'Quý I', 'Văn phòng; - Bảo hiểm xã hội.', 'Các phòng', 'Báo cáo Kế hoạch năm 2027.'],
    ]);
    expect(b!.header).toEqual(['TT', 'Chỉ tiêu', 'Đơn vị', 'Mục tiêu']);
    expect(b!.rows.map((r) => r.cells)).toEqual([1, 2, 3].map((n) => [String(n), 'Tỷ lệ hồ sơ', '%', '100%']));
    expect(f.lines.map((l) => l.raw)).toEqual(['B. CHỈ TIÊU THỰC HIỆN']);
  });
});
