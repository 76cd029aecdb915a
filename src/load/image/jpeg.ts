/**
 * pdfjs's own JPEG decoder (pure JavaScript, the one pdfjs runs on a PDF's DCT images): safe on
 * untrusted bytes, where a native decoder could crash the process. Used for the JPEG pages of
 * scanned PDFs (pdf/rawScan.ts) and JPEG-compressed TIFF strips (tiff.ts).
 */
export interface JpegDecoder {
  width: number;
  height: number;
  numComponents: number;
  parse(data: Uint8Array): void;
  getData(options: { width: number; height: number; forceRGB?: boolean; forceRGBA?: boolean; isSourcePDF?: boolean }): Uint8Array | Uint8ClampedArray;
}

/** `colorTransform`: 1 = YCbCr → RGB, 0 = none (RGB stored as is), unset = as the file says */
export type JpegDecoderClass = new (options?: { colorTransform?: number }) => JpegDecoder;

let decoderClass: Promise<JpegDecoderClass> | null = null;

export function jpegDecoder(): Promise<JpegDecoderClass> {
  // pdfjs's image decoders bundle (no types shipped)
  const path: string = 'pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs';
  decoderClass ??= import(path).then((m: { JpegImage: JpegDecoderClass }) => m.JpegImage);
  return decoderClass;
}
