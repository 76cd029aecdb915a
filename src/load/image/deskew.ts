/** Estimate the skew of a page image from its dark pixels (projection profiles) and straighten it. */
import { newGray, type Gray } from './gray.js';

/** Skew in radians: text lines and rules run along y = c + x·tan(angle). */
export function estimateSkew(img: Gray, maxDegrees = 3): number {
  const step = 2;
  const { width, height, data } = img;
  // dark pixels on a 2-pixel lattice, as (x - centre, y) pairs in typed arrays
  let count = 0;
  for (let y = 0; y < height; y += step) {
    const row = y * width;
    for (let x = 0; x < width; x += step) if (data[row + x]! < 110) count++;
  }
  if (count < 500) return 0;
  const cx = width / 2;
  // pre-scaled to bin units, +32 bins of margin and +0.5 so that a floor rounds
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  for (let y = 0, i = 0; y < height; y += step) {
    const row = y * width;
    for (let x = 0; x < width; x += step) {
      if (data[row + x]! < 110) {
        xs[i] = (x - cx) / step;
        ys[i++] = y / step + 32.5;
      }
    }
  }
  const nBins = Math.ceil(height / step) + 64;
  const bins = new Int32Array(nBins);
  // sharpness of the row profile when lines run at `deg`; `stride` > 1 scores a sample of the points
  const score = (deg: number, stride: number): number => {
    const t = Math.tan((deg * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < count; i += stride) {
      const b = Math.floor(ys[i]! - xs[i]! * t);
      if (b >= 0 && b < nBins) bins[b]!++;
    }
    let s = 0;
    for (let i = 0; i < nBins; i++) s += bins[i]! * bins[i]!;
    return s;
  };
  // coarse search on every 4th dark pixel, then the fine one on all of them around the winner
  let coarse = 0;
  let coarseScore = score(0, 4);
  for (let d = -maxDegrees; d <= maxDegrees + 1e-9; d += 0.1) {
    const s = score(d, 4);
    if (s > coarseScore) [coarse, coarseScore] = [d, s];
  }
  let best = coarse;
  let bestScore = score(coarse, 1);
  for (let d = coarse - 0.1; d <= coarse + 0.1 + 1e-9; d += 0.02) {
    const s = score(d, 1);
    if (s > bestScore) [best, bestScore] = [d, s];
  }
  return (best * Math.PI) / 180;
}

/**
 * Rotate about the centre so that lines with the given skew become horizontal (white comes in).
 * Nearest neighbour: output pixel (x, y) takes source (round(sx), round(sy)). For a skew of a few
 * degrees both the source row and the column offset stay constant over long runs of x (both are
 * monotone in x), so each row is copied as a few spans found by galloping search, not pixel by pixel.
 */
export function rotate(img: Gray, angle: number): Gray {
  if (Math.abs(angle) < 1e-4) return img;
  const { width: w, height: h, data } = img;
  const rotated = newGray(w, h);
  const out = rotated.data.fill(255);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const cx = w / 2;
  const cy = h / 2;
  if (cos <= 0.5) return rotatePixels(img, rotated, cos, sin);
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    const sx0 = cx - cx * cos - dy * sin + 0.5;
    const sy0 = cy - cx * sin + dy * cos + 0.5;
    // source row, and source column minus x, at output column x (each monotone in x)
    const iyAt = (x: number) => (sy0 + x * sin) | 0;
    const kAt = (x: number) => ((sx0 + x * cos) | 0) - x;
    const row = y * w;
    let a = 0;
    while (a < w) {
      const iy = iyAt(a);
      const k = kAt(a);
      // gallop, then bisect, for the last x with the same (iy, k)
      let lo = a;
      let step = 1;
      while (lo + step < w && iyAt(lo + step) === iy && kAt(lo + step) === k) {
        lo += step;
        step *= 2;
      }
      let hi = Math.min(w, lo + step); // first x known (or assumed at w) to differ
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (iyAt(mid) === iy && kAt(mid) === k) lo = mid;
        else hi = mid;
      }
      const b = lo + 1; // span [a, b)
      if (iy >= 0 && iy < h) {
        const from = Math.max(a, -k);
        const to = Math.min(b, w - k);
        if (to > from) out.set(data.subarray(iy * w + from + k, iy * w + to + k), row + from);
      }
      a = b;
    }
  }
  return rotated;
}

/** The plain per-pixel rotation (large angles, where spans are short). */
function rotatePixels(img: Gray, rotated: Gray, cos: number, sin: number): Gray {
  const { width: w, height: h, data } = img;
  const out = rotated.data;
  const cx = w / 2;
  const cy = h / 2;
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    const sx0 = cx - cx * cos - dy * sin + 0.5;
    const sy0 = cy - cx * sin + dy * cos + 0.5;
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const ix = (sx0 + x * cos) | 0;
      const iy = (sy0 + x * sin) | 0;
      if (ix >= 0 && ix < w && iy >= 0 && iy < h) out[row + x] = data[iy * w + ix]!;
    }
  }
  return rotated;
}
