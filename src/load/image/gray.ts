/** An 8-bit grayscale page image (0 = black), the one pixel format the OCR path works on. */
export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * The OCR engine is handed an uncompressed TIFF: Leptonica (inside tesseract.js) reads it with one
 * copy of the strip, where a PGM is read byte by byte (measured on a 300 dpi A4 page in the
 * engine: 22–30 ms against 71–101 ms, the same words). The layout is an 8-byte header, the pixels
 * (one strip, 0 = black), and the directory after them, so a page image sits inside its file.
 */
const TIFF_HEAD = 8;
const TIFF_TAGS = 9;
const TIFF_DIRECTORY = 2 + TIFF_TAGS * 12 + 4;

function tiffPadding(pixels: number): number {
  return pixels & 1; // the directory starts on a word boundary
}

/** Write the header and the directory of a grayscale TIFF whose pixels are already in place. */
function writeTiffFrame(file: Uint8Array, width: number, height: number): void {
  const pixels = width * height;
  const directory = TIFF_HEAD + pixels + tiffPadding(pixels);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  view.setUint16(0, 0x4949, true); // "II": little-endian
  view.setUint16(2, 42, true);
  view.setUint32(4, directory, true);
  // tag, type (3 SHORT, 4 LONG), value; one value each, in tag order
  const tags: [number, number, number][] = [
    [256, 4, width], // ImageWidth
    [257, 4, height], // ImageLength
    [258, 3, 8], // BitsPerSample
    [259, 3, 1], // Compression: none
    [262, 3, 1], // PhotometricInterpretation: BlackIsZero
    [273, 4, TIFF_HEAD], // StripOffsets
    [277, 3, 1], // SamplesPerPixel
    [278, 4, height], // RowsPerStrip
    [279, 4, pixels], // StripByteCounts
  ];
  view.setUint16(directory, tags.length, true);
  tags.forEach(([tag, type, value], i) => {
    const at = directory + 2 + i * 12;
    view.setUint16(at, tag, true);
    view.setUint16(at + 2, type, true);
    view.setUint32(at + 4, 1, true);
    if (type === 3) {
      view.setUint16(at + 8, value, true);
      view.setUint16(at + 10, 0, true);
    } else view.setUint32(at + 8, value, true);
  });
  view.setUint32(directory + 2 + tags.length * 12, 0, true); // no next directory
}

function tiffLength(pixels: number): number {
  return TIFF_HEAD + pixels + tiffPadding(pixels) + TIFF_DIRECTORY;
}

/**
 * A blank (0-filled) image whose pixels sit inside a TIFF file's buffer, so that `toTiff` hands
 * the page to OCR without copying it.
 */
export function newGray(width: number, height: number): Gray {
  const pixels = width * height;
  const buffer = new Uint8Array(tiffLength(pixels));
  writeTiffFrame(buffer, width, height);
  return { width, height, data: buffer.subarray(TIFF_HEAD, TIFF_HEAD + pixels) };
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

/** The image as an uncompressed grayscale TIFF for the OCR engine; no copy for a `newGray` image (its frame is written again, not trusted). */
export function toTiff(img: Gray): Uint8Array {
  const pixels = img.width * img.height;
  const { data } = img;
  if (data.byteOffset === TIFF_HEAD && data.length === pixels && data.buffer.byteLength === tiffLength(pixels)) {
    const whole = new Uint8Array(data.buffer, 0, data.buffer.byteLength);
    writeTiffFrame(whole, img.width, img.height);
    return whole;
  }
  const out = new Uint8Array(tiffLength(pixels));
  out.set(data.subarray(0, pixels), TIFF_HEAD);
  writeTiffFrame(out, img.width, img.height);
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
