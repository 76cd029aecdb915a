import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeadline, parseLegalRefs, parseTarget } from '../../src/normalize/index.js';
import { DeadlineSchema, LegalRefSchema, TargetSchema } from '../../src/schema/plan.js';

// strings built from the pieces deadline, target and citation cells are made of
const piece = fc.constantFrom(
  'Quý', 'I', 'II', 'Il', 'IV', 'năm', 'nam', 'tháng', 'Théng', 'ngày', 'Trước', 'hằng', 'Định kỳ', 'Thường xuyên',
  'Tối thiểu', 'Không quá', 'Quyết định', 'số', 'của', 'Chính phủ', 'về', 'Luật', '766/QĐ-TTg', '61/2018/ND-CP',
  '2024', '2025', '15/02/2025', '31/02/2024', '3', '06', '13', '/', '-', ',', ';', '%', '2,5', '≥', ' ',
);
const cell = fc.oneof(fc.array(piece, { maxLength: 12 }).map((a) => a.join(' ')), fc.string({ maxLength: 40 }));
const nonBlank = cell.filter((s) => s.trim() !== '');

describe('normalize parsers on arbitrary cells', () => {
  it('parseDeadline always returns a valid deadline with from <= to', () => {
    fc.assert(
      fc.property(nonBlank, fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }), (text, year) => {
        const d = parseDeadline(text, year);
        expect(DeadlineSchema.safeParse(d).success).toBe(true);
        if (d.from && d.to) expect(d.from <= d.to).toBe(true);
        expect(d.recurrence !== null).toBe(d.kind === 'recurring');
      }),
      { numRuns: 400 },
    );
  });

  it('parseTarget always returns a valid target', () => {
    fc.assert(
      fc.property(nonBlank, (text) => {
        const t = parseTarget(text);
        expect(TargetSchema.safeParse(t).success).toBe(true);
        expect(t.op === null).toBe(t.value === null);
      }),
      { numRuns: 400 },
    );
  });

  it('parseLegalRefs always returns valid references', () => {
    fc.assert(
      fc.property(cell, (text) => {
        for (const r of parseLegalRefs(text)) expect(LegalRefSchema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
