/**
 * Table rules in a page image from runs of dark pixels: horizontal rules with a darker threshold,
 * vertical ones with a lighter one (faint borders survive), both in pixel coordinates.
 */
import type { Segment } from '../pdf/geometry.js';
import type { Gray } from './gray.js';

export interface ImageRuleOptions {
  /** minimum rule length in pixels */
  minLength?: number;
  /** largest gap (pixels) bridged inside a run */
  maxGap?: number;
}

function runs(
  get: (i: number) => number,
  length: number,
  threshold: number,
  minLength: number,
  maxGap: number,
  push: (from: number, to: number) => void,
): void {
  let start = -1;
  let last = -1;
  for (let i = 0; i < length; i++) {
    if (get(i) < threshold) {
      if (start < 0) start = i;
      else if (i - last - 1 > maxGap) {
        if (last - start + 1 >= minLength) push(start, last);
        start = i;
      }
      last = i;
    }
  }
  if (start >= 0 && last - start + 1 >= minLength) push(start, last);
}

export function imageRules(img: Gray, options: ImageRuleOptions = {}): Segment[] {
  const { width: w, height: h, data } = img;
  // lengths from the short side, so that landscape pages get the same thresholds as portrait ones;
  // vertical rules of a one-line row (a header) are short, but still longer than letter strokes
  const side = Math.min(w, h);
  const minLength = options.minLength ?? Math.max(40, Math.round(side * 0.028));
  const minVertical = options.minLength ?? Math.max(36, Math.round(side * 0.02));
  const maxGap = options.maxGap ?? 2;
  const out: Segment[] = [];
  for (let y = 0; y < h; y++) {
    const row = y * w;
    runs((i) => data[row + i]!, w, 140, minLength, maxGap, (a, b) => out.push({ x0: a, x1: b + 1, y0: y, y1: y + 1 }));
  }
  for (let x = 0; x < w; x++) {
    runs((i) => data[i * w + x]!, h, 175, minVertical, maxGap + 1, (a, b) => out.push({ x0: x, x1: x + 1, y0: a, y1: b + 1 }));
  }
  return out;
}
