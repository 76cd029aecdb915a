import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/load/text.js';
import { alignedHeaderAt, segmentAlignedTables } from '../../src/tables/alignedSegmenter.js';
import { chunksOf, columnStarts, cutLine } from '../../src/tables/alignedColumns.js';
import { continuesAbove } from '../../src/tables/spanningCells.js';
import { segmentTextTables } from '../../src/tables/segment.js';
import { interpretTable } from '../../src/tables/interpret.js';

/** Lay out cells at fixed column widths, two spaces apart (pdftotext -layout). */
const WIDTHS = [4, 18, 16, 26, 14, 12];
const line = (...cells: string[]) => cells.map((c, k) => c.padEnd(WIDTHS[k]!)).join('  ').trimEnd();
const HEADER = line('Stt', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Chủ trì', 'Thời gian');

describe('aligned columns', () => {
  it('cuts a line into pieces at runs of two or more spaces', () => {
    expect(chunksOf('1     Cập nhật, công khai  Văn phòng').map((c) => [c.text, c.start])).toEqual([
      ['1', 0],
      ['Cập nhật, công khai', 6],
      ['Văn phòng', 27],
    ]);
  });

  it('moves a column start left of a centred header word when the body agrees', () => {
    const header = chunksOf('Stt        Nội dung          Chủ trì');
    const body = ['1    Ban hành kế hoạch     Văn phòng', '     kiểm soát', '2    Rà soát               Sở Tư pháp'];
    expect(columnStarts(header, body)).toEqual([0, 5, 27]);
  });

  it('splits text of two columns one space apart at the column start, keeps a small spill', () => {
    expect(cutLine('1   Rà soát thủ tục Phòng Tư pháp', [0, 4, 20])).toEqual(['1', 'Rà soát thủ tục', 'Phòng Tư pháp']);
    expect(cutLine('    Rà soát các thủ tục', [0, 4, 20])).toEqual(['', 'Rà soát các thủ tục', '']);
  });

  it('knows a header line: 3+ roles, Stt first, pieces apart', () => {
    expect(alignedHeaderAt(HEADER)?.roles).toEqual(['stt', 'objective', 'mission', 'content', 'lead', 'deadline']);
    expect(alignedHeaderAt('Stt Nội dung Chủ trì Thời gian')).toBeNull(); // single spaces: OCR text, not columns
    expect(alignedHeaderAt('Stt\tNội dung\tChủ trì\tThời gian')).toBeNull();
  });

  it('tells a lower-case tail from the start of a cell', () => {
    expect(continuesAbove('soát, đơn giản hóa')).toBe(true);
    expect(continuesAbove('Phản ánh, kiến nghị')).toBe(false);
    expect(continuesAbove('100% hồ sơ')).toBe(false);
  });
});

describe('aligned segmenter', () => {
  const text = [
    'PHỤ LỤC',
    'KẾ HOẠCH HÀNH ĐỘNG NĂM 2025',
    '',
    HEADER,
    '',
    line('I.', 'KIỂM SOÁT THỦ TỤC HÀNH CHÍNH'),
    '',
    line('1', '100% thủ tục được', 'Kiểm soát chặt', 'Cập nhật, công khai thủ', 'Văn phòng', 'Thường xuyên'),
    line('', 'công bố, công khai;', 'chẽ việc công bố', 'tục hành chính', 'HĐND', ''),
    line('', 'thủ tục được rà', '', '', '', ''),
    line('2', 'soát, đơn giản hóa', '', 'Niêm yết thủ tục hành', 'Bộ phận Một', 'Khi có phát'),
    line('', '', '', 'chính', 'cửa', 'sinh'),
    '',
    '\f' + HEADER,
    '',
    line('3', '', 'Rà soát quy định', 'Rà soát, đề xuất phương', 'Phòng Tư pháp', 'Quý III năm'),
    line('', '', '', 'án đơn giản hóa', '', '2025'),
    '',
    line('II.', 'THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG TRÊN ĐỊA BÀN'),
    '',
    line('1', 'Tối thiểu 80% hồ', 'Đẩy mạnh dịch', 'Hướng dẫn nộp hồ sơ', 'Bộ phận Một', 'Thường xuyên'),
    line('', 'sơ trực tuyến', 'vụ công', 'trực tuyến', 'cửa', ''),
    '',
    'Nơi nhận:',
    '- Như trên;',
  ].join('\n');
  const lines = textToLines(text);

  it('finds one table with its title, pages and lines', () => {
    const tables = segmentAlignedTables(lines);
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.layout).toBe('aligned');
    expect(t.title).toBe('KẾ HOẠCH HÀNH ĐỘNG NĂM 2025');
    expect(t.header).toEqual(['Stt', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Chủ trì', 'Thời gian']);
    expect(t.pages).toEqual([1, 2]);
    expect(lines[t.lineRange![1]]!.text).toContain('sơ trực tuyến');
  });

  it('starts rows at Stt numbers and group numerals, joins the lines of a cell with one space', () => {
    const t = segmentAlignedTables(lines)[0]!;
    expect(t.rows.map((r) => r.cells[0])).toEqual(['I.', '1', '2', '3', 'II.', '1']);
    expect(t.rows[1]!.cells[3]).toBe('Cập nhật, công khai thủ tục hành chính');
    expect(t.rows[2]!.cells.slice(3)).toEqual(['Niêm yết thủ tục hành chính', 'Bộ phận Một cửa', 'Khi có phát sinh']);
    expect(t.rows[4]!.cells[1]).toBe('THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG TRÊN ĐỊA BÀN');
  });

  it('gives merged objective/mission cells back to their rows and carries them down', () => {
    const { tables } = segmentTextTables(lines);
    const out = interpretTable(tables[0]!);
    expect(out.tasks.map((x) => x.id)).toEqual(['I.1', 'I.2', 'I.3', 'II.1']);
    const objective = '100% thủ tục được công bố, công khai; thủ tục được rà soát, đơn giản hóa';
    expect(out.tasks.map((x) => x.objective)).toEqual([objective, objective, objective, 'Tối thiểu 80% hồ sơ trực tuyến']);
    expect(out.tasks.map((x) => x.mission)).toEqual([
      'Kiểm soát chặt chẽ việc công bố', 'Kiểm soát chặt chẽ việc công bố', 'Rà soát quy định', 'Đẩy mạnh dịch vụ công',
    ]);
    expect(out.tasks[2]!.deadlineText).toBe('Quý III năm 2025');
    expect(out.tasks[0]!.group?.title).toBe('KIỂM SOÁT THỦ TỤC HÀNH CHÍNH');
  });

  it('joins a header wrapped over two lines', () => {
    const w = [4, 30, 12, 12];
    const l = (...cells: string[]) => cells.map((c, k) => c.padEnd(w[k]!)).join('  ').trimEnd();
    const t = segmentAlignedTables(
      textToLines([l('Stt', 'Nội dung', 'Đơn vị', 'Mục tiêu năm'), l('', '', 'tính', '2025'), '', l('1', 'Tỷ lệ hồ sơ đúng hạn', '%', '100')].join('\n')),
    )[0]!;
    expect(t.header).toEqual(['Stt', 'Nội dung', 'Đơn vị tính', 'Mục tiêu năm 2025']);
    const out = interpretTable(t);
    expect(out.info.kind).toBe('indicators');
    expect(out.indicators[0]).toMatchObject({ id: '1', name: 'Tỷ lệ hồ sơ đúng hạn', unit: '%', targetText: '100' });
  });

  it('leaves prose and OCR text alone', () => {
    expect(segmentAlignedTables(textToLines('Stt Nội dung Chủ trì Thời gian\n1 Ban hành kế hoạch Văn phòng Tháng 1'))).toEqual([]);
  });

  it('reads a pdftotext-like page: centred header words, header wrapped above, page number, appendix heading', () => {
    const page = [
      '                          Cơ quan        Thời gian',
      'STT          Nội dung     chủ trì        hoàn thành',
      '',
      '1     Ban hành kế hoạch   Văn phòng      Trước ngày',
      '      kiểm soát thủ tục   Sở             15/02/2025',
      '2     Rà soát thủ tục     Phòng Tư',
      '      hành chính          pháp           Quý III',
      '\f                            2',
      '                          Cơ quan        Thời gian',
      'STT          Nội dung     chủ trì        hoàn thành',
      '3     Báo cáo kết quả     Văn phòng      Hằng quý',
      '',
      '                     PHỤ LỤC II',
      '      CHỈ TIÊU KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2025',
    ].join('\n');
    const lines = textToLines(page);
    const tables = segmentAlignedTables(lines);
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.header).toEqual(['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành']);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['1', 'Ban hành kế hoạch kiểm soát thủ tục', 'Văn phòng Sở', 'Trước ngày 15/02/2025'],
      ['2', 'Rà soát thủ tục hành chính', 'Phòng Tư pháp', 'Quý III'],
      ['3', 'Báo cáo kết quả', 'Văn phòng', 'Hằng quý'],
    ]);
    expect(t.pages).toEqual([1, 2]);
    expect(lines[t.lineRange![1]]!.text).toContain("Báo cáo kết quả");
  });
});
