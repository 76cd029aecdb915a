/** A line of very many tab cells is tried as a table header cell by cell, each cheaply. */
import { describe, expect, it } from 'vitest';
import { rolesOfHeader } from '../../src/tables/columnRoles.js';
import { parsePlan } from '../../src/pipeline/parsePlan.js';

describe('header roles of tab cells', () => {
  it('a line of 200 000 one-letter tab cells is no header, and the text parses', async () => {
    const r = await parsePlan('a\t'.repeat(200_000));
    expect(r.fatal).toBe(false);
    expect(r.plan!.tables).toEqual([]);
  });

  it('cells far from any header in length still get no role; near ones keep theirs', () => {
    expect(rolesOfHeader(['Stt', 'Nội dung công việc', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'x'.repeat(500)])).toEqual(['stt', 'content', 'lead', 'deadline', 'other']);
    expect(rolesOfHeader(['TT', 'Noi dung', 'Thoi gian'])).toEqual(['stt', 'content', 'deadline']);
  });
});
