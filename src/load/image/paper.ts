/**
 * Paper and ink of a scanned page. A small crop (one cell) is mostly paper: tesseract's own
 * binarisation (Otsu on the crop) then splits the paper's noise from the paper instead of the ink
 * from the paper, and a clear "3" comes back as "©". The page as a whole has plenty of both, so
 * its threshold is computed once on the page, and every pixel of a crop lighter than halfway from
 * it to white is made white before the crop is read. (At the threshold itself the strokes get too
 * thin: "97,8" was read "97,6" on the plan I scan; halfway keeps the ink's grey edges.)
 */
import type { Gray } from './gray.js';

/** Otsu's threshold of the page's grey levels (sampled on a 2-pixel lattice): darker is ink. */
export function inkThreshold(img: Gray): number {
  const hist = new Float64Array(256);
  let n = 0;
  for (let y = 0; y < img.height; y += 2) {
    const row = y * img.width;
    for (let x = 0; x < img.width; x += 2) {
      hist[img.data[row + x]!]!++;
      n++;
    }
  }
  if (n === 0) return 128;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i]!;
  let sumB = 0;
  let wB = 0;
  let best = 128;
  let bestVar = -1;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = n - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > bestVar) {
      bestVar = between;
      best = t;
    }
  }
  return best + 1;
}

/** Grey levels at or above this are paper on this page: halfway from its ink threshold to white. */
export function paperLevel(img: Gray): number {
  return Math.round((inkThreshold(img) + 255) / 2);
}

/** Every pixel at or above `threshold` made white, in place (a crop before it is read alone). */
export function whitenPaper(img: Gray, threshold: number): Gray {
  const d = img.data;
  for (let i = 0; i < d.length; i++) if (d[i]! >= threshold) d[i] = 255;
  return img;
}
