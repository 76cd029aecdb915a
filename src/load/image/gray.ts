/** An 8-bit grayscale page image (0 = black), the one pixel format the OCR path works on. */
export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/** The binary PGM (P5) header of an image of this size. */
function pgmHeader(width: number, height: number): Uint8Array {
  return new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
}

/**
 * A blank (0-filled) image whose pixels sit right after a PGM header in one buffer, so that
 * `toPgm` hands the page to OCR without copying it.
 */
export function newGray(width: number, height: number): Gray {
  const head = pgmHeader(width, height);
  const buffer = new Uint8Array(head.length + width * height);
  buffer.set(head, 0);
  return { width, height, data: buffer.subarray(head.length) };
}

/** pdfjs ImageKind values */
const KIND = { GRAYSCALE_1BPP: 1, RGB_24BPP: 2, RGBA_32BPP: 3 } as const;

/** Convert decoded image data (pdfjs image objects, canvas RGBA) to grayscale. */
export function toGray(width: number, height: number, data: Uint8Array | Uint8ClampedArray, kind?: number): Gray {
  const n = width * height;
  const image = newGray(width, height);
  const out = image.data;
  const perPixel = kind === KIND.RGB_24BPP ? 3 : kind === KIND.RGBA_32BPP ? 4 : kind === KIND.GRAYSCALE_1BPP ? 0 : data.length / n;
  if (perPixel === 0 || kind === KIND.GRAYSCALE_1BPP) {
    const rowBytes = (width + 7) >> 3;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const bit = (data[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1;
        out[y * width + x] = bit ? 255 : 0;
      }
    }
  } else if (perPixel >= 3) {
    const step = Math.round(perPixel);
    for (let i = 0, j = 0; i < n; i++, j += step) {
      out[i] = (data[j]! * 77 + data[j + 1]! * 150 + data[j + 2]! * 29) >> 8;
    }
  } else {
    out.set(data.subarray(0, n));
  }
  return image;
}

/** Binary PGM (P5): the cheapest format Leptonica (inside tesseract.js) reads. No copy for a `newGray` image. */
export function toPgm(img: Gray): Uint8Array {
  const head = pgmHeader(img.width, img.height);
  const { data } = img;
  if (data.byteOffset === head.length && data.buffer.byteLength === head.length + img.width * img.height && data.length === img.width * img.height) {
    const whole = new Uint8Array(data.buffer, 0, data.buffer.byteLength);
    if (head.every((b, i) => whole[i] === b)) return whole;
  }
  const out = new Uint8Array(head.length + data.length);
  out.set(head, 0);
  out.set(data, head.length);
  return out;
}

/** Downscale by an integer factor (box filter), to cap the resolution handed to OCR. */
export function downscale(img: Gray, factor: number): Gray {
  if (factor <= 1) return img;
  const w = Math.floor(img.width / factor);
  const h = Math.floor(img.height / factor);
  const scaled = newGray(w, h);
  const out = scaled.data;
  const area = factor * factor;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * img.width + x * factor;
        for (let dx = 0; dx < factor; dx++) s += img.data[row + dx]!;
      }
      out[y * w + x] = Math.round(s / area);
    }
  }
  return scaled;
}

/** A rectangle of the image with a white margin around it (OCR reads lone glyphs better so), or null if empty. */
export function crop(img: Gray, x0: number, y0: number, x1: number, y1: number, margin = 12): Gray | null {
  const ax = Math.max(0, Math.floor(x0));
  const ay = Math.max(0, Math.floor(y0));
  const bx = Math.min(img.width, Math.ceil(x1));
  const by = Math.min(img.height, Math.ceil(y1));
  if (bx - ax < 4 || by - ay < 4) return null;
  const w = bx - ax + 2 * margin;
  const h = by - ay + 2 * margin;
  const part = newGray(w, h);
  const out = part.data.fill(255);
  for (let y = ay; y < by; y++) out.set(img.data.subarray(y * img.width + ax, y * img.width + bx), (y - ay + margin) * w + margin);
  return part;
}

/**
 * How much ink a page has: dark pixels on a 4-pixel lattice. OCR time grows with it (measured on
 * the scan fixtures: a dense table page has 2.6× the ink of a letter page and takes 2.3× as long),
 * so it ranks pages waiting for OCR.
 */
export function inkAmount(img: Gray): number {
  let n = 0;
  for (let y = 0; y < img.height; y += 4) {
    const row = y * img.width;
    for (let x = 0; x < img.width; x += 4) if (img.data[row + x]! < 128) n++;
  }
  return n;
}
