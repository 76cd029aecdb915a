import { expect, it } from 'vitest';
import { parseDate } from '../../src/normalize/date.js';

it('reads "năm" as Latin OCR mangles it ("nim", "ndm")', () => {
  expect(parseDate('Ké hoach s6 354/QD-UBND ngay 20 thang 02 nim 2024 cua')).toBe('2024-02-20');
  expect(parseDate('ngay 05 thang 03 ndm 2024')).toBe('2024-03-05');
});
