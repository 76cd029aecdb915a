/**
 * A flat task table in OCR'd text whose row numbers run on across its groups (1 … 9 under I–III),
 * read across by OCR: header lost, group numerals misread or lost, some row numbers lost too.
 */
import { describe, expect, it } from 'vitest';
import { tables } from './textTables.js';
import { headerRolesIn } from '../../src/tables/columnRoles.js';
import { anchorCandidate, headerAt } from '../../src/tables/ocrLines.js';
import { textToLines } from '../../src/load/text.js';
import { damagedGroupShape } from '../../src/tables/ocrDamagedGroups.js';

const first = (s: string | null | undefined, n = 2) => (s ?? '').split(' ').slice(0, n).join(' ');

describe('header words inside other words', () => {
  it('does not read "người dùng" or "người đứng đầu" as the column "Nội dung"', () => {
    expect(headerRolesIn('phục vụ người dùng tra cứu').map((h) => h.role)).not.toContain('content');
    expect(headerRolesIn('có sản phẩm và thời hạn hoàn thành; người đứng đầu').map((h) => h.role)).not.toContain('content');
  });

  it('does not take a sentence going on after a semicolon for a header line', () => {
    expect(headerAt(textToLines('Xác định rõ nội dung, sản phẩm, tiến độ và trách nhiệm của từng phòng, đơn vị; bảo đảm'), 0)).toBeNull();
    expect(headerAt(textToLines('Stt | Nội dung | Sản phẩm | Đơn vị chủ trì | Tiến độ'), 0)).not.toBeNull();
  });

  it('still reads a damaged "Nội dung" that starts like it', () => {
    expect(headerRolesIn('STT N6i dung Co quan chu tri').map((h) => h.role)).toContain('content');
    expect(headerRolesIn('Stt Nôi dung').map((h) => h.role)).toContain('content');
  });
});

describe('group titles and row numbers misread', () => {
  it('takes a title in capitals with no numeral for a group shape, its first word whole', () => {
    expect(damagedGroupShape('TUYÊN TRUYỀN, PHỔ BIẾN THỦ TỤC')).toMatchObject({ token: '', title: 'TUYÊN TRUYỀN, PHỔ BIẾN THỦ TỤC' });
    expect(damagedGroupShape('| TUYÊN TRUYỀN, PHỔ BIẾN THỦ TỤC')).toBeNull();
  });

  it('reads "S" before a ruling as the row number 5', () => {
    expect(anchorCandidate('S_ | Kiểm tra việc niêm yết công khai')).toMatchObject({ readings: [{ path: [5] }], ruled: true });
    expect(anchorCandidate('Sở Tư pháp | Văn phòng')).toBeNull();
  });
});

