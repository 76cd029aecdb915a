/** A PDF whose page tree cannot be walked is an unreadable PDF, not a crash of the load stage. */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/pipeline/parsePlan.js';

/** A PDF (with a correct xref) whose page tree names itself as its only kid. */
function pageTreeLoop(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>'];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, k) => {
    offsets.push(out.length);
    out += `${k + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
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
