import { describe, expect, it } from 'vitest';
import { findGrids } from '../../src/load/pdf/grid.js';
import type { Segment } from '../../src/load/pdf/geometry.js';
import { judgeTextLayer } from '../../src/load/pdf/garbled.js';
import { detectKind } from '../../src/load/detect.js';

const h = (y: number, x0: number, x1: number): Segment => ({ x0, x1, y0: y - 0.5, y1: y + 0.5 });
const v = (x: number, y0: number, y1: number): Segment => ({ x0: x - 0.5, x1: x + 0.5, y0, y1 });

describe('grid from ruling lines', () => {
  it('cuts cells and keeps row and column spans', () => {
    // 3 columns (0-50-150-250), rows 0-20-40-60-80; row 2 is one cell across all columns;
    // the last column spans rows 3 and 4 (no rule between them there)
    const segs = [
      h(0, 0, 250), h(20, 0, 250), h(40, 0, 250), h(60, 0, 250), h(80, 0, 150), h(100, 0, 250),
      v(0, 0, 100), v(250, 0, 100), v(50, 0, 40), v(50, 60, 100), v(150, 0, 40), v(150, 60, 100),
    ];
    const [grid] = findGrids(segs);
    expect(grid).toBeDefined();
    expect(grid!.xs).toHaveLength(4);
    expect(grid!.ys).toHaveLength(6);
    const span = grid!.cells[grid!.at[2]![0]!]!;
    expect([span.c0, span.c1, span.r0, span.r1]).toEqual([0, 2, 2, 2]);
    const tall = grid!.cells[grid!.at[3]![2]!]!;
    expect([tall.r0, tall.r1]).toEqual([3, 4]);
    expect(grid!.at[3]![0]).not.toBe(grid!.at[4]![0]);
  });

  it('ignores lone rules that form no table', () => {
    expect(findGrids([h(10, 0, 300), h(500, 0, 300)])).toEqual([]);
  });
});

describe('garbled text layers', () => {
  it('accepts Unicode Vietnamese', () => {
    expect(judgeTextLayer('Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Kế hoạch kiểm soát thủ tục hành chính').usable).toBe(true);
  });
  it('rejects TCVN3 (ABC) text read as Latin-1', () => {
    const v = judgeTextLayer('Céng hßa x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc. KÕ ho¹ch kiÓm so¸t thñ tôc hµnh chÝnh');
    expect(v.usable).toBe(false);
    expect(v.reason).toMatch(/legacy/);
  });
  it('rejects VNI text read as Latin-1', () => {
    expect(judgeTextLayer('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc. Keá hoaïch kieåm soaùt').usable).toBe(false);
  });
  it('rejects glyphs without a Unicode mapping', () => {
    expect(judgeTextLayer('\u0001\u0002\u0003\u0004 \uFFFD\uFFFD\uFFFD\uFFFD abc \u0005\u0006\u0007\u0008\u000e\u000f\u0010\u0011\u0012\u0013\u0014').usable).toBe(false);
  });
});

describe('input detection by content', () => {
  it('knows PDF, PNG, JPEG and TIFF by magic bytes', () => {
    expect(detectKind(new TextEncoder().encode('%PDF-1.7\n'))).toBe('pdf');
    expect(detectKind(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(detectKind(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(detectKind(Uint8Array.from([0x49, 0x49, 0x2a, 0x00]))).toBe('tiff');
  });
});
