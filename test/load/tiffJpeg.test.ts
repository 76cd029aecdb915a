import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/core/text.js';
import { decodeImage } from '../../src/load/image/decode.js';
import { decodeTiff, isTiffDecodedHere, tiffCompression, TiffError } from '../../src/load/image/tiff.js';
import { parsePlan } from '../../src/pipeline/parsePlan.js';
import { ROOT } from '../helpers.js';

const dir = join(ROOT, 'fixtures', 'scan-image');
const gray = readFileSync(join(dir, 'table-jpeg.tif'));
const ycbcr = readFileSync(join(dir, 'table-jpeg-ycbcr.tif'));

describe('JPEG-compressed TIFF (compression 7), decoded by us', () => {
  it('gives the pixels of the PNG it was made from, gray and YCbCr alike (ink against paper)', async () => {
    const png = await decodeImage(readFileSync(join(dir, 'table.png')));
    for (const file of [gray, ycbcr]) {
      expect(tiffCompression(file)).toBe(7);
      expect(isTiffDecodedHere(file)).toBe(true);
      const img = await decodeTiff(file);
      expect([img.width, img.height]).toEqual([png.width, png.height]);
      let disagree = 0;
      for (let i = 0; i < png.data.length; i++) if (png.data[i]! < 128 !== img.data[i]! < 128) disagree++;
      expect(disagree / png.data.length).toBeLessThan(0.005);
    }
  });

  it('either decodes or throws a TiffError on 120 damaged copies (directory or strip bytes changed, fixed seed)', async () => {
    const ifd = ycbcr.readUInt32LE(4);
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 120; k++) {
      const b = Buffer.from(ycbcr);
      for (let j = 0; j < 1 + Math.floor(rnd() * 4); j++) {
        const at = rnd() < 0.5 ? ifd + Math.floor(rnd() * 200) : Math.floor(rnd() * Math.min(b.length, 4000));
        b[at] = Math.floor(rnd() * 256);
      }
      try {
        const img = await decodeTiff(b);
        expect(img.data.length).toBe(img.width * img.height);
      } catch (error) {
        expect(error).toBeInstanceOf(TiffError);
      }
    }
  });

  it('is read through the whole pipeline by OCR: the ruled table is found', async () => {
    const path = join(dir, 'table-jpeg-ycbcr.tif');
    const { file, fatal } = await parsePlan({ bytes: ycbcr, path }, { jobs: 1 });
    expect(fatal).toBe(false);
    expect(file.mediaType).toBe('image/tiff');
    const table = file.rawTables.find((t) => t.layout === 'ocr-grid');
    expect(table?.header).toHaveLength(6);
    expect(fold(table!.header.join(' '))).toContain(fold('Nội dung công việc'));
    expect(table!.rows[0]!.cells[0]).toBe('I');
  }, 120_000);
});
