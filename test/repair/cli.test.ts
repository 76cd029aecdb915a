import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, SEEDS } from '../helpers.js';

describe('tthc-parse restore', () => {
  it('restores stdin line for line', () => {
    const run = runCli(['restore', '-'], { input: 'T6 chirc hoat ddng\n\nPoc lap - Tw do\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Tổ chức hoạt động\n\nĐộc lập - Tự do\n');
  });
  it('keeps the line count of a seed', () => {
    const file = join(SEEDS, '000_f88f020101287375.txt');
    const run = runCli(['restore', file]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toHaveLength(readFileSync(file, 'utf8').split('\n').length);
  });
  it('--diff shows what changed', () => {
    const run = runCli(['restore', '--diff', '-'], { input: 'Ke hoach\nUBND\n' });
    expect(run.stdout).toContain('- Ke hoach');
    expect(run.stdout).toContain('+ Kế hoạch');
    expect(run.stdout).not.toContain('UBND');
  });
  it('a PDF, an image or binary data is refused with one line naming the file', () => {
    const pdf = runCli(['restore', '-'], { input: '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n' });
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toBe('tthc-parse: <stdin>: a PDF, not text; restore reads plain text (tthc-parse - parses it, restored)\n');
    expect(pdf.stdout).toBe('');
    const png = runCli(['restore', join(ROOT, 'fixtures', 'scan-image', 'table.png')]);
    expect(png.code).toBe(2);
    expect(png.stderr).toMatch(/table\.png: a PNG image, not text/);
    const binary = runCli(['restore', '-'], { input: Buffer.from([0x4b, 0x65, 0x00, 0x01, 0x02, 0x68]) });
    expect(binary.code).toBe(2);
    expect(binary.stderr).toContain('<stdin>: binary data, not text');
  });
  it('a missing file is a usage error', () => {
    expect(runCli(['restore', 'nope.txt']).code).toBe(2);
  });
});
