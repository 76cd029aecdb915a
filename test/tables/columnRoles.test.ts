import { describe, expect, it } from 'vitest';
import { headerScore, roleOfHeader, rolesOfHeader } from '../../src/tables/columnRoles.js';

describe('roleOfHeader', () => {
  it.each([
    ['Stt', 'stt'],
    ['TT', 'stt'],
    ['Nội dung công việc', 'content'],
    ['Nội dung chỉ tiêu', 'content'],
    ['Hoạt động', 'content'],
    ['Kết quả công việc', 'output'],
    ['Kết quả/Sản phẩm', 'output'],
    ['Bộ phận thực hiện', 'lead'],
    ['Cơ quan thực hiện', 'lead'],
    ['Cơ quan chủ trì', 'lead'],
    ['Cơ quan phối hợp', 'coordinating'],
    ['Thời gian thực hiện', 'deadline'],
    ['Thời hạn', 'deadline'],
    ['Đơn vị', 'unit'],
    ['Chỉ tiêu năm 2024', 'target'],
    ['Kế hoạch năm 2026', 'target'],
    ['Hoạt động cụ thể', 'content'],
    ['Ghi chú', 'note'],
    ['Mục tiêu', 'objective'],
    ['Nhiệm vụ', 'mission'],
    // OCR damage and lost marks
    ['Noi dung', 'content'],
    ['Co quan chiitri', 'lead'],
    ['phéihgp', 'coordinating'],
    ['Thoigian', 'deadline'],
    ['Két qua thuc hién', 'output'],
    ['Ghi chd', 'note'],
    ['NỘI DUNG', 'content'],
    // not a role
    ['Số hiệu văn bản', 'other'],
    ['', 'other'],
  ])('%s → %s', (header, role) => expect(roleOfHeader(header)).toBe(role));

  it('keeps the first of two columns with the same role; the other is extra', () => {
    expect(rolesOfHeader(['Stt', 'Nội dung', 'Nội dung chi tiết'])).toEqual(['stt', 'content', 'other']);
  });
});

describe('a table of procedures to review (Tên thủ tục hành chính)', () => {
  it('reads the procedure name as the content, its code as no role', () => {
    expect(roleOfHeader('Tên thủ tục hành chính')).toBe('content');
    expect(roleOfHeader('Ten thu tuc hanh chinh')).toBe('content');
    expect(roleOfHeader('Mã thủ tục hành chính')).toBe('other');
    expect(roleOfHeader('Mã thủ tục')).toBe('other');
  });
  it('keeps the code out of the content whichever column comes first', () => {
    expect(rolesOfHeader(['STT', 'Tên thủ tục hành chính', 'Mã thủ tục hành chính', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành']))
      .toEqual(['stt', 'content', 'other', 'lead', 'coordinating', 'deadline']);
    expect(rolesOfHeader(['STT', 'Mã thủ tục hành chính', 'Tên thủ tục hành chính', 'Đơn vị chủ trì']))
      .toEqual(['stt', 'other', 'content', 'lead']);
  });
});

describe('headerScore (header lines in OCR text)', () => {
  it('recognises damaged header lines', () => {
    expect(headerScore('Stt Noi dung chiitri | phéihop | hoanthanh | thuchign | Nt chu')).toBeGreaterThanOrEqual(3);
    expect(headerScore('STT Noi dung cong viéc Co quan chi tri Co quan phoi hop Thoi gian')).toBeGreaterThanOrEqual(3);
  });
  it('does not take body text for a header', () => {
    expect(headerScore('c6 trach nhiém cha dong phdi hop trién khai thuc hién va chiu trach nhiém trudc')).toBeLessThan(3);
    expect(headerScore('TTHC c6 két qua phai traban diénte | KSTTHC | cira thi trdan | 2024')).toBeLessThan(3);
  });
});

describe('roles that depend on the whole header (Nhiệm vụ, Mục tiêu)', () => {
  it('reads "Nhiệm vụ" as the mission above a content column, as the tasks without one', () => {
    expect(rolesOfHeader(['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Chủ trì', 'Thời gian'])).toEqual(['stt', 'objective', 'mission', 'content', 'lead', 'deadline']);
    expect(rolesOfHeader(['STT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Phối hợp', 'Thời hạn'])).toEqual(['stt', 'content', 'lead', 'coordinating', 'deadline']);
  });
  it('reads "Mục tiêu" as the target of an indicator table', () => {
    expect(rolesOfHeader(['STT', 'Nội dung chỉ tiêu', 'Đơn vị', 'Mục tiêu', 'Bộ phận thực hiện'])).toEqual(['stt', 'content', 'unit', 'target', 'lead']);
  });
});
