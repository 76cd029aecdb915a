import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '../../src/core/text.js';
import { decodeImage } from '../../src/load/image/decode.js';
import { crop, newGray, toTiff } from '../../src/load/image/gray.js';
import { ROOT } from '../helpers.js';
import { OcrPool } from '../../src/load/ocr/pool.js';
import { tiffTags } from './tiffTags.js';

describe('page images handed to the OCR engine as uncompressed TIFF', () => {
  it('frames a newGray image without copying its pixels', () => {
    const img = newGray(5, 3);
    img.data.set([0, 10, 20, 30, 40], 5);
    const file = toTiff(img);
    expect(file.buffer).toBe(img.data.buffer);
    const tags = tiffTags(file);
    expect([tags.get(256), tags.get(257), tags.get(258), tags.get(259), tags.get(262), tags.get(277)]).toEqual([5, 3, 8, 1, 1, 1]);
    const strip = tags.get(273)!;
    expect(tags.get(279)).toBe(15);
    expect([...file.subarray(strip + 5, strip + 10)]).toEqual([0, 10, 20, 30, 40]);
  });

  it('copies pixels that do not sit in a frame, and survives a frame overwritten by the caller', () => {
    const loose = { width: 2, height: 2, data: new Uint8Array([1, 2, 3, 4]) };
    const file = toTiff(loose);
    expect(file.buffer).not.toBe(loose.data.buffer);
    expect([...file.subarray(tiffTags(file).get(273)!, tiffTags(file).get(273)! + 4)]).toEqual([1, 2, 3, 4]);
    const framed = newGray(3, 1);
    new Uint8Array(framed.data.buffer).fill(7, 0, 8); // header clobbered
    expect(tiffTags(toTiff(framed)).get(256)).toBe(3);
  });

  it('is read by the real OCR engine, an odd pixel count (padded directory) included', async () => {
    const img = await decodeImage(readFileSync(join(ROOT, 'fixtures', 'scan-image', 'table.png')));
    const part = crop(img, 0, 0, img.width - (img.width % 2 ? 0 : 1), img.height - (img.height % 2 ? 0 : 1), 0)!;
    expect((part.width * part.height) % 2).toBe(1);
    const pool = new OcrPool({ size: 1 });
    try {
      const text = fold((await pool.recognize(toTiff(part))).map((w) => w.text).join(' '));
      expect(text).toContain('thu tuc hanh chinh');
    } finally {
      await pool.close();
    }
  }, 60_000);
});
