import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeLegacyVietnamese } from '../../src/load/legacyText.js';
import { parsePlan } from '../../src/pipeline/parsePlan.js';

describe('text files in a legacy 8-bit encoding', () => {
  it('reads TCVN3 bytes as Vietnamese', () => {
    const bytes = readFileSync(new URL('../../fixtures/broken/legacy-8bit.txt', import.meta.url));
    expect(decodeLegacyVietnamese(bytes)?.trim()).toBe('Kế hoạch kiểm soát thủ tục hành chính');
  });

  it('reads Windows-1258 bytes as Vietnamese', () => {
    // "Kế hoạch năm 2024" in Windows-1258: ê + combining acute (0xEC), a + combining dot below (0xF2), ă = 0xE3
    const bytes = Buffer.from([0x4b, 0xea, 0xec, 0x20, 0x68, 0x6f, 0x61, 0xf2, 0x63, 0x68, 0x20, 0x6e, 0xe3, 0x6d, 0x20, 0x32, 0x30, 0x32, 0x34]);
    const text = decodeLegacyVietnamese(bytes);
    expect(text).not.toBeNull();
    expect(text!.trim()).toBe('Kế hoạch năm 2024');
  });

  it('refuses a Latin-1 text that is not Vietnamese', () => {
    expect(decodeLegacyVietnamese(Buffer.from('Straße über Größe und Maße, schöne Grüße\n', 'latin1'))).toBeNull();
  });

  it('the pipeline converts with a warning', async () => {
    const bytes = readFileSync(new URL('../../fixtures/broken/legacy-8bit.txt', import.meta.url));
    const { plan } = await parsePlan({ bytes });
    expect(plan!.diagnostics.map((d) => d.ruleId)).toContain('load/legacy-encoding');
  });
});
