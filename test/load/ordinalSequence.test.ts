import { describe, expect, it } from 'vitest';
import { restoreOrdinals } from '../../src/load/pdf/ordinalSequence.js';
import type { RawRow } from '../../src/core/lines.js';

const row = (...cells: string[]): RawRow => ({ cells, place: { page: 1, line: 1 } });
const task = (n: string) => row(n, 'Nội dung', 'Văn phòng', 'Quý I');
const group = (n: string) => row(n, 'Nhóm nhiệm vụ', '', '');

describe('row numbers restored from their sequence (OCR tables)', () => {
  it('puts misread and dropped Roman numerals of group rows back', () => {
    const rows = [group('I'), task('1'), group(''), task('1'), group('II'), task('1'), group('IV'), task('1')];
    restoreOrdinals(rows);
    expect(rows.filter((r) => r.cells[2] === '').map((r) => r.cells[0])).toEqual(['I', 'II', 'III', 'IV']);
    const misread = [group('I'), group('II'), group('HI'), group('IV')];
    restoreOrdinals(misread);
    expect(misread.map((r) => r.cells[0])).toEqual(['I', 'II', 'III', 'IV']);
  });

  it('leaves group rows alone when few of them read right', () => {
    const rows = [group('A'), group('B'), group('C')];
    restoreOrdinals(rows);
    expect(rows.map((r) => r.cells[0])).toEqual(['A', 'B', 'C']);
  });

  it('fills a task number missing between its neighbours, not a continuation line', () => {
    const rows = [task('1'), task(''), task('3'), row('', 'tail', '', ''), task('4')];
    restoreOrdinals(rows);
    expect(rows.map((r) => r.cells[0])).toEqual(['1', '2', '3', '', '4']);
  });
});
