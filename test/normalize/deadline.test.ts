import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/normalize/deadline.js';

type Row = [text: string, kind: string, from: string | null, to: string | null, recurrence: string | null];

const PLAN_YEAR = 2024;

// every phrase kind of docs/domain.md "Deadline phrases", in correct Vietnamese
const CORRECT: Row[] = [
  ['Thường xuyên', 'continuous', null, null, null],
  ['Tháng 3/2024', 'month', '2024-03-01', '2024-03-31', null],
  ['Quý I năm 2024', 'quarter', '2024-01-01', '2024-03-31', null],
  ['Quý II/2025', 'quarter', '2025-04-01', '2025-06-30', null],
  ['6 tháng đầu năm', 'half-year', '2024-01-01', '2024-06-30', null],
  ['6 tháng cuối năm', 'half-year', '2024-07-01', '2024-12-31', null],
  ['Năm 2024', 'year', '2024-01-01', '2024-12-31', null],
  ['Trước ngày 15/02/2025', 'date', null, '2025-02-15', null],
  ['Chậm nhất ngày 15/12/2024', 'date', null, '2024-12-15', null],
  ['Ngày 20 hằng tháng', 'recurring', null, null, 'monthly'],
  ['Hằng tháng', 'recurring', null, null, 'monthly'],
  ['Hằng quý', 'recurring', null, null, 'quarterly'],
  ['Định kỳ 6 tháng', 'recurring', null, null, 'half-yearly'],
  ['Hằng năm', 'recurring', null, null, 'yearly'],
  ['Khi có phát sinh', 'event', null, null, null],
  ['Sau khi có Quyết định công bố', 'event', null, null, null],
  // decision: a schedule set by another plan is an event, not unknown
  ['Theo kế hoạch của UBND tỉnh', 'event', null, null, null],
  // forms the seeds show
  ['Quý I', 'quarter', '2024-01-01', '2024-03-31', null],
  ['Tháng 02/2025', 'month', '2025-02-01', '2025-02-28', null],
  ['Từ tháng 4 đến tháng 9/2025', 'month', '2025-04-01', '2025-09-30', null],
  ['Trước ngày 25 hằng tháng', 'recurring', null, null, 'monthly'],
  ['Hằng quý, năm và đột xuất khi có yêu cầu', 'recurring', null, null, 'quarterly'],
  ['Định kỳ 06 tháng và cuối năm', 'recurring', null, null, 'half-yearly'],
  ['Trong năm 2024', 'year', '2024-01-01', '2024-12-31', null],
  ['Cả năm', 'year', '2024-01-01', '2024-12-31', null],
  ['Hàng quý/năm', 'recurring', null, null, 'quarterly'],
  ['Theo Kế hoạch thị xã, phường', 'event', null, null, null],
  ['Theo lộ trình Kế hoạch', 'event', null, null, null],
  ['Theo quy định', 'event', null, null, null],
  ['Trong vòng 05 ngày làm việc kể từ ngày nhận hồ sơ', 'event', null, null, null],
  ['- Định kỳ theo quy định. - Đợt xuất theo thời điểm yêu cầu của thị xã', 'recurring', null, null, 'periodic'],
  ['6 tháng/lần', 'recurring', null, null, 'half-yearly'],
  ['6 tháng một lần', 'recurring', null, null, 'half-yearly'],
  ['3 tháng 1 lần', 'recurring', null, null, 'quarterly'],
  ['Định kỳ 3 tháng/lần', 'recurring', null, null, 'quarterly'],
  ['Hằng tuần', 'recurring', null, null, 'weekly'],
  ['Hằng ngày', 'recurring', null, null, 'daily'],
  // "Thường xuyên" broken over two table rows (seed 001)
  ['Thường', 'continuous', null, null, null],
  ['xuyên', 'continuous', null, null, null],
  // more bounded forms
  ['ngày 15 tháng 12 năm 2024', 'date', null, '2024-12-15', null],
  ['Trước ngày 15/12', 'date', null, '2024-12-15', null],
  ['Từ ngày 01/3/2024 đến ngày 30/4/2024', 'date', '2024-03-01', '2024-04-30', null],
  ['Quý I, II năm 2024', 'quarter', '2024-01-01', '2024-06-30', null],
  ['Quý III - Quý IV/2024', 'quarter', '2024-07-01', '2024-12-31', null],
  ['Tháng 12/2024 - tháng 2/2025', 'month', '2024-12-01', '2025-02-28', null],
  ['Cuối năm 2024', 'month', '2024-12-01', '2024-12-31', null],
  ['Năm 2024-2025', 'year', '2024-01-01', '2025-12-31', null],
  ['03/2024', 'month', '2024-03-01', '2024-03-31', null],
  ['Tháng 6', 'month', '2024-06-01', '2024-06-30', null],
  // mixed: the most specific bounded reading
  ['Thường xuyên, trong năm 2024', 'year', '2024-01-01', '2024-12-31', null],
  ['Quý I năm 2024 hoặc khi có phát sinh', 'quarter', '2024-01-01', '2024-03-31', null],
  ['Hằng tháng trong năm 2025', 'recurring', '2025-01-01', '2025-12-31', 'monthly'],
];

