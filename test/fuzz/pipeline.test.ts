/**
 * Property-based tests of the text pipeline (fast-check): whatever text or bytes come in,
 * parsePlan resolves (never throws), its plan matches the schema, and text repair is
 * idempotent and leaves correctly written Vietnamese as it is. Runs are bounded (~200 each).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/pipeline/parsePlan.js';
import { PlanSchema } from '../../src/schema/plan.js';

// A fixed seed keeps CI deterministic; set FUZZ_SEED to explore other inputs locally.
const RUNS = { numRuns: 200, seed: Number(process.env.FUZZ_SEED ?? 1) };

/** Correctly written words and fragments of the kind plans are made of. */
const WORDS = [
  'Kế hoạch', 'kiểm soát', 'thủ tục hành chính', 'Ủy ban nhân dân', 'xã', 'huyện', 'tỉnh', 'năm', 'Số:', 'KH-UBND',
  'Nội dung', 'Cơ quan chủ trì', 'Phối hợp', 'Thời gian thực hiện', 'Quý II', 'Thường xuyên', 'Hằng tháng', 'Trước ngày',
  'Văn phòng', 'công chức', 'Bộ phận một cửa', 'Chủ tịch', 'Nơi nhận', 'STT', 'Chỉ tiêu', 'Đơn vị tính', '100%', 'Tối thiểu',
  'I.', 'II.', 'III.', '1.', '2.', '1.1', 'a)', '-', '+', '|', 'đúng hạn', 'hồ sơ', 'trực tuyến', 'rà soát', 'đơn giản hóa',
];
const NUMBERS = fc.integer({ min: 0, max: 2030 }).map(String);
const DATES = fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2030 })).map(([d, m, y]) => `${d}/${m}/${y}`);
const TOKEN = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: NUMBERS }, { weight: 1, arbitrary: DATES });
const SEPARATOR = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '   ');
const LINE = fc.array(fc.tuple(TOKEN, SEPARATOR), { maxLength: 14 }).map((parts) => parts.map(([t, s]) => t + s).join('').trim());
/** plan-shaped text: lines of plan vocabulary, numbers and dates, with blank lines and page breaks */
const PLAN_TEXT = fc.array(fc.oneof({ weight: 8, arbitrary: LINE }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constant('\f') }), { maxLength: 60 }).map((l) => l.join('\n'));
/** anything at all: arbitrary Unicode, control characters, lone surrogates included */
const ANY_TEXT = fc.string({ unit: 'binary', maxLength: 400 });
const ANY_BYTES = fc.uint8Array({ maxLength: 600 });

async function expectSound(input: string | Uint8Array): Promise<void> {
  const result = await parsePlan(typeof input === 'string' ? input : { bytes: input, path: 'fuzz.bin' });
  expect(Array.isArray(result.diagnostics)).toBe(true);
  if (result.plan) {
    const checked = PlanSchema.safeParse(result.plan);
    expect(checked.success, JSON.stringify(checked.error?.issues.slice(0, 3))).toBe(true);
  } else {
    expect(result.fatal).toBe(true);
    expect(result.diagnostics.some((d) => d.fatal && d.severity === 'error')).toBe(true);
  }
  // no stage may crash: a crash is reported as <stage>/crash
  expect(result.diagnostics.filter((d) => d.ruleId.endsWith('/crash'))).toEqual([]);
}

async function repaired(text: string): Promise<string[]> {
  const result = await parsePlan(text);
  return result.file.lines.map((l) => l.text);
}

describe('fuzz: the text pipeline', () => {
  it('never throws and always gives a schema-valid plan on plan-shaped text', async () => {
    await fc.assert(fc.asyncProperty(PLAN_TEXT, expectSound), RUNS);
  });

  it('counterexamples found so far stay fixed', async () => {
    // "năm 1900": a year the schema does not allow (1945..2200) must become null, not an invalid plan
    for (const text of ['năm 1900', 'Kế hoạch năm 0', 'năm 99999', '\f\f', '\t|\t|', 'Số: /']) await expectSound(text);
  });

  it('never throws on arbitrary text', async () => {
    await fc.assert(fc.asyncProperty(ANY_TEXT, expectSound), RUNS);
  });

  it('never throws on arbitrary bytes', async () => {
    await fc.assert(fc.asyncProperty(ANY_BYTES, expectSound), RUNS);
  });

  it('text repair is idempotent: repairing repaired text changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(PLAN_TEXT, async (text) => {
        const once = await repaired(text);
        if (once.length === 0) return;
        const twice = await repaired(once.join('\n'));
        expect(twice).toEqual(once);
      }),
      RUNS,
    );
  });

  // Was a known gap (FUZZ_SEED=7 found it): on a line with no other context a correct "Số" lost
  // its marks. Fixed by restore's clean-line gate (valid syllables on a line written with marks are kept).
  it('a lone correct "Số:" after numbering stays as it is (was a known gap)', async () => {
    expect(await repaired('II. 1.1 Số:')).toEqual(['II. 1.1 Số:']);
  });

  it('text repair leaves correctly written lines as they are (at most 1 % of lines changed)', async () => {
    // Exactly unchanged is the restore issue's target and not met yet (see the note there); the
    // rate is bounded here so that a regression fails.
    let lines = 0;
    let changed = 0;
    const examples: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(LINE, { minLength: 1, maxLength: 30 }), async (input) => {
        const text = input.join('\n');
        if (text.trim() === '') return;
        const out = await repaired(text);
        input.forEach((line, i) => {
          lines++;
          if (out[i] !== line.normalize('NFC')) {
            changed++;
            if (examples.length < 3) examples.push(`${line} → ${out[i]}`);
          }
        });
      }),
      RUNS,
    );
    console.info(`repair changed ${changed} of ${lines} correct lines`, examples);
    expect(changed / lines).toBeLessThanOrEqual(0.01);
  });
});
