/**
 * Table rules in a page image from runs of dark pixels: horizontal rules with a darker threshold,
 * vertical ones with a lighter one (faint borders survive), both in pixel coordinates.
 * One pass over the rows serves both directions (vertical runs are followed per column in
 * row order, so the pixels are read in memory order: several times faster than column walks).
 */
import type { Segment } from '../pdf/geometry.js';
import type { Gray } from './gray.js';

export interface ImageRuleOptions {
  /** minimum rule length in pixels */
  minLength?: number;
  /** largest gap (pixels) bridged inside a run */
  maxGap?: number;
}

const H_THRESHOLD = 140;
const V_THRESHOLD = 175;

export function imageRules(img: Gray, options: ImageRuleOptions = {}): Segment[] {
  const { width: w, height: h, data } = img;
  // lengths from the short side, so that landscape pages get the same thresholds as portrait ones;
  // vertical rules of a one-line row (a header) are short, but still longer than letter strokes
  const side = Math.min(w, h);
  const minLength = options.minLength ?? Math.max(40, Math.round(side * 0.028));
  const minVertical = options.minLength ?? Math.max(36, Math.round(side * 0.02));
  const maxGap = options.maxGap ?? 2;
  const vGap = maxGap + 1;
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  // open vertical run per column: first and last dark row, -1 when none
  const vStart = new Int32Array(w).fill(-1);
  const vLast = new Int32Array(w).fill(-1);
  const closeVertical = (x: number) => {
    const a = vStart[x]!;
    const b = vLast[x]!;
    if (b - a + 1 >= minVertical) vertical.push({ x0: x, x1: x + 1, y0: a, y1: b + 1 });
  };
  for (let y = 0; y < h; y++) {
    const row = y * w;
    let start = -1;
    let last = -1;
    for (let x = 0; x < w; x++) {
      const v = data[row + x]!;
      if (v < V_THRESHOLD) {
        if (vStart[x]! < 0) vStart[x] = y;
        else if (y - vLast[x]! - 1 > vGap) {
          closeVertical(x);
          vStart[x] = y;
        }
        vLast[x] = y;
        if (v < H_THRESHOLD) {
          if (start < 0) start = x;
          else if (x - last - 1 > maxGap) {
            if (last - start + 1 >= minLength) horizontal.push({ x0: start, x1: last + 1, y0: y, y1: y + 1 });
            start = x;
          }
          last = x;
        }
      }
    }
    if (start >= 0 && last - start + 1 >= minLength) horizontal.push({ x0: start, x1: last + 1, y0: y, y1: y + 1 });
  }
  for (let x = 0; x < w; x++) if (vStart[x]! >= 0) closeVertical(x);
  // the order a column-by-column walk gives: by x, then by y (sort is stable, runs were found top down)
  vertical.sort((a, b) => a.x0 - b.x0);
  return horizontal.concat(vertical);
}
