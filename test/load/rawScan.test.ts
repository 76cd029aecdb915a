import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPdf } from '../../src/load/pdf/document.js';
import { pageImage } from '../../src/load/pdf/pageImage.js';
import { rawScanImage } from '../../src/load/pdf/rawScan.js';
import { ROOT } from '../helpers.js';

const scan = readFileSync(join(ROOT, 'fixtures', 'scan-250dpi', 'plan.pdf'));

async function firstPageRaw(bytes: Uint8Array) {
  const doc = await openPdf(bytes);
  try {
    const page = await doc.getPage(1);
    const viewport = page.getViewport({ scale: 1 });
    return await rawScanImage(bytes, page, viewport.transform as number[], 0.25 * viewport.width * viewport.height);
  } finally {
    await doc.destroy();
  }
}

describe('scanned page image read straight from the PDF', () => {
  it('gives the same pixels, resolution and position as pdfjs decoding the page', async () => {
    const doc = await openPdf(scan);
    try {
      const page = await doc.getPage(2);
      const direct = await pageImage(page, true, scan);
      const viaPdfjs = await pageImage(page, true);
      expect(direct.gray.width).toBe(viaPdfjs.gray.width);
      expect(direct.gray.height).toBe(viaPdfjs.gray.height);
      expect(Buffer.compare(direct.gray.data, viaPdfjs.gray.data)).toBe(0);
      expect(direct.dpi).toBeCloseTo(viaPdfjs.dpi, 6);
      expect(direct.offset[0]).toBeCloseTo(viaPdfjs.offset[0], 6);
      expect(direct.offset[1]).toBeCloseTo(viaPdfjs.offset[1], 6);
    } finally {
      await doc.destroy();
    }
  });

  it('declines pages it does not fully understand (pdfjs reads those)', async () => {
    // a text PDF: no page-sized image
    expect(await firstPageRaw(readFileSync(join(ROOT, 'fixtures', 'pdf-libreoffice', 'plan.pdf')))).toBeNull();
    // an image whose dictionary does not match its JPEG data
    const text = scan.toString('latin1');
    const wrong = Buffer.from(text.replace(/\/Width (\d+)/, (_, w: string) => `/Width ${String(Number(w) - 1).padStart(w.length, '0')}`), 'latin1');
    expect(await firstPageRaw(wrong)).toBeNull();
    // an encrypted file (its streams are ciphertext)
    const encrypted = Buffer.from(text.replace('/Root', '/Encrypt 99 0 R /Root'), 'latin1');
    expect(await firstPageRaw(encrypted)).toBeNull();
  });
});
