/** Decode a well-formed PNG (from the OCR worker, see image/index.ts) to grayscale with @napi-rs/canvas. Never hand it untrusted bytes: it can crash the process on junk. */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { InputError } from '../text.js';
import { toGray, type Gray } from './gray.js';

export async function decodeImage(bytes: Uint8Array): Promise<Gray> {
  let img;
  try {
    img = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new InputError('load/image-invalid', `the image cannot be decoded (${(error as Error).message})`);
  }
  if (!img.width || !img.height) throw new InputError('load/image-invalid', 'the image cannot be decoded');
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, img.width, img.height);
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, img.width, img.height);
  return toGray(img.width, img.height, data.data, 3);
}

/** Resolution of a page photo or scan when the file does not say: assume an A4/Letter-width page. */
export function guessDpi(img: Gray): number {
  const shortSide = Math.min(img.width, img.height);
  return Math.max(72, shortSide / 8.27);
}
