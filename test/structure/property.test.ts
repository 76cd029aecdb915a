/** Whatever the lines, the structure stage returns schema-valid values and never throws. */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { DocumentSchema, SectionSchema, WrapperSchema } from '../../src/schema/plan.js';
import { structureOf } from './helpers.js';

const FRAGMENTS = [
  'UBND HUYỆN PHÚ TÂN', 'UY BAN NHAN DAN', 'THI TRAN CHQ VAM Poc lap - Tw do - Hanh phuc', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Số: 89/KH-UBND', 'S6: A05 /KH-SKHDT', 'Số:   /QĐ-UBND', 'Chợ Vàm, ngày 05 tháng 03 năm 2024', 'ngay 31 thang 02 nam 2024',
  'KẾ HOẠCH', 'QUYẾT ĐỊNH', 'QUYẾT ĐỊNH:', 'Điều 1. Ban hành', 'Căn cứ Luật;', 'Can ctr', 'I. MỤC ĐÍCH', 'I11. KINH PHi', '1. Mục đích',
  'a) Đúng', '1.1. Tiết', '- Nội dung;', 'Nơi nhận:', 'Noi nhin: CHU TICH', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An',
  'PHỤ LỤC', 'STT\tNội dung\tCơ quan chủ trì', '(Ban hành kèm theo Quyết định số 1/QĐ-UBND ngày 1/1/2024 của UBND xã A)', '', '2',
];

it('gives schema-valid structure for any mix of header fragments and noise', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 })), { maxLength: 40 }), (lines) => {
      const { s, diagnostics } = structureOf(lines.join('\n'));
      expect(DocumentSchema.safeParse(s.document).success).toBe(true);
      if (s.wrapper) expect(WrapperSchema.safeParse(s.wrapper).success).toBe(true);
      for (const section of s.sections) expect(SectionSchema.safeParse(section).success).toBe(true);
      for (const b of s.legalBases) expect(b.text.length).toBeGreaterThan(0);
      if (s.appendixStart !== null) expect(s.appendixStart).toBeLessThan(Math.max(1, lines.length));
      for (const d of diagnostics) expect(d.ruleId.startsWith('structure/')).toBe(true);
    }),
    { numRuns: 300 },
  );
});