// the same phrases typed without marks
const UNMARKED: Row[] = [
  ['Thuong xuyen', 'continuous', null, null, null],
  ['Thang 3/2024', 'month', '2024-03-01', '2024-03-31', null],
  ['Quy I nam 2024', 'quarter', '2024-01-01', '2024-03-31', null],
  ['Quy II/2025', 'quarter', '2025-04-01', '2025-06-30', null],
  ['6 thang dau nam', 'half-year', '2024-01-01', '2024-06-30', null],
  ['6 thang cuoi nam', 'half-year', '2024-07-01', '2024-12-31', null],
  ['Nam 2024', 'year', '2024-01-01', '2024-12-31', null],
  ['Truoc ngay 15/02/2025', 'date', null, '2025-02-15', null],
  ['Cham nhat ngay 15/12/2024', 'date', null, '2024-12-15', null],
  ['Ngay 20 hang thang', 'recurring', null, null, 'monthly'],
  ['Hang thang', 'recurring', null, null, 'monthly'],
  ['Hang quy', 'recurring', null, null, 'quarterly'],
  ['Dinh ky 6 thang', 'recurring', null, null, 'half-yearly'],
  ['Hang nam', 'recurring', null, null, 'yearly'],
  ['Khi co phat sinh', 'event', null, null, null],
  ['Sau khi co Quyet dinh cong bo', 'event', null, null, null],
  ['Theo ke hoach cua UBND tinh', 'event', null, null, null],
  ['TU THANG 4 DEN THANG 9/2025', 'month', '2025-04-01', '2025-09-30', null],
  ['Trong nam 2024', 'year', '2024-01-01', '2024-12-31', null],
  ['Ca nam', 'year', '2024-01-01', '2024-12-31', null],
];

// OCR-damaged forms from the seeds (000, 002, 003, 004)
const DAMAGED: Row[] = [
  ['Thuong xuyén', 'continuous', null, null, null],
  ['Thugng xuyen', 'continuous', null, null, null],
  ['thuimg xuyen', 'continuous', null, null, null],
  ['Thu:fr "9 xuyen', 'continuous', null, null, null],
  ['Théng 3/2024', 'month', '2024-03-01', '2024-03-31', null],
  ['Thang 3/2025', 'month', '2025-03-01', '2025-03-31', null],
  ['Quy I nam 2024', 'quarter', '2024-01-01', '2024-03-31', null],
  ['Quy Il nam', 'quarter', '2024-04-01', '2024-06-30', null],
  ['Quy 11', 'quarter', '2024-04-01', '2024-06-30', null],
  ['Quy 1/2025', 'quarter', '2025-01-01', '2025-03-31', null],
  ['Quy 1 Nam Khi', 'quarter', '2024-01-01', '2024-03-31', null],
  ['Trudc ngay 15/02/2025', 'date', null, '2025-02-15', null],
  ['Trudc ngay 25 hang thang', 'recurring', null, null, 'monthly'],
  ['truéc ngay 23 hang thang', 'recurring', null, null, 'monthly'],
  ['Hang thang', 'recurring', null, null, 'monthly'],
  ['Hang ndm', 'recurring', null, null, 'yearly'],
  ['dinh ky hang quy,', 'recurring', null, null, 'quarterly'],
  ['Hang quy, nam va dot xuat khi co yéu cau', 'recurring', null, null, 'quarterly'],
  ['Trong nam 2021,', 'year', '2021-01-01', '2021-12-31', null],
  ['Sau khi co Quyet dinh cong bo dm BO trugng', 'event', null, null, null],
  ['Thuamg xuyen', 'continuous', null, null, null],
  ['Thuong xuyeén', 'continuous', null, null, null],
  ['Theo K& hoach', 'event', null, null, null],
  ['Khi c6 phat sinh', 'event', null, null, null],
  ['Théang 01', 'month', '2024-01-01', '2024-01-31', null],
  ['23 thang 6 nam 2022', 'date', null, '2022-06-23', null],
  // a month of every quarter, no quarter named
  ['Trước ngày 15 của tháng cuối quý', 'recurring', null, null, 'quarterly'],
  ['Tháng đầu quý', 'recurring', null, null, 'quarterly'],
  ['Tháng cuối quý II/2025', 'quarter', '2025-04-01', '2025-06-30', null],
];

function check([text, kind, from, to, recurrence]: Row, year: number | null = PLAN_YEAR) {
  expect(parseDeadline(text, year)).toEqual({ text, kind, from, to, recurrence });
}

describe('parseDeadline', () => {
  describe('correct Vietnamese', () => it.each(CORRECT)('%s', (...row) => check(row)));
  describe('without marks', () => it.each(UNMARKED)('%s', (...row) => check(row)));
  describe('OCR-damaged (seeds)', () => it.each(DAMAGED)('%s', (...row) => check(row)));

  it('leaves the period open when the year is missing and no plan year is known', () => {
    expect(parseDeadline('Quý I', null)).toEqual({ text: 'Quý I', kind: 'quarter', from: null, to: null, recurrence: null });
    expect(parseDeadline('6 tháng đầu năm', null)).toMatchObject({ kind: 'half-year', from: null, to: null });
    expect(parseDeadline('Trước ngày 15/12', null)).toMatchObject({ kind: 'date', from: null, to: null });
    expect(parseDeadline('Quý II/2025', null)).toMatchObject({ from: '2025-04-01', to: '2025-06-30' });
  });

  it('keeps the text as given, whitespace collapsed', () => {
    expect(parseDeadline('  Quý I\n năm   2024 ', 2024).text).toBe('Quý I năm 2024');
  });

  it.each([['Thu:fr "9'], ['Hoàn thành'], ['x']])('%s is unknown', (text) => {
    expect(parseDeadline(text, 2024).kind).toBe('unknown');
  });

  it('does not read a document number as a month', () => {
    expect(parseDeadline('Theo Thông tư 01/2023/TT-VPCP', 2024).kind).toBe('event');
  });

  it('rejects impossible dates and months', () => {
    expect(parseDeadline('Trước ngày 31/02/2025', 2024).kind).toBe('unknown');
    expect(parseDeadline('Tháng 13/2024', 2024).kind).not.toBe('month');
  });
});
