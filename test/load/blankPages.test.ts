/** Blank PDF pages (no text layer, nothing drawn) are rendered but no OCR engine reads them. */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/pipeline/parsePlan.js';
import { pdfFromObjects } from '../../scripts/fixtures/pdfObjects.js';

function blankPdf(pages: number): Buffer {
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, k) => `${k + 3} 0 R`).join(' ')}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ]);
}

describe('a PDF of blank pages', () => {
  it('40 blank pages: every page looked at, then one clear error (no text), not a stall', async () => {
    const progress: number[] = [];
    const r = await parsePlan({ bytes: blankPdf(40), path: 'blank.pdf' }, { jobs: 1, onProgress: (done) => progress.push(done) });
    expect(r.fatal).toBe(true);
    expect(r.file.pageCount).toBe(40);
    expect(progress.at(-1)).toBe(40);
    const error = r.diagnostics.find((d) => d.severity === 'error')!;
    expect(error.ruleId).toBe('load/empty');
    expect(error.message).toBe('the PDF has no readable text');
  }, 120_000);
});