describe('a headerless table numbered on across its groups', () => {
  const text = [
    'I. MỤC ĐÍCH, YÊU CẦU',
    '2. Yêu cầu',
    'Mỗi nhiệm vụ có sản phẩm và thời hạn hoàn thành cụ thể; người đứng đầu',
    'đơn vị chịu trách nhiệm về kết quả thực hiện.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Các đơn vị triển khai nhiệm vụ được giao theo Phụ lục kèm theo.',
    'PHỤ LỤC',
    'DANH MỤC NHIỆM VỤ NĂM 2026',
    '|1 | CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH',
    '1 | Công bố danh mục thủ tục hành chính mới ban hành | Văn phòng | Quyết định | Quý I/2026',
    '2 | Cập nhật thủ tục hành chính trên Cơ sở dữ liệu | Văn phòng | Dữ liệu | Thường xuyên',
    '3_ | Niêm yết công khai thủ tục tại Bộ phận Một cửa | Bộ phận Một cửa | Bảng niêm yết | Quý II/2026',
    '4 | Đánh giá tác động thủ tục trong dự thảo văn bản | Các phòng | Bảng đánh giá | Khi soạn thảo',
    'EN RÀ SOÁT, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH',
    'S_ | Rà soát thủ tục lĩnh vực đất đai, đề xuất cắt giảm | Phòng Đất đai | Báo cáo | Tháng 5/2026',
    'Rà soát thủ tục lĩnh vực môi trường, đề xuất phương án | Phòng Môi trường | Báo cáo | Tháng 6/2026',
    '7 | Báo cáo kết quả rà soát với Ủy ban nhân dân tỉnh | Văn phòng | Báo cáo | Tháng 7/2026',
    'LH | GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH ĐÚNG HẠN',
    'Tiếp nhận, giải quyết hồ sơ đúng quy trình, theo dõi | Bộ phận Một cửa | Tỷ lệ đúng hạn | Thường xuyên',
    'hồ sơ trên Hệ thống thông tin giải quyết thủ tục',
    'Công khai xin lỗi tổ chức, cá nhân khi hồ sơ quá hạn | Đơn vị để quá hạn | Văn bản | Khi phát sinh',
    '10 | Theo dõi số liệu giải quyết hồ sơ hằng tháng | Bộ phận Một cửa | Báo cáo | Ngày 18 hằng tháng',
    'SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT',
    '11 | Số hóa hồ sơ, kết quả giải quyết thủ tục còn hiệu lực | Trung tâm Dữ liệu | Kho dữ liệu | Tháng 9/2026',
    '12 | Báo cáo tình hình kiểm soát thủ tục hành chính | Văn phòng | Báo cáo | Hằng quý',
  ].join('\n');

  it('is not taken for a table under a paragraph that names header words', () => {
    const r = tables(text);
    expect(r.tasks.map((t) => first(t.content))).not.toContain('Mỗi nhiệm');
  });

  it('finds every row, numbering the rows that lost their numbers from those around them', () => {
    const r = tables(text);
    expect(r.tasks.map((t) => [t.group?.number, t.stt, first(t.content)])).toEqual([
      ['I', '1', 'Công bố'],
      ['I', '2', 'Cập nhật'],
      ['I', '3', 'Niêm yết'],
      ['I', '4', 'Đánh giá'],
      ['II', '5', 'Rà soát'],
      ['II', '6', 'Rà soát'],
      ['II', '7', 'Báo cáo'],
      ['III', '8', 'Tiếp nhận,'],
      ['III', '9', 'Công khai'],
      ['III', '10', 'Theo dõi'],
      ['IV', '11', 'Số hóa'],
      ['IV', '12', 'Báo cáo'],
    ]);
  });
});

describe('an OCR\'d table whose groups are lettered', () => {
  const text = [
    'TT Nội dung nhiệm vụ Sản phẩm Đơn vị chủ trì Đơn vị phối hợp Thời gian thực hiện',
    'A_ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
    '1 | Ban hành kế hoạch kiểm soát thủ tục hành chính | Kế hoạch | Văn phòng | Các phòng | Tháng 02/2026',
    '2 | Kiểm tra việc thực hiện quy trình nội bộ | Thông báo | Văn phòng | Các phòng | Quý III/2026',
    'B. RÀ SOÁT, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH',
    '1 | Rà soát thủ tục lĩnh vực đầu tư, đề xuất cắt giảm | Báo cáo | Phòng Đầu tư | Văn phòng | Quý II/2026',
    'CHUYỂN ĐỔI SỐ VÀ CHẾ ĐỘ BÁO CÁO',
    '1 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Dữ liệu | Văn phòng | Các phòng | Trong năm 2026',
    '2 | Báo cáo kết quả kiểm soát thủ tục hành chính | Báo cáo | Văn phòng | Các phòng | Hằng quý',
  ].join('\n');

  it('keeps the letters, and letters a group whose letter OCR lost', () => {
    const r = tables(text);
    expect(r.tasks.map((t) => [t.group?.number, t.stt, first(t.content)])).toEqual([
      ['A', '1', 'Ban hành'],
      ['A', '2', 'Kiểm tra'],
      ['B', '1', 'Rà soát'],
      ['C', '1', 'Số hóa'],
      ['C', '2', 'Báo cáo'],
    ]);
  });
});
