import { describe, expect, it } from 'vitest';
import { newGray, type Gray } from '../../src/load/image/gray.js';
import { inkThreshold, paperLevel, whitenPaper } from '../../src/load/image/paper.js';
import { dropLoneSigns, hasBarUnder, keepListDashes, signText } from '../../src/load/ocr/signs.js';
import type { TextPiece } from '../../src/load/pdf/geometry.js';

/** a white image with dark pixels where `rows` (strings of '#' and '.') put them, at (x, y) */
function draw(img: Gray, x: number, y: number, rows: string[]): Gray {
  rows.forEach((line, dy) => [...line].forEach((ch, dx) => ch === '#' && (img.data[(y + dy) * img.width + x + dx] = 20)));
  return img;
}
const blank = (w = 40, h = 40): Gray => {
  const g = newGray(w, h);
  g.data.fill(250);
  return g;
};
const CHEVRON = ['##......', '..##....', '....##..', '......##', '....##..', '..##....', '##......'];

describe('comparison signs', () => {
  it('tells ≥ from > by the bar under the chevron', () => {
    const ge = draw(blank(), 5, 5, [...CHEVRON, '........', '########']);
    const gt = draw(blank(), 5, 5, CHEVRON);
    expect(hasBarUnder(ge, { x0: 5, y0: 5, x1: 13, y1: 12 }, false)).toBe(true); // the bar below the box tesseract gave
    expect(hasBarUnder(gt, { x0: 5, y0: 5, x1: 13, y1: 12 }, false)).toBe(false);
    expect(signText('>', true)).toBe('≥');
    expect(signText('<98,5', true)).toBe('≤98,5');
    expect(signText('>', false)).toBe('>');
  });

  it('finds a bar that steps between two pixel rows (a page a little askew)', () => {
    const img = draw(blank(), 5, 5, [...CHEVRON, '........', '#####...', '....####']);
    expect(hasBarUnder(img, { x0: 5, y0: 5, x1: 13, y1: 12 }, false)).toBe(true);
  });

  it('does not take a line of text below for a bar', () => {
    const img = draw(blank(40, 60), 5, 5, [...CHEVRON, ...Array(12).fill('........'), '##.##.##']);
    expect(hasBarUnder(img, { x0: 5, y0: 5, x1: 13, y1: 12 }, false)).toBe(false);
  });

  const piece = (text: string, x0: number, y0: number, x1: number, y1: number): TextPiece => ({ text, x0, y0, x1, y1, font: '', size: y1 - y0 });

  it('keeps a sign only before a number on its line', () => {
    const pieces = [piece('≥', 10, 10, 16, 18), piece('80', 19, 10, 30, 18), piece('>', 50, 10, 56, 18), piece('Bộ', 58, 10, 70, 18), piece('<', 10, 40, 16, 48)];
    dropLoneSigns(pieces);
    expect(pieces.map((p) => p.text)).toEqual(['≥', '80', 'Bộ']);
  });

  it('keeps a list dash before a word of its line, at the height of that word', () => {
    const pieces = [piece('-', 10, 13, 14, 14), piece('Vụ', 17, 8, 27, 18), piece('-', 40, 30, 44, 31), piece('-', 60, 13, 64, 14)];
    keepListDashes(pieces);
    expect(pieces.map((p) => [p.text, p.y0, p.y1])).toEqual([
      ['-', 8, 18],
      ['Vụ', 8, 18],
    ]);
  });
});

describe('paper of a scanned page', () => {
  it('finds the threshold between ink and paper and whitens the paper of a crop', () => {
    const page = blank(100, 100);
    for (let i = 0; i < page.data.length; i++) page.data[i] = i % 7 === 0 ? 215 : 240; // noisy paper
    draw(page, 10, 10, Array(20).fill('#'.repeat(60)));
    const t = inkThreshold(page);
    expect(t).toBeGreaterThan(20);
    expect(t).toBeLessThanOrEqual(215);
    const level = paperLevel(page);
    expect(level).toBeGreaterThan(t);
    expect(level).toBeLessThanOrEqual(255);
    const crop = whitenPaper(page, level);
    expect(crop.data[0]).toBe(255);
    expect(crop.data[10 * 100 + 10]).toBe(20);
  });
});
