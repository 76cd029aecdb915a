import { describe, expect, it } from 'vitest';
import { findGrids } from '../../src/load/pdf/grid.js';
import type { Segment } from '../../src/load/pdf/geometry.js';

const h = (y: number, x0: number, x1: number): Segment => ({ x0, x1, y0: y - 0.2, y1: y + 0.2 });
const v = (x: number, y0: number, y1: number): Segment => ({ x0: x - 0.2, x1: x + 0.2, y0, y1 });

describe('grids from rules', () => {
  // a 3-column table, rows at 100, 130, 160; in a scan the letters of a bold heading printed just
  // under it join its bottom rule and come out as short vertical rules hanging from it
  const table = [h(100, 50, 400), h(130, 50, 400), h(160, 50, 400), v(50, 100, 160), v(150, 100, 160), v(300, 100, 160), v(400, 100, 160)];

  it('does not grow a row from letter strokes hanging under the bottom rule', () => {
    const [grid] = findGrids([...table, v(80, 160, 173), v(95, 160, 172), v(180, 160, 174)]);
    expect(grid!.ys).toEqual([100, 130, 160]);
    expect(grid!.xs).toEqual([50, 150, 300, 400]);
  });

  it('still reaches past the last rule when the outer borders run on (no bottom border)', () => {
    const open = [h(100, 50, 400), h(130, 50, 400), v(50, 100, 160), v(150, 100, 160), v(300, 100, 160), v(400, 100, 160)];
    const [grid] = findGrids(open);
    expect(grid!.ys[grid!.ys.length - 1]).toBe(160);
    expect(grid!.ys.length).toBe(3);
  });
});
