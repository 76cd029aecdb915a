import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/pipeline/parsePlan.js';
import { ROOT } from '../helpers.js';

// The fixture's text layer holds TCVN3-encoded Vietnamese as Latin-1 letters ("Céng hßa x· héi").
// (Its glyphs also look like those letters: it checks the detection and the render-and-OCR path,
// not how well OCR reads a real legacy font.)
describe('a PDF page with a garbled text layer', () => {
  it('is flagged and read by OCR from a rendering of the page', async () => {
    const bytes = readFileSync(join(ROOT, 'fixtures', 'pdf-garbled', 'plan.pdf'));
    const { file } = await parsePlan({ bytes, path: 'garbled.pdf' }, { jobs: 1 });
    const flag = file.diagnostics.find((d) => d.ruleId === 'load/garbled-text-layer');
    expect(flag?.severity).toBe('warning');
    expect(flag?.message).toMatch(/legacy/);
    expect(flag?.place?.page).toBe(1);
    expect(file.textSource).toBe('ocr');
    expect(file.lines.length).toBeGreaterThanOrEqual(3);
    expect(file.lines.some((l) => /2010/.test(l.text))).toBe(true);
  });
});
