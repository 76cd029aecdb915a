/** Estimate the skew of a page image from its dark pixels (projection profiles) and straighten it. */
import type { Gray } from './gray.js';

/** Skew in radians: text lines and rules run along y = c + x·tan(angle). */
export function estimateSkew(img: Gray, maxDegrees = 3): number {
  const step = 2;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < img.height; y += step) {
    for (let x = 0; x < img.width; x += step) {
      if (img.data[y * img.width + x]! < 110) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 500) return 0;
  const cx = img.width / 2;
  const bins = new Float64Array(Math.ceil(img.height / step) + 64);
  const score = (deg: number): number => {
    const t = Math.tan((deg * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const b = Math.round((ys[i]! - (xs[i]! - cx) * t) / step) + 32;
      if (b >= 0 && b < bins.length) bins[b]!++;
    }
    let s = 0;
    for (let i = 0; i < bins.length; i++) s += bins[i]! * bins[i]!;
    return s;
  };
  let best = 0;
  let bestScore = score(0);
  for (let d = -maxDegrees; d <= maxDegrees + 1e-9; d += 0.1) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  const coarse = best;
  for (let d = coarse - 0.1; d <= coarse + 0.1 + 1e-9; d += 0.02) {
    const s = score(d);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  return (best * Math.PI) / 180;
}

/** Rotate about the centre so that lines with the given skew become horizontal (white comes in). */
export function rotate(img: Gray, angle: number): Gray {
  if (Math.abs(angle) < 1e-4) return img;
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h).fill(255);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const cx = w / 2;
  const cy = h / 2;
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    let sx = cx - cx * cos - dy * sin;
    let sy = cy - cx * sin + dy * cos;
    const row = y * w;
    for (let x = 0; x < w; x++, sx += cos, sy += sin) {
      const ix = (sx + 0.5) | 0;
      const iy = (sy + 0.5) | 0;
      if (ix >= 0 && ix < w && iy >= 0 && iy < h) out[row + x] = data[iy * w + ix]!;
    }
  }
  return { width: w, height: h, data: out };
}
