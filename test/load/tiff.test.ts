import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeDeflateTiff, isDeflateTiff, tiffCompression, TiffError } from '../../src/load/image/tiff.js';
import { decodeImage } from '../../src/load/image/decode.js';
import { ROOT } from '../helpers.js';

/** A little-endian one-strip TIFF with the given tags (all SHORT/LONG, inline when they fit). */
function tiff(width: number, height: number, strip: Uint8Array, tags: Record<number, number[]>): Uint8Array {
  const body = deflateSync(strip);
  const all: Record<number, number[]> = { 256: [width], 257: [height], 259: [8], 273: [0], 279: [body.length], 278: [height], ...tags };
  const ids = Object.keys(all).map(Number).sort((a, b) => a - b);
  const ifdAt = 8;
  const extraAt = ifdAt + 2 + ids.length * 12 + 4;
  const extra: number[] = [];
  const entries: [number, number, number, number][] = [];
  for (const id of ids) {
    const v = all[id]!;
    if (v.length === 1) entries.push([id, 4, 1, v[0]!]);
    else {
      entries.push([id, 3, v.length, extraAt + extra.length * 2]);
      extra.push(...v);
    }
  }
  const dataAt = extraAt + extra.length * 2;
  const out = new Uint8Array(dataAt + body.length);
  const view = new DataView(out.buffer);
  out.set([0x49, 0x49, 0x2a, 0x00]);
  view.setUint32(4, ifdAt, true);
  view.setUint16(ifdAt, ids.length, true);
  entries.forEach(([id, type, n, value], i) => {
    const at = ifdAt + 2 + i * 12;
    view.setUint16(at, id, true);
    view.setUint16(at + 2, type, true);
    view.setUint32(at + 4, n, true);
    view.setUint32(at + 8, id === 273 ? dataAt : value, true);
  });
  extra.forEach((v, i) => view.setUint16(extraAt + i * 2, v, true));
  out.set(body, dataAt);
  return out;
}

describe('deflate TIFF decoding (what tesseract.js’s Leptonica cannot read)', () => {
  it('reads 8-bit gray with the horizontal predictor', () => {
    // rows 10 20 30 / 200 100 0, written as differences
    const strip = Uint8Array.from([10, 10, 10, 200, 156, 156]);
    const img = decodeDeflateTiff(tiff(3, 2, strip, { 258: [8], 262: [1], 277: [1], 317: [2] }));
    expect([...img.data]).toEqual([10, 20, 30, 200, 100, 0]);
  });
  it('reads 1-bit white-is-zero and RGB', () => {
    const bits = decodeDeflateTiff(tiff(4, 1, Uint8Array.from([0b1010_0000]), { 258: [1], 262: [0], 277: [1] }));
    expect([...bits.data]).toEqual([0, 255, 0, 255]);
    const rgb = decodeDeflateTiff(tiff(2, 1, Uint8Array.from([255, 255, 255, 0, 0, 0]), { 258: [8, 8, 8], 262: [2], 277: [3] }));
    expect([...rgb.data]).toEqual([255, 0]);
  });
  it('turns damage into a TiffError, never a crash', () => {
    const good = tiff(3, 2, Uint8Array.from([1, 2, 3, 4, 5, 6]), { 258: [8], 262: [1], 277: [1] });
    expect(() => decodeDeflateTiff(good.subarray(0, good.length - 4))).toThrow(TiffError);
    expect(() => decodeDeflateTiff(good.subarray(0, 20))).toThrow(TiffError);
    expect(() => decodeDeflateTiff(tiff(100_000, 100_000, new Uint8Array(4), { 258: [8] }))).toThrow(/not plausible/);
    expect(tiffCompression(Uint8Array.from([0x49, 0x49, 0x2a, 0]))).toBeNull();
  });
  it('gives the same pixels as the PNG of the scan fixture', async () => {
    const dir = join(ROOT, 'fixtures', 'scan-image');
    const tif = readFileSync(join(dir, 'table-deflate.tif'));
    expect(isDeflateTiff(tif)).toBe(true);
    const fromTiff = decodeDeflateTiff(tif);
    const fromPng = await decodeImage(readFileSync(join(dir, 'table.png')));
    expect([fromTiff.width, fromTiff.height]).toEqual([fromPng.width, fromPng.height]);
    // the canvas applies the PNG's gamma chunk to mid-tones, so compare ink against paper
    let disagree = 0;
    for (let i = 0; i < fromPng.data.length; i++) if (fromPng.data[i]! < 128 !== fromTiff.data[i]! < 128) disagree++;
    expect(disagree / fromPng.data.length).toBeLessThan(0.002);
  });
});

describe('deflate TIFF reader on damaged files', () => {
  it('either decodes or throws a TiffError for 200 files with bytes of the directory changed (fixed seed)', () => {
    const base = readFileSync(join(ROOT, 'fixtures', 'scan-image', 'table-deflate.tif'));
    const ifd = base.readUInt32LE(4);
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 200; k++) {
      const b = Buffer.from(base);
      for (let j = 0; j < 1 + Math.floor(rnd() * 4); j++) {
        const at = rnd() < 0.7 ? ifd + Math.floor(rnd() * 200) : Math.floor(rnd() * b.length);
        b[at] = Math.floor(rnd() * 256);
      }
      try {
        const img = decodeDeflateTiff(b);
        expect(img.data.length).toBe(img.width * img.height);
      } catch (error) {
        expect(error).toBeInstanceOf(TiffError);
      }
    }
  });
});
