import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/core/text.js';
import { ROOT } from '../helpers.js';

describe('TIFF page images through the whole pipeline', async () => {
  const { parsePlan } = await import('../../src/pipeline/parsePlan.js');
  it('reads a deflate TIFF (decoded by us) by OCR and finds the ruled table', async () => {
    const path = join(ROOT, 'fixtures', 'scan-image', 'table-deflate.tif');
    const { file, fatal } = await parsePlan({ bytes: readFileSync(path), path });
    expect(fatal).toBe(false);
    expect(file.mediaType).toBe('image/tiff');
    expect(file.textSource).toBe('ocr');
    const table = file.rawTables.find((t) => t.layout === 'ocr-grid');
    expect(table?.header).toHaveLength(6);
    expect(fold(table!.header.join(' '))).toContain(fold('Nội dung công việc'));
    expect(table!.rows[0]!.cells[0]).toBe('I');
  });
  /** a TIFF header whose only page, 10 × 10, claims this compression */
  const claiming = (compression: number): Uint8Array => {
    const b = new Uint8Array(8 + 2 + 3 * 12 + 4);
    const v = new DataView(b.buffer);
    b.set([0x49, 0x49, 0x2a, 0]);
    v.setUint32(4, 8, true);
    v.setUint16(8, 3, true);
    [[256, 10], [257, 10], [259, compression]].forEach(([tag, value], i) => {
      v.setUint16(10 + i * 12, tag!, true);
      v.setUint16(12 + i * 12, 3, true);
      v.setUint32(14 + i * 12, 1, true);
      v.setUint16(18 + i * 12, value!, true);
    });
    return b;
  };
  for (const [code, said] of [[34925, 'TIFF with LZMA compression is not supported'], [50001, 'TIFF with WebP compression is not supported'], [60000, 'TIFF with code 60000 compression is not supported']] as const) {
    it(`names compression ${code} (was: "Error attempting to read image.")`, async () => {
      const r = await parsePlan({ bytes: claiming(code), path: 'scan.tif' });
      expect(r.fatal).toBe(true);
      const error = r.diagnostics.find((d) => d.severity === 'error');
      expect(error?.ruleId).toBe('load/image-invalid');
      expect(error?.message).toContain(said);
    });
  }
  it('names the compression it cannot read instead of failing vaguely', async () => {
    // a TIFF header whose only page claims old-style JPEG compression (6)
    const b = new Uint8Array(8 + 2 + 3 * 12 + 4);
    const v = new DataView(b.buffer);
    b.set([0x49, 0x49, 0x2a, 0]);
    v.setUint32(4, 8, true);
    v.setUint16(8, 3, true);
    [[256, 10], [257, 10], [259, 6]].forEach(([tag, value], i) => {
      v.setUint16(10 + i * 12, tag!, true);
      v.setUint16(12 + i * 12, 3, true);
      v.setUint32(14 + i * 12, 1, true);
      v.setUint16(18 + i * 12, value!, true);
    });
    const r = await parsePlan({ bytes: b, path: 'scan.tif' });
    expect(r.fatal).toBe(true);
    const error = r.diagnostics.find((d) => d.severity === 'error');
    expect(error?.ruleId).toBe('load/image-invalid');
    expect(error?.message).toMatch(/TIFF with old-style JPEG compression is not supported/);
  });
});
