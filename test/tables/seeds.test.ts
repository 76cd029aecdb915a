/**
 * The tables stage on the five seeds. Seed 001 (tab-separated, clean) is checked cell by cell
 * (checked by hand against the seed text); the OCR seeds by their groups and row numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/load/text.js';
import { createPlanFile } from '../../src/pipeline/planFile.js';
import { findTables } from '../../src/tables/index.js';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

function tablesOf(name: string) {
  const bytes = readFileSync(new URL(name, SEEDS));
  const file = createPlanFile(bytes, name);
  file.lines = textToLines(new TextDecoder().decode(bytes));
  return findTables(file);
}

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

// id, content start, output start, lead, deadline
const ROWS_001 = [
  ["I.1", "Xây dựng, ban hành các văn bản về kiểm s", "Quyết định của Chủ tịch UBND p", "- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.", "Quý I"],
  ["I.2", "Xây dựng, ban hành các văn bản cụ thể để", "Văn bản thực hiện công tác kiể", "Các ngành liên quan phối hợp.", "Thường xuyên"],
  ["II.3", "Thực hiện niêm yết, đăng tải công khai T", "Các ngành trực tiếp tiếp nhận,", "Các ngành liên quan phối hợp.", "Thường xuyên"],
  ["III.4", "Thực hiện rà soát, đánh giá TTHC trên cá", "- Báo cáo kết quả rà soát, đán", "Các ngành liên quan phối hợp.", "Theo kế hoạch của UBND thị xã"],
  ["III.5", "Hướng dẫn, đôn đốc, đánh giá chất lượng ", "Báo cáo tổng hợp kết quả rà so", "- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.", "Theo kế hoạch"],
  ["IV.6", "Công khai thông tin cơ quan có thẩm quyề", "Niêm yết và đăng tải công khai", "Cơ quan, đơn vị, địa phương có thẩm quyền tiếp nhận, giải quyết TTHC và trả kết quả giải quyết TTHC.", "Thường xuyên"],
  ["IV.7", "Tiếp nhận, phân loại và chuyển phản ánh,", "- Văn bản chuyển phản ánh, kiế", "- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.", "Thường xuyên"],
  ["IV.8", "Đôn đốc, kiểm tra việc xử lý, trả lời ph", "Báo cáo tổng hợp kết quả xử lý", "- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.", "Thường xuyên"],
  ["V.9", "Triển khai thực hiện việc đánh giá, tái ", "- Văn bản triển khai thực hiện", "- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.", "Thường xuyên"],
  ["V.10", "Triển khai thực hiện phương thức tiếp nh", "TTHC có phát sinh hồ sơ tiếp n", "Các ngành liên quan phối hợp.", "Thường xuyên"],
  ["V.11", "Bộ phận Một cửa các cơ quan thực hiện xâ", "Mẫu đơn, tờ khai bằng các biểu", "- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.", "Thường xuyên"],
  ["V.12", "Thực hiện công khai tiến độ, kết quả giả", "- Việc tiếp nhận, xử lý hồ sơ,", "- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.", "Thường xuyên"],
  ["V.13", "Thực hiện cập nhật, công khai kịp thời, ", "100% các hồ sơ TTHC tiếp nhận,", "- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.", "Thường xuyên"],
  ["V.14", "Thực hiện đánh giá sự hài lòng trong quá", "- Kết quả đánh giá, các giải p", "- Bộ phận Một cửa của phường thực hiện; - Các ngành liên quan phối hợp.", "Hàng quý/năm"],
  ["V.15", "Triển khai thực hiện sử dụng bộ nhận diệ", "Bộ nhận diện thương hiệu Bộ ph", "- Bộ phận Một cửa của phường thực hiện.", "Thường xuyên"],
  ["V.16", "Tiếp tục thực hiện Đề án đổi mới việc th", "Hoàn thành nội dung, công việc", "- Bộ phận Một cửa của phường thực hiện; - Các ngành liên quan phối hợp.", "Theo kế hoạch"],
  ["VI.17", "Triển khai thực hiện số hóa hồ sơ và kết", "- Hồ sơ điện tử. - Hệ thống lư", "- Bộ phận Một cửa của phường thực hiện.", "Thường xuyên"],
  ["VI.18", "Rà soát, lựa chọn các TTHC chưa được thự", "- Văn bản triển khai thực hiện", "- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.", "Thường xuyên"],
  ["VI.19", "Tiếp tục triển khai thực hiện dịch vụ cô", "Thực hiện dịch vụ chứng thực b", "- Tư pháp – Hộ tịch; - Các ngành liên quan phối hợp.", "Thường xuyên"],
  ["VII.20", "Tự kiểm tra nội bộ hoạt động tiếp nhận, ", "- Văn bản kiểm tra nội bộ. - B", "- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.", "Thường xuyên"],
  ["VIII.21", "Thực hiện công tác tuyên truyền về kiểm ", "- Văn bản triển khai thực hiện", "- Văn phòng – Thống kê; Văn hóa – Xã hội; - Các ngành liên quan phối hợp.", "Theo Kế hoạch thị xã, phường"],
  ["VIII.22", "Thực hiện tuyên truyền để tăng tỷ lệ ngư", "- Văn bản triển khai thực hiện", "- Văn phòng – Thống kê; Văn hóa – Xã hội; - Các ngành liên quan phối hợp.", "Thường xuyên"],
  ["IX.23", "Chủ tịch UBND phường trực tiếp chỉ đạo v", "Báo cáo cụ thể kết quả triển k", "- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.", "Định kỳ 06 tháng và cuối năm"],
  ["X.24", "Thực hiện các nhiệm vụ của Nghị quyết số", "Báo cáo kết quả thực hiện các ", "- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.", "Theo lộ trình Kế hoạch"],
  ["X.25", "Triển khai thực hiện các nhiệm vụ của Th", "Báo cáo kết quả thực hiện nhiệ", "- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.", "Theo lộ trình Công văn"],
  ["XI.26", "Đăng ký, tham gia tập huấn chuyên môn, n", "Đăng ký, tham gia lớp tập huấn", "- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.", "Thường xuyên"],
  ["XII.27", "Triển khai thực hiện các chế độ báo cáo ", "Các chế độ báo cáo về tình hìn", "- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.", "- Định kỳ theo quy định. - Đợt xuất theo thời điểm yêu cầu của thị xã"],
  ["XII.28", "Báo cáo về tình hình, kết quả kiểm soát ", "- Báo cáo về tình hình và kết ", "- Văn phòng – Thống kê; - Các ngành liên quan phối hợp.", "- Định kỳ 3 tháng/lần. - Đột xuất theo thời điểm yêu cầu của thị xã"],
];
const INDICATORS_001 = [
  ["1", "Tỷ lệ cung cấp dịch vụ công trực tuyến t", "%", "Tối thiểu 80", "- Các sở, ban ngành chủ trì; - UBND cấp huyện phối hợp."],
  ["2", "Tỷ lệ thanh toán trực tuyến trên Cổng Dị", "%", "Tối thiểu 45", "Các sở, ban ngành; UBND cấp huyện, cấp xã"],
  ["3", "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ s", "%", "Tối thiểu 50", "Các sở, ban ngành; UBND cấp huyện, cấp xã"],
  ["4", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết T", "%", "Tối thiểu 80", "Các sở, ban ngành; UBND cấp huyện, cấp xã"],
  ["5", "Tỷ lệ cấp kết quả giải quyết TTHC điện t", "%", "100", "Các sở, ban ngành; UBND cấp huyện, cấp xã"],
  ["6", "Tỷ lệ thực hiện chứng thực bản sao điện ", "%", "100", "UBND cấp huyện, cấp xã"],
  ["7", "Tỷ lệ khai thác, sử dụng lại thông tin, ", "%", "Tối thiểu 50", "Các sở, ban ngành; UBND cấp huyện, cấp xã"],
  ["8", "Tỷ lệ công bố, công khai TTHC đúng hạn.", "%", "100", "Các sở, ban ngành"],
  ["9", "Tỷ lệ kết quả xử lý hồ sơ TTHC của bộ, n", "%", "100", "- Sở Thông tin và truyền thông chủ trì; - Các sở, ban ngành phối hợp."],
  ["10", "Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn", "%", "100", "Các sở, ban ngành; UBND cấp huyện, cấp xã"],
  ["11", "Mức độ hài lòng trong tiếp nhận, giải qu", "%", "Tối thiểu 90", "Các sở, ban ngành; UBND cấp huyện, cấp xã"],
  ["12", "Tỷ lệ xử lý văn bản, hồ sơ công việc (tr", null, null, null],
  ["12.1", "Các sở, ban ngành và tương đương thuộc U", "%", "100", "Các sở, ban ngành"],
  ["12.2", "Các phòng, ban và tương đương thuộc UBND", "%", "95", "UBND cấp huyện"],
  ["12.3", "UBND cấp xã.", "%", "80", "UBND cấp xã"],
];

describe('seed 001 (tab-separated rows, HTML leftovers, page-break continuations)', () => {
  const result = tablesOf('001_4d1c5ace35da35be.txt');

  it('finds one task table and one indicator table', () => {
    expect(result.tables.map((t) => [t.kind, t.rowCount, t.layout])).toEqual([['tasks', 28, 'tab'], ['indicators', 15, 'tab']]);
    expect(result.tables[0]!.columns.map((c) => c.role)).toEqual(['stt', 'content', 'output', 'lead', 'deadline']);
    expect(result.tables[1]!.columns.map((c) => c.role)).toEqual(['stt', 'content', 'unit', 'target', 'lead']);
  });

  it('reads all 28 tasks in their 12 groups with their cells', () => {
    expect(result.tasks).toHaveLength(28);
    result.tasks.forEach((t, i) => {
      const [id, content, output, lead, deadline] = ROWS_001[i]!;
      expect(t.id).toBe(id);
      expect(t.content?.startsWith(content!)).toBe(true);
      expect(t.output?.startsWith(output!)).toBe(true);
      expect(t.lead).toBe(lead);
      expect(t.deadlineText).toBe(deadline);
      expect(t.coordinating).toBeNull();
      expect(t.heading).toBe(false);
    });
    const groups = [...new Set(result.tasks.map((t) => t.group!.number))];
    expect(groups).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
    expect(result.tasks[0]!.group!.title).toBe('Ban hành văn bản quản lý nhà nước về kiểm soát thủ tục hành chính (TTHC)');
    expect(result.tasks.find((t) => t.id === 'XII.27')!.group!.title).toBe('Công tác thông tin, báo cáo');
  });

  it('merges rows continued across page breaks and strips HTML', () => {
    const t7 = result.tasks.find((t) => t.id === 'IV.7')!;
    expect(t7.content).toBe('Tiếp nhận, phân loại và chuyển phản ánh, kiến nghị; trả lời phản ánh, kiến nghị cho người dân, doanh nghiệp và công khai kết quả trả lời phản ánh, kiến nghị theo quy định và trên Hệ thống phản ánh, kiến nghị của Chính phủ.');
    expect(t7.deadlineText).toBe('Thường xuyên');
    const t28 = result.tasks.find((t) => t.id === 'XII.28')!;
    expect(t28.output).toBe('- Báo cáo về tình hình và kết quả thực hiện của các cơ quan, đơn vị, địa phương. - Báo cáo tổng hợp về tình hình và kết quả thực hiện trên địa bàn thị xã của UBND thị xã.');
    for (const t of result.tasks) for (const v of [t.content, t.output, t.lead, t.deadlineText]) expect(v).not.toMatch(/[<>]/);
    expect(result.tasks[0]!.place).toEqual({ page: 1, line: 66 }); // the line of "1\tXây dựng, ban hành …"
  });

  it('reads all 15 indicators, 12 heading 12.1–12.3', () => {
    expect(result.indicators).toHaveLength(15);
    result.indicators.forEach((x, i) => {
      const [id, name, unit, target, lead] = INDICATORS_001[i]!;
      expect(x.id).toBe(id);
      expect(x.name?.startsWith(name!)).toBe(true);
      expect([x.unit, x.targetText, x.lead]).toEqual([unit, target, lead]);
    });
  });
});

describe('OCR seeds: groups and row numbers in order', () => {
  it('000: scattered cells, damaged numerals and row numbers', () => {
    const r = tablesOf('000_f88f020101287375.txt');
    expect(r.tables.map((t) => t.kind)).toEqual(['tasks', 'indicators', 'tasks']);
    const groups = [...new Set([...r.tasks, ...r.indicators].map((t) => t.group?.number))];
    expect(groups).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'X', 'IX']);
    expect(ids(r.tasks.filter((t) => t.group?.number === 'I'))).toEqual(['I.1', 'I.2', 'I.3', 'I.4', 'I.5', 'I.6', 'I.7', 'I.8']);
    // I.7 and I.8 lost their numbers ("." and "o") after a page break
    expect(r.tasks.find((t) => t.id === 'I.8')!.content).toMatch(/^o Phéi hop t6 chuc tap huan/);
    expect(ids(r.tasks.filter((t) => t.group?.number === 'III')).slice(0, 12)).toEqual([
      'III.1', 'III.1.1', 'III.1.2', 'III.1.3', 'III.1.4', 'III.1.5', 'III.1.6', 'III.1.7', 'III.1.8', 'III.1.9', 'III.1.10', 'III.2',
    ]);
    expect(ids(r.tasks.filter((t) => t.group?.number === 'III')).slice(12)).toEqual(['III.2.1', 'III.2.2', 'III.2.3', 'III.2.4', 'III.2.5', 'III.2.6', 'III.2.7']);
    // rows 7 and 8 of group II lost their numbers (a column of loose lines): found between 6 and 9
    expect(ids(r.tasks.filter((t) => t.group?.number === 'II'))).toEqual(['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7', 'II.8', 'II.9', 'II.10']);
    expect(r.tasks.find((t) => t.id === 'II.8')!.content).toMatch(/^Ra soat, tham muu UBND thi tran dé xuat danh muc TTHC lién théng/);
    // 706: V.2.1, its number read as "2." (a second 2), found between the heading 2 and 2.2;
    // 913, 1130: headings VIII.2 and X.2 whose numbers were lost, found above their first children;
    // 1117: X.1.4, a block row whose lead and coordinating cells repeat those of X.1.3
    expect(r.diagnostics.filter((d) => d.ruleId === 'table/number-inferred').map((d) => d.place!.line!).sort((a, b) => a - b)).toEqual([197, 203, 285, 316, 532, 706, 913, 1117, 1130]);
    expect(r.tasks.find((t) => t.id === 'X.1.4')!.content).toMatch(/^Bao cao dot xuat/);
    expect(r.tasks.find((t) => t.id === 'X.2')!.heading).toBe(true);
    expect(r.tasks.find((t) => t.id === 'X.2')!.content).toMatch(/^C4c ndi dung khac vé kiém soat/);
    expect(r.tasks.find((t) => t.id === 'V.2.1')!.content).toMatch(/^Phoi hop ra soat, hoan/);
    expect(r.tasks.find((t) => t.id === 'III.1')!.heading).toBe(true);
    expect(r.tasks.find((t) => t.id === 'III.1')!.content).toMatch(/^Thuc hign co ché/);
    expect(r.tasks.find((t) => t.id === 'III.1.1')!.content).toMatch(/^Phoi hop xay dung/);
    expect(ids(r.indicators).slice(0, 8)).toEqual(['IX.1', 'IX.1.1', 'IX.1.3', 'IX.1.4', 'IX.1.5', 'IX.1.7', 'IX.2', 'IX.2.1']);
    expect(r.diagnostics.some((d) => d.ruleId === 'table/number-repaired' && d.place?.line === 380)).toBe(true);
    expect(ids(r.tasks.filter((t) => t.group?.number === 'VI'))).toEqual(['VI.1', 'VI.2', 'VI.3', 'VI.4']); // "L Tiép nhan" = 1
    expect(ids(r.tasks.filter((t) => t.group?.number === 'X')).slice(0, 4)).toEqual(['X.1', 'X.1.1', 'X.1.2', 'X.1.3']);
    expect(r.diagnostics.some((d) => d.ruleId === 'table/doubtful-cells')).toBe(true);
  });

  it('002: hierarchical table, two groups', () => {
    const r = tablesOf('002_9d2b13195043c45e.txt');
    expect(r.tables.map((t) => t.kind)).toEqual(['tasks']);
    expect([...new Set(r.tasks.map((t) => t.group?.number))]).toEqual(['I', 'II']);
    expect(r.tasks[0]!.group!.title).toBe('KIEM SOAT THU TUC HANH CHINH');
    // the Stt numbers objectives: rows are the activities, cut where an activity or its deadline shows
    expect(r.tasks.length).toBeGreaterThanOrEqual(20);
    expect(r.tasks[0]!.stt).toBeNull();
    expect(r.tasks.filter((t) => t.deadlineText != null).length).toBeGreaterThanOrEqual(15);
    expect(r.tasks.some((t) => /^Trién khai quy trinh s6 hoa/.test(t.content ?? ''))).toBe(true);
  });

  it('003: columns one after another, group numerals lost or misread', () => {
    const r = tablesOf('003_1a0f7667cf2dd221.txt');
    expect([...new Set(r.tasks.map((t) => t.group?.number))]).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']);
    expect(ids(r.tasks.filter((t) => t.group?.number === 'I'))).toEqual(['I.1', 'I.2', 'I.3', 'I.4']);
    expect(r.tasks.find((t) => t.group?.number === 'II')!.group!.title).toBe("THU'C HIEN CONG BO, CONG KHAI TTHC");
    expect(r.diagnostics.filter((d) => d.ruleId === 'table/group-number-lost').map((d) => d.place?.line)).toEqual([43, 322]);
    expect(r.diagnostics.some((d) => d.ruleId === 'table/group-number-repaired' && d.place?.line === 266)).toBe(true);
    // group II lost its row numbers: rows are cut where a task text begins
    expect(r.tasks.filter((t) => t.group?.number === 'III').map((t) => t.content!.slice(0, 12))).toEqual(['Ping ky danh', 'Thuc hién ra', 'Bio céo két ']);
    const g2 = r.tasks.filter((t) => t.group?.number === 'II');
    expect(g2.map((t) => t.content!.slice(0, 24))).toEqual([
      'Thue hién cong bd, cong ', 'Ra soat, trinh cong bd d', 'Ra soat, trinh phé duyét', 'Ra soat, trinh céng bd T',
      'Ra soat, trinh phé duyét', 'Cap nhat, cong khai dir ', 'Niém yét, cong khai cac ', 'Ra soat, don gian héa TT',
      'A sodt, trinh cong bd bd', // "Rà soát" whose R was lost against the ruling
      'Thyc thi phuong 4n don g', 'Phé duyét b6 sung phuong',
    ]);
    expect(g2.every((t) => t.stt === null)).toBe(true);
    expect(r.diagnostics.filter((d) => d.ruleId === 'table/doubtful-row').length).toBeGreaterThanOrEqual(10);
  });

  it('004: blocks per row, no groups, table ends where the body resumes', () => {
    const r = tablesOf('004_3eab05cccacae040.txt');
    expect(ids(r.tasks)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(r.tasks[0]!.content).toMatch(/^Tri6n khai kip thei/);
    expect(r.tasks[8]!.content).toMatch(/^- Bao can thong ke/);
    expect(r.tasks[8]!.content).not.toMatch(/TO CHI5'C/);
    expect(r.tasks.every((t) => t.group === null)).toBe(true);
  });
});

describe('tables already cut into cells by a loader', () => {
  it('go through the same interpreter', () => {
    const file = createPlanFile(new Uint8Array(), null);
    file.rawTables = [{
      header: ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn hoàn thành', 'Sản phẩm'],
      rows: [
        { cells: ['I', 'KIỂM SOÁT TTHC', '', '', '', ''], place: { page: 3, line: 4 } },
        { cells: ['1', 'Rà soát\nquy định', 'Văn phòng', 'Các sở', 'Quý II/2025', 'Báo cáo'], place: { page: 3, line: 5 } },
      ],
      pages: [3], title: 'Phụ lục I', place: { page: 3, line: 1 }, layout: 'pdf-grid',
    }];
    const r = findTables(file);
    expect(r.tables[0]).toMatchObject({ kind: 'tasks', layout: 'pdf-grid', pages: [3], rowCount: 1 });
    expect(r.tasks[0]).toMatchObject({
      id: 'I.1', content: 'Rà soát quy định', lead: 'Văn phòng', coordinating: 'Các sở', deadlineText: 'Quý II/2025', output: 'Báo cáo',
      place: { page: 3, line: 5 },
    });
  });

  it('leave the lines they took to them, and the rest to the text segmenters', () => {
    const bytes = readFileSync(new URL('001_4d1c5ace35da35be.txt', SEEDS));
    const file = createPlanFile(bytes, null);
    file.lines = textToLines(new TextDecoder().decode(bytes));
    const first = file.lines.findIndex((l) => l.text.startsWith('Stt\tNội dung công việc'));
    const last = file.lines.findIndex((l) => l.text.startsWith('Phụ lục')) - 1;
    file.rawTables = [{
      header: ['Stt', 'Nội dung', 'Chủ trì'], rows: [{ cells: ['1', 'Một việc', 'Văn phòng'], place: { page: 1, line: first + 2 } }],
      pages: [1], title: null, place: { page: 1, line: first + 1 }, lineRange: [first, last], layout: 'pdf-grid',
    }];
    const r = findTables(file);
    expect(r.tables.map((t) => [t.kind, t.layout, t.rowCount])).toEqual([['tasks', 'pdf-grid', 1], ['indicators', 'tab', 15]]);
  });
});
