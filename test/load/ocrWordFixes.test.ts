import { describe, expect, it } from 'vitest';
import { alignOrdinalDots, dropMidLineDots, hasInk, uncoveredLine } from '../../src/load/ocr/wordFixes.js';
import type { TextPiece } from '../../src/load/pdf/geometry.js';

const word = (text: string, x: number, y: number, confidence = 96): TextPiece => ({ text, x0: x, x1: x + text.length * 5, y0: y, y1: y + 10, font: '', size: 10, confidence });
const cell = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });

describe('OCR word clean-ups that need the neighbours', () => {
  it('drops an unsure full stop before a word going on in lower case, on the same line or the next line of the cell', () => {
    const a = word('đơn.', 10, 10, 75);
    const b = word('vị', 34, 10);
    const c = word('công.', 10, 30, 82);
    const d = word('trực', 10, 44);
    dropMidLineDots([a, b, c, d], [cell(0, 0, 100, 60)]);
    expect([a.text, c.text]).toEqual(['đơn', 'công']);
  });

  it('keeps a sure full stop, a stop before a capital, and a stop before the next cell', () => {
    const a = word('chức.', 10, 10, 96);
    const b = word('xuyên', 40, 10);
    const c = word('định.', 10, 30, 85);
    const d = word('Gửi', 40, 30);
    const e = word('kỳ.', 60, 50, 80);
    const f = word('trực', 78, 50); // across a column rule
    dropMidLineDots([a, b, c, d, e, f], [cell(0, 0, 75, 70), cell(75, 0, 150, 70)]);
    expect([a.text, c.text, e.text]).toEqual(['chức.', 'định.', 'kỳ.']);
  });

  it('strips a row number dot its column does not otherwise have', () => {
    const ns = ['1', '2.', '3', 'II'].map((t, i) => word(t, 0, i * 20));
    alignOrdinalDots(ns);
    expect(ns.map((n) => n.text)).toEqual(['1', '2', '3', 'II']);
    const dotted = ['1.', '2.', '3'].map((t, i) => word(t, 0, i * 20));
    alignOrdinalDots(dotted);
    expect(dotted.map((n) => n.text)).toEqual(['1.', '2.', '3']);
  });

  it('tells ink from paper', () => {
    const w = 40;
    const data = new Uint8Array(w * w).fill(250);
    expect(hasInk({ width: w, height: w, data }, cell(0, 0, w, w))).toBe(false);
    for (let y = 10; y < 20; y++) for (let x = 10; x < 16; x++) data[y * w + x] = 20;
    expect(hasInk({ width: w, height: w, data }, cell(0, 0, w, w))).toBe(true);
  });

  it('finds a line of a cell that no word covers', () => {
    const w = 200;
    const data = new Uint8Array(w * 100).fill(250);
    // two lines of "text" (ink rows 20–35 and 50–65), a letter's mark apart from its line by 2 rows
    for (const [from, to] of [[20, 35], [50, 65], [46, 48]] as const) for (let y = from; y < to; y++) for (let x = 10; x < 150; x += 3) data[y * w + x] = 20;
    const img = { width: w, height: 100, data };
    const box = cell(0, 0, w, 100);
    const first = cell(10, 19, 150, 36);
    const second = cell(10, 45, 150, 66);
    expect(uncoveredLine(img, box, [first, second])).toBe(false);
    expect(uncoveredLine(img, box, [second])).toBe(true);
    expect(uncoveredLine(img, box, [first])).toBe(true);
    expect(uncoveredLine({ width: w, height: 100, data: new Uint8Array(w * 100).fill(250) }, box, [])).toBe(false);
  });
});
