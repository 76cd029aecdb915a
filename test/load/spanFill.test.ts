import { describe, expect, it } from 'vitest';
import { fillSpannedCells } from '../../src/load/pdf/spanFill.js';
import type { RawRow } from '../../src/core/lines.js';

const row = (...cells: string[]): RawRow => ({ cells, place: { page: 1, line: 1 } });

describe('cells spanning rows in a borderless table', () => {
  it('gives a task row with empty leading content cells the cells of the row above', () => {
    const rows = [row('I', 'NHÓM', '', '', ''), row('1', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động 1', 'Quý I'), row('2', '', '', 'Hoạt động 2', 'Quý II'), row('3', '', 'Nhiệm vụ 2', 'Hoạt động 3', '')];
    fillSpannedCells(rows);
    expect(rows.map((r) => r.cells)).toEqual([
      ['I', 'NHÓM', '', '', ''],
      ['1', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động 1', 'Quý I'],
      ['2', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động 2', 'Quý II'],
      ['3', 'Mục tiêu', 'Nhiệm vụ 2', 'Hoạt động 3', ''],
    ]);
  });

  it('leaves rows under a group heading and empty cells on the right alone', () => {
    const rows = [row('I', 'NHÓM', '', ''), row('1', '', '', 'x'), row('2', 'Nội dung', 'Văn phòng', '')];
    fillSpannedCells(rows);
    expect(rows.map((r) => r.cells)).toEqual([row('I', 'NHÓM', '', '').cells, row('1', '', '', 'x').cells, row('2', 'Nội dung', 'Văn phòng', '').cells]);
  });
});
