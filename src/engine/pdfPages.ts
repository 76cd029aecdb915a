/**
 * Count a PDF's pages before the loader reads them, so that a PDF with no pages or with far
 * more than a plan has (--max-pages) is refused at once with one clear message, instead of
 * rendering and OCR-ing thousands of blank pages until the timeout. pdf-parse (pdfjs) is
 * imported only when a PDF comes by.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';

/** The page count, or null when the PDF cannot be opened here (the loader then says why). */
export async function countPdfPages(bytes: Uint8Array, password?: string): Promise<number | null> {
  const { PDFParse } = await import('pdf-parse');
  // a copy: pdfjs may take over the buffer it is given
  const parser = new PDFParse({ data: new Uint8Array(bytes), password });
  try {
    const info = await parser.getInfo();
    return info.total;
  } catch {
    return null;
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

export async function pdfPagesCheck(bytes: Uint8Array, maxPages: number | undefined, password?: string): Promise<Diagnostic | null> {
  const pages = await countPdfPages(bytes, password);
  if (pages === null) return null;
  if (pages === 0) return { ...diagnostic('error', 'load/pdf-no-pages', 'the PDF has no pages'), fatal: true };
  if (maxPages !== undefined && pages > maxPages) {
    return { ...diagnostic('error', 'load/too-many-pages', `the PDF has ${pages} pages, more than --max-pages ${maxPages}`), fatal: true };
  }
  return null;
}
