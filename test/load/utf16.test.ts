/** Text saved as UTF-16 with a byte-order mark (Notepad's "Unicode") is read like UTF-8 text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/pipeline/parsePlan.js';

const seed = readFileSync(new URL('../../fixtures/seed-000/input.txt', import.meta.url), 'utf8');

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

describe('UTF-16 text with a byte-order mark', () => {
  for (const endian of ['le', 'be'] as const) {
    it(`UTF-16${endian.toUpperCase()} gives the plan UTF-8 gives (was: "binary data")`, async () => {
      const fromUtf8 = await parsePlan({ bytes: Buffer.from(seed), path: 'a.txt' });
      const fromUtf16 = await parsePlan({ bytes: utf16(seed, endian), path: 'a.txt' });
      expect(fromUtf16.fatal).toBe(false);
      expect(fromUtf16.plan!.source.mediaType).toBe('text/plain');
      expect(fromUtf16.plan!.tasks).toEqual(fromUtf8.plan!.tasks);
      expect(fromUtf16.plan!.document).toEqual(fromUtf8.plan!.document);
    });
  }

  it('without a byte-order mark it stays binary data', async () => {
    const r = await parsePlan({ bytes: Buffer.from(seed, 'utf16le'), path: 'a.txt' });
    expect(r.fatal).toBe(true);
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('load/binary');
  });

  it('binary data that happens to open with FF FE stays binary data', async () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x03, 0x00, 0x7f, 0x00]);
    const r = await parsePlan({ bytes, path: 'a.txt' });
    expect(r.diagnostics.map((d) => d.ruleId)).toContain('load/binary');
  });
});
