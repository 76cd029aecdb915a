import { describe, expect, it } from 'vitest';
import { restoreText } from '../../src/repair/restore.js';

const restore = (s: string) => restoreText(s).text;

describe('restore: OCR damage and lost marks', () => {
  const cases: [string, string][] = [
    ['T6 chirc hoat dong', 'Tổ chức hoạt động'],
    ['S6: 89/KH-UBND', 'Số: 89/KH-UBND'],
    ['mot ctra, mot cira lien thong', 'một cửa, một cửa liên thông'],
    ['Poc lap - Tw do - Hanh phuc', 'Độc lập - Tự do - Hạnh phúc'],
    ['CONG HOA XA HQI CHU NGHIA VIET NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['ngay 20 thang 02 nim 2024', 'ngày 20 tháng 02 năm 2024'],
    ['ddi méi co ché mot cira', 'đổi mới cơ chế một cửa'],
    ['Pay manh cong tac truyén thong', 'Đẩy mạnh công tác truyền thông'],
  ];
  for (const [input, expected] of cases) it(`${input} → ${expected}`, () => expect(restore(input)).toBe(expected));

  it('keeps numbers, codes, abbreviations and punctuation', () => {
    expect(restore('Can cu Quyet dinh so 766/QĐ-TTg cua UBND tinh ve TTHC va KSTTHC.')).toBe(
      'Căn cứ Quyết định số 766/QĐ-TTg của UBND tỉnh về TTHC và KSTTHC.',
    );
  });

  it('keeps the line count, blank lines, tabs, pipes and spacing between cells', () => {
    const input = 'STT\tNoi dung\tThoi gian\n\n1 | Ra soat TTHC   | Thang 2\r\nket qua\n';
    const out = restore(input);
    expect(out.split('\n')).toHaveLength(input.split('\n').length);
    expect(out).toBe('STT\tNội dung\tThời gian\n\n1 | Rà soát TTHC   | Tháng 2\r\nkết quả\n');
  });

  it('applies every edit of a very long line in its place', () => {
    // one paragraph of 30 000 words (≈ 200 kB on one line, as a text layer without line breaks gives)
    const words = Array.from({ length: 10_000 }, (_, i) => `ke hoach ${i}`).join(' ');
    const out = restore(`${words}\nket qua`);
    expect(out).toBe(`${Array.from({ length: 10_000 }, (_, i) => `kế hoạch ${i}`).join(' ')}\nkết quả`);
  });

  it('leaves correct text unchanged (idempotent)', () => {
    const text = [
      '- Văn phòng HĐND & UBND thị xã;',
      'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;',
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2024 như sau:',
      'Đẩy mạnh công tác truyền thông, huy động sự tham gia tích cực của người dân, doanh nghiệp.',
    ].join('\n');
    expect(restore(text)).toBe(text);
    const once = restore('Ke hoach kiem soat thu tuc hanh chinh');
    expect(restore(once)).toBe(once);
  });

  it('writes one tone placement (old style, as the corpus does)', () => {
    expect(restore('Khánh Hoà, thuỷ lợi, uỷ quyền')).toBe('Khánh Hòa, thủy lợi, ủy quyền');
  });

  it('reports changed tokens and low-confidence ones with positions', () => {
    const r = restoreText('Ke hoach nam 2024\nTo chirc hoat dong');
    expect(r.changed).toBeGreaterThan(0);
    for (const t of r.tokens) {
      expect(t.confidence).toBeGreaterThanOrEqual(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
    }
    expect(r.tokens.find((t) => t.from === 'chirc')).toMatchObject({ line: 1, column: 3, to: 'chức' });
  });
});

describe('restore: text already written with marks (the clean-line gate)', () => {
  it('keeps valid syllables, abbreviations, foreign words, units and list markers on a marked line', () => {
    for (const line of [
      'Số tiền thuế GTGT (VAT) ghi trên hóa đơn, nâng đỡ chip bán dẫn tại TP. Hồ Chí Minh',
      'Nghị định số 63/2010/ND-CP của Chính phủ',
      'đ) Đề án hoạt động của người đứng đầu (iv) và 5 kg',
      'Trạm biến áp 500 kV và ĐD 500 kV, cột G1',
      'II. 1.1 Số:',
    ]) {
      expect(restore(line)).toBe(line);
    }
  });

  it('still repairs invalid pieces on a marked line', () => {
    expect(restore('Kính gửi: Bộ Ngoại glao')).toBe('Kính gửi: Bộ Ngoại giao');
  });

  it('keeps URLs and file names as written', () => {
    expect(restore('Xem tại https://baochinhphu.vn/phan-dau-hoan-thanh-duong-vanh-dai rồi')).toBe(
      'Xem tại https://baochinhphu.vn/phan-dau-hoan-thanh-duong-vanh-dai rồi',
    );
    expect(restore('Phu luc kem theo Thong tu so 50.2012.TT-BCT.doc')).toBe('Phụ lục kèm theo Thông tư số 50.2012.TT-BCT.doc');
  });

  it('keeps a line without marks in a document written with marks, restores it in a short or unmarked one', () => {
    const marked = Array.from({ length: 24 }, (_, i) => `${i + 1}. Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh.`);
    const title = 'Phu luc ban hanh kem theo Thong tu so 29.doc';
    const doc = [...marked.slice(0, 12), title, ...marked.slice(12)];
    expect(restoreText(doc.join('\n')).lines[12]).toBe(title);
    // a few lines are not enough to tell; a document mostly without marks is restored throughout
    expect(restoreText([...marked.slice(0, 3), title].join('\n')).lines[3]).toMatch(/^Phụ lục /);
    const unmarked = doc.map((l) => (l === title ? l : 'Ra soat, danh gia thu tuc hanh chinh thuoc tham quyen giai quyet cua tinh.'));
    expect(restoreText(unmarked.join('\n')).lines[0]).toBe('Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh.');
  });

  it('keeps phonetic notation (modifier letters) as written', () => {
    expect(restore('âm tiết /tiếtː/ và phụ âm /tʰ/ trong tiếng Việt')).toBe('âm tiết /tiếtː/ và phụ âm /tʰ/ trong tiếng Việt');
  });

  it('restores OCR damage inside a code on a damaged line (QD → QĐ)', () => {
    expect(restore('Can cu Quyet dinh so 45/QD-UBND ngay 08/01/2025')).toBe('Căn cứ Quyết định số 45/QĐ-UBND ngày 08/01/2025');
  });
});
