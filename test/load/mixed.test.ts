import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// pages 1–2 of the Chromium text-layer PDF and page 3 of its 300 dpi scan, joined with pdfunite:
// the text pages take the geometry path, the scanned page OCR, and the table runs across both
describe('a PDF mixing text-layer pages and a scanned page', async () => {
  const { parsePlan } = await import('../../src/pipeline/parsePlan.js');
  const dir = join(ROOT, 'fixtures', 'mixed-pages');
  const r = await parsePlan({ bytes: readFileSync(join(dir, 'plan.pdf')), path: 'plan.pdf' }, { jobs: 1 });
  const expected = (JSON.parse(readFileSync(join(dir, 'expected-cells.json'), 'utf8')) as { tables: { rows: string[][] }[] }).tables[0]!;

  it('decides per page and says the source was mixed', () => {
    expect(r.fatal).toBe(false);
    expect(r.file.pageCount).toBe(3);
    expect(r.file.textSource).toBe('mixed');
    expect(r.plan?.source.textSource).toBe('mixed');
  });

  it('keeps one table across the text page and the scanned page, every numbered row in order', () => {
    expect(r.file.rawTables).toHaveLength(1);
    expect(r.file.rawTables[0]!.pages).toEqual([2, 3]);
    const numbers = r.file.rawTables[0]!.rows.map((row) => row.cells[0]);
    expect(numbers).toEqual(expected.rows.map((row) => row[0]));
  });

  it('reads the scanned page’s rows as well as the text pages’', () => {
    const byContent = new Map(r.file.rawTables[0]!.rows.map((row) => [row.cells[1], row.cells]));
    // group IV and its tasks are on the scanned page
    const scannedRows = expected.rows.slice(expected.rows.findIndex((row) => row[0] === 'IV'));
    expect(scannedRows.length).toBeGreaterThan(3);
    const exact = scannedRows.filter((row) => byContent.get(row[1]!)?.join('|') === row.join('|')).length;
    expect(exact).toBeGreaterThanOrEqual(scannedRows.length - 2);
  });
});
