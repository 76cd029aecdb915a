/** Open a PDF with pdfjs (the engine under pdf-parse), turning its failures into clean errors. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { InputError } from '../text.js';

export type PdfDocument = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
export { pdfjs };

const require = createRequire(import.meta.url);
let assets: { standardFontDataUrl: string; cMapUrl: string } | null = null;

/** Font and CMap data from the installed pdfjs-dist, as local file URLs (never fetched from the web). */
function localAssets(): { standardFontDataUrl: string; cMapUrl: string } {
  if (!assets) {
    const root = dirname(require.resolve('pdfjs-dist/package.json'));
    assets = {
      standardFontDataUrl: pathToFileURL(join(root, 'standard_fonts') + '/').href,
      cMapUrl: pathToFileURL(join(root, 'cmaps') + '/').href,
    };
  }
  return assets;
}

export async function openPdf(bytes: Uint8Array, password?: string): Promise<PdfDocument> {
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    password,
    ...localAssets(),
    cMapPacked: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'PasswordException') {
      throw new InputError('load/pdf-password', password ? 'the PDF password is wrong' : 'the PDF is encrypted and needs a password');
    }
    throw new InputError('load/pdf-invalid', `not a readable PDF (${message})`);
  }
}
