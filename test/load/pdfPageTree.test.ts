/** A PDF whose page tree cannot be walked is an unreadable PDF, not a crash of the load stage. */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/pipeline/parsePlan.js';
import { pdfFromObjects } from '../../scripts/fixtures/pdfObjects.js';

/** A PDF (with a correct xref) whose page tree names itself as its only kid. */
function pageTreeLoop(): Buffer {
  return pdfFromObjects(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>']);
}

describe('a PDF page tree that loops', () => {
  it('is load/pdf-invalid naming the page (was load/crash)', async () => {
    const r = await parsePlan({ bytes: pageTreeLoop(), path: 'loop.pdf' });
    expect(r.fatal).toBe(true);
    const error = r.diagnostics.find((d) => d.severity === 'error')!;
    expect(error.ruleId).toBe('load/pdf-invalid');
    expect(error.message).toMatch(/not a readable PDF \(page 1: .*circular/);
  });
});
