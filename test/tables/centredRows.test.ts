import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/load/text.js';
import { shareOut } from '../../src/tables/centredRows.js';
import { segmentTextTables } from '../../src/tables/segment.js';
import { interpretTables } from '../../src/tables/index.js';
import { ROOT } from '../helpers.js';

describe('vertically centred cells', () => {
  it('shares a column out so that each cell is centred on its row number', () => {
    // a tall cell for row 1 (lines 1-5 around 3), a short one for row 2 (line 8)
    expect(shareOut([1, 2, 3, 4, 5, 8], [3, 8])).toEqual([0, 0, 0, 0, 0, 1]);
    // a tall cell for row 2 reaching above the midpoint between the numbers
    expect(shareOut([3, 5, 6, 7, 8, 9, 10, 11], [3, 8])).toEqual([0, 1, 1, 1, 1, 1, 1, 1]);
    expect(shareOut([1, 2, 3, 4], [2, 5])).toEqual([0, 0, 0, 1]);
  });

  it.each([
    ['a-department', 'own-a-department'],
    ['d-provincial', 'own-d-provincial'], // rows cut by page breaks, a header wrapped above and below
  ])('reads a pdftotext table whose row numbers sit mid-row (%s printed with centred cells)', (data, fixture) => {
    const text = readFileSync(join(ROOT, `test/tables/data/${data}.centred.pdftotext-layout.txt`), 'utf8');
    const out = interpretTables(segmentTextTables(textToLines(text)).tables);
    const expected = JSON.parse(readFileSync(join(ROOT, `fixtures/${fixture}/expected.json`), 'utf8'));
    const pick = (t: Record<string, unknown>) => [t.id, t.content, t.lead, t.coordinating];
    expect(out.tasks.map((t) => pick(t as never))).toEqual(expected.tasks.map(pick));
    expect(out.tasks.map((t) => t.deadlineText)).toEqual(expected.tasks.map((t: { deadline: { text: string } }) => t.deadline.text));
    expect(out.indicators.map((i) => [i.id, i.name, i.unit, i.targetText])).toEqual(
      expected.indicators.map((i: { id: string; name: string; unit: string; target: { text: string } }) => [i.id, i.name, i.unit, i.target.text]),
    );
  });
});
