/**
 * The image to OCR for a PDF page: the embedded page image of a scan (no re-rendering), or a
 * 300 dpi rendering when the page has vector text we cannot trust.
 */
import { createCanvas } from '@napi-rs/canvas';
import { apply, multiply } from './geometry.js';
import { pdfjs, type PdfPage } from './document.js';
import { toGray, type Gray } from '../image/gray.js';
import { rawScanImage } from './rawScan.js';

const { OPS } = pdfjs;

export interface PageImage {
  gray: Gray;
  /** pixels per inch of the image as placed on the page */
  dpi: number;
  /** top-left of the image on the page, in points */
  offset: [number, number];
}

interface ImageObject {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
  bitmap?: unknown;
}

function getObject(page: PdfPage, name: string): Promise<ImageObject | null> {
  const objs = (page.commonObjs.has(name) ? page.commonObjs : page.objs) as unknown as {
    get(name: string, cb: (o: ImageObject) => void): void;
  };
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), 10_000);
    objs.get(name, (o) => {
      clearTimeout(timer);
      resolve(o ?? null);
    });
  });
}

async function embeddedImage(page: PdfPage): Promise<PageImage | null> {
  const viewport = page.getViewport({ scale: 1 });
  const list = await page.getOperatorList();
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  let best: { name: string; ctm: number[]; area: number } | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.paintImageXObject) {
      const m = multiply(viewport.transform as number[], ctm);
      const area = Math.abs(m[0]! * m[3]! - m[1]! * m[2]!);
      if (!best || area > best.area) best = { name: args[0] as string, ctm: m, area };
    }
  }
  if (!best || best.area < 0.25 * viewport.width * viewport.height) return null;
  const obj = await getObject(page, best.name);
  if (!obj || !obj.data) return null;
  const gray = toGray(obj.width, obj.height, obj.data, obj.kind);
  const placedWidth = Math.hypot(best.ctm[0]!, best.ctm[1]!);
  const [ox, oy] = apply(best.ctm, 0, 1);
  return { gray, dpi: (obj.width / placedWidth) * 72, offset: [ox, oy] };
}

async function rendered(page: PdfPage, dpi = 300): Promise<PageImage> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
  const data = context.getImageData(0, 0, canvas.width, canvas.height);
  return { gray: toGray(canvas.width, canvas.height, data.data, 3), dpi, offset: [0, 0] };
}

/** A scan's JPEG read straight from the file (see rawScan.ts), without pdfjs's RGB round trip. */
async function rawEmbeddedImage(file: Uint8Array, page: PdfPage): Promise<PageImage | null> {
  const viewport = page.getViewport({ scale: 1 });
  const view = viewport.transform as number[];
  const raw = await rawScanImage(file, page, view, 0.25 * viewport.width * viewport.height);
  if (!raw) return null;
  const m = multiply(view, raw.ctm);
  const placedWidth = Math.hypot(m[0]!, m[1]!);
  const [ox, oy] = apply(m, 0, 1);
  return { gray: raw.gray, dpi: (raw.width / placedWidth) * 72, offset: [ox, oy] };
}

/**
 * `file`, the PDF's bytes, lets a plain scan's JPEG be read directly (cheaper); without it, or
 * when the page is not that simple, pdfjs decodes the page's images.
 */
export async function pageImage(page: PdfPage, scanned: boolean, file?: Uint8Array): Promise<PageImage> {
  if (scanned) {
    const direct = file ? await rawEmbeddedImage(file, page) : null;
    if (direct) return direct;
    const embedded = await embeddedImage(page);
    if (embedded) return embedded;
  }
  return rendered(page);
}
