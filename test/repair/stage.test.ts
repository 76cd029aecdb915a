import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/pipeline/parsePlan.js';

describe('repair stage', () => {
  it('restores every line and keeps raw', async () => {
    const r = await parsePlan('KE HOACH\nKiem soat thu tuc hanh chinh nam 2024\n');
    const lines = r.file.lines;
    expect(lines[0].text).toBe('KẾ HOẠCH');
    expect(lines[1].text).toBe('Kiểm soát thủ tục hành chính năm 2024');
    expect(lines[1].raw).toBe('Kiem soat thu tuc hanh chinh nam 2024');
  });
  it('repair: false skips it', async () => {
    const r = await parsePlan('KE HOACH\n', { repair: false });
    expect(r.file.lines[0].text).toBe('KE HOACH');
  });
  it('low-confidence tokens become diagnostics with their place', async () => {
    const r = await parsePlan('Ke hoach\nqxv chirc tlch cd\n');
    for (const d of r.diagnostics.filter((x) => x.ruleId === 'repair/low-confidence')) {
      expect(d.place?.line).toBeGreaterThan(0);
      expect(d.place?.page).toBe(1);
    }
  });
});
