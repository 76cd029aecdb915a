import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/normalize/date.js';

describe('parseDate', () => {
  it.each([
    ['Phường Nguyễn Nghiêm, ngày 12 tháng 3 năm 2024', '2024-03-12'],
    ['Cho Vam, ngay 05 thang 03 nam 2024', '2024-03-05'],
    ['Tra Vinh, ngay/13 thang 01 nam 2021', '2021-01-13'],
    ['số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng', '2022-06-23'],
    ['Trước ngày 15/02/2025', '2025-02-15'],
    ['354/QD-UBND ngay 20 thang 02 nim 2024 cua', '2024-02-20'],
    ['ngdy 05 théng 3 ndm 2024', '2024-03-05'],
  ])('%s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it('rejects impossible dates', () => {
    expect(parseDate('ngày 31/02/2024')).toBeNull();
    expect(parseDate('Quý I năm 2024')).toBeNull();
  });
});
