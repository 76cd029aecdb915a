import { describe, expect, it } from 'vitest';
import { convertLegacy, decodeLegacyBytes } from '../../src/repair/legacy.js';
import { TCVN3 } from '../../src/vocab/legacyEncodings.js';

const UNICODE = 'Cộng hòa xã hội chủ nghĩa Việt Nam - Độc lập - Tự do - Hạnh phúc';

/** Encode Unicode to TCVN3 with the table inverted (the round trip the tests check). */
function toTcvn3(text: string): string {
  const inv = new Map(Object.entries(TCVN3).map(([k, v]) => [v, k]));
  return [...text].map((c) => inv.get(c) ?? (inv.get(c.toLowerCase()) && c !== c.toLowerCase() ? c : c)).join('');
}

describe('legacy encodings', () => {
  it('TCVN3 (ABC) round trip', () => {
    const lower = UNICODE.replace(/Cộng/, 'cộng');
    const enc = toTcvn3(lower);
    expect(enc).not.toBe(lower);
    expect(convertLegacy(enc)).toBe(lower);
    expect(convertLegacy('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
  });
  it('VNI-Windows', () => {
    expect(convertLegacy('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(convertLegacy('Ñoäc laäp - Töï do - Haïnh phuùc, ñôn vò')).toBe('Độc lập - Tự do - Hạnh phúc, đơn vị');
  });
  it('VIQR', () => {
    expect(convertLegacy("Vie^.t Nam, ddo^.c la^.p - Tu+. do - Ha.nh phu'c.")).toBe('Việt Nam, độc lập - Tự do - Hạnh phúc.');
  });
  it('decomposed Unicode becomes NFC', () => {
    expect(convertLegacy(UNICODE.normalize('NFD'))).toBe(UNICODE);
  });
  it('runs inside a line, and leaves Unicode and OCR text alone', () => {
    expect(convertLegacy('Kế hoạch: Céng hoµ x· héi')).toBe('Kế hoạch: Cộng hòa xã hội');
    expect(convertLegacy(UNICODE)).toBe(UNICODE);
    expect(convertLegacy('Ké hoach t6 chirc, ddi méi co ché')).toBe('Ké hoach t6 chirc, ddi méi co ché');
    expect(convertLegacy('Công tác hôm nay, tô màu, cô giáo')).toBe('Công tác hôm nay, tô màu, cô giáo');
  });
  it('decodes Windows-1258 bytes', () => {
    // "Việt Nam kiểm soát" in Windows-1258: ê + combining dot below, ê + combining hook
    const bytes = Buffer.from([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d, 0x20, 0x6b, 0x69, 0xea, 0xd2, 0x6d, 0x20, 0x73, 0x6f, 0x61, 0xec, 0x74]);
    expect(decodeLegacyBytes(bytes)).toBe('Việt Nam kiểm soát');
    expect(decodeLegacyBytes(Buffer.from('Việt Nam', 'utf8'))).toBe('Việt Nam');
  });
});
