import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bandCuts, cutBands, mergeBandWords, textInkPerRow } from '../../src/load/ocr/bands.js';
import { newGray, type Gray } from '../../src/load/image/gray.js';
import { tiffSize } from './tiffTags.js';
import { decodeImage } from '../../src/load/image/decode.js';
import { estimateSkew, rotate } from '../../src/load/image/deskew.js';
import { imageRules } from '../../src/load/image/rules.js';
import { lastPoolActivity } from '../../src/load/ocr/pool.js';
import { parsePlan } from '../../src/pipeline/parsePlan.js';
import { fold } from '../../src/core/text.js';
import { ROOT } from '../helpers.js';

/** A white page with black "text lines" (rows y0..y1 filled over x0..x1). */
function page(width: number, height: number, lines: [number, number][], x0 = 20, x1 = width - 20): Gray {
  const img = newGray(width, height);
  img.data.fill(255);
  for (const [a, b] of lines) for (let y = a; y < b; y++) img.data.fill(0, y * width + x0, y * width + x1);
  return img;
}

describe('band cuts of a page image', () => {
  it('cuts in the white gap that splits the ink evenly, never through a line', () => {
    // lines 30 px tall with 10 px gaps, one wider gap (40 px) near the top
    const lines: [number, number][] = [];
    for (let y = 20; y + 30 < 780; y += 40) lines.push([y, y + 30]);
    const img = page(400, 800, lines);
    const [cut] = bandCuts(img, [], 2, { minGap: 8 });
    expect(cut).toBeDefined();
    expect(lines.some(([a, b]) => cut! >= a && cut! < b)).toBe(false);
    const ink = textInkPerRow(img, []);
    const above = ink.subarray(0, cut).reduce((a, b) => a + b, 0);
    const all = ink.reduce((a, b) => a + b, 0);
    expect(Math.abs(above / all - 0.5)).toBeLessThan(0.05);
  });

  it('cuts where the bands get the shares of ink asked for', () => {
    const lines: [number, number][] = [];
    for (let y = 20; y + 30 < 780; y += 40) lines.push([y, y + 30]);
    const img = page(400, 800, lines);
    const ink = textInkPerRow(img, []);
    const all = ink.reduce((a, b) => a + b, 0);
    for (const first of [0.3, 0.7]) {
      const cuts = bandCuts(img, [], [first, 1 - first], { minGap: 8 });
      expect(cuts).toHaveLength(1);
      expect(Math.abs(ink.subarray(0, cuts[0]).reduce((a, b) => a + b, 0) / all - first)).toBeLessThan(0.05);
    }
    const three = bandCuts(img, [], 3, { minGap: 8 });
    expect(three).toHaveLength(2);
    expect(three[0]).toBeLessThan(three[1]!);
  });

  it('does not cut a page without a white gap tall enough', () => {
    const lines: [number, number][] = [];
    for (let y = 20; y + 30 < 780; y += 34) lines.push([y, y + 30]); // 4 px gaps
    expect(bandCuts(page(400, 800, lines), [], 2, { minGap: 8 })).toEqual([]);
    expect(bandCuts(page(400, 800, lines), [], 1)).toEqual([]);
  });

  it('prefers the white next to a table rule, and never cuts through the rule', () => {
    const lines: [number, number][] = [];
    for (let y = 20; y + 30 < 780; y += 44) lines.push([y, y + 30]); // 14 px gaps everywhere
    const img = page(400, 800, lines);
    // a rule in the gap below the ninth of 17 lines (3 px thick, 5 px below it), as imageRules reports it
    const ruleAt = lines[8]![1] + 5;
    for (let y = ruleAt; y < ruleAt + 3; y++) img.data.fill(0, y * 400 + 10, y * 400 + 390);
    const rules = [0, 1, 2].map((d) => ({ x0: 10, x1: 390, y0: ruleAt + d, y1: ruleAt + d + 1 }));
    const [cut] = bandCuts(img, rules, 2, { minGap: 8 });
    expect(cut).toBeDefined();
    expect(Math.abs(cut! - ruleAt)).toBeLessThan(12);
    expect(cut! < ruleAt - 2 || cut! > ruleAt + 5).toBe(true);
    // the rule's pixels are not text ink
    expect(textInkPerRow(img, rules)[ruleAt + 1]).toBe(0);
  });

  it('cuts into bands that hold the page rows, padded white at the cuts, words shifted back', () => {
    const img = page(50, 100, [[10, 20], [60, 70]]);
    const bands = cutBands(img, [40]);
    expect(bands).toHaveLength(2);
    const [w0, h0] = tiffSize(bands[0]!.image);
    const [, h1] = tiffSize(bands[1]!.image);
    expect(w0).toBe(50);
    expect(h0! + h1!).toBeGreaterThan(100); // white padding at the cut
    expect(bands[0]!.top).toBe(0);
    expect(bands[1]!.top).toBeLessThan(40);
    // the second band's rows are the page's rows from its top on
    const pixels = bands[1]!.image.subarray(8, 8 + h1! * 50);
    for (let y = 40 - bands[1]!.top; y < h1!; y++) {
      expect(Buffer.compare(pixels.subarray(y * 50, y * 50 + 50), img.data.subarray((y + bands[1]!.top) * 50, (y + bands[1]!.top) * 50 + 50))).toBe(0);
    }
    expect(bands.map((b) => b.share).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    const word = { text: 'x', x0: 1, x1: 5, y0: 30, y1: 40, confidence: 90 };
    expect(mergeBandWords(bands, [[word], [word]]).map((w) => w.y0)).toEqual([30, 30 + bands[1]!.top]);
  });
});

describe('a page image read in bands on two engines (real tesseract.js)', async () => {
  const png = readFileSync(join(ROOT, 'fixtures', 'scan-image', 'table.png'));
  let img = await decodeImage(png);
  const skew = estimateSkew(img);
  if (Math.abs(skew) > 0.0009) img = rotate(img, skew);
  const rules = imageRules(img);

  it('cuts the table image next to one of its horizontal rules, through white rows only', () => {
    const cuts = bandCuts(img, rules, 2);
    expect(cuts).toHaveLength(1);
    const cut = cuts[0]!;
    const long = rules.filter((s) => s.x1 - s.x0 > img.width / 2);
    expect(long.some((s) => Math.abs(s.y0 - cut) < 15)).toBe(true);
    const ink = textInkPerRow(img, rules);
    for (let y = cut - 2; y <= cut + 2; y++) expect(ink[y]).toBeLessThanOrEqual(2);
  });

  // one engine reads the page whole; two read it in two bands at once
  const whole = await parsePlan({ bytes: png, path: 'table.png' }, { jobs: 1 });
  const wholeActivity = lastPoolActivity();
  const banded = await parsePlan({ bytes: png, path: 'table.png' }, { jobs: 2 });
  const bandActivity = lastPoolActivity();

  it('reads the page in two bands with two engines, whole with one', () => {
    expect(wholeActivity).toMatchObject({ size: 1, pages: 1, splitPages: 0 });
    expect(bandActivity).toMatchObject({ size: 2, pages: 1, splitPages: 1, bands: 2 });
  });

  it('finds the same table: header, rows, row numbers, and nearly the same cell text', () => {
    const a = whole.file.rawTables.filter((t) => t.layout === 'ocr-grid');
    const b = banded.file.rawTables.filter((t) => t.layout === 'ocr-grid');
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(b[0]!.header.map(fold)).toEqual(a[0]!.header.map(fold));
    const rowsA = a[0]!.rows.map((r) => r.cells);
    const rowsB = b[0]!.rows.map((r) => r.cells);
    expect(rowsB.map((r) => r[0])).toEqual(rowsA.map((r) => r[0]));
    // OCR of a band is not bit for bit the OCR of the page (tesseract's layout analysis sees less):
    // words may differ here and there, never the table
    const words = (rows: string[][]) => rows.flat().flatMap((c) => fold(c).split(/\s+/)).filter(Boolean);
    const wa = words(rowsA);
    const wb = words(rowsB);
    const pool = [...wb];
    let same = 0;
    for (const w of wa) {
      const i = pool.indexOf(w);
      if (i >= 0) {
        same++;
        pool.splice(i, 1);
      }
    }
    expect(same / wa.length).toBeGreaterThan(0.95);
    expect(Math.abs(wb.length - wa.length) / wa.length).toBeLessThan(0.05);
  });
});
