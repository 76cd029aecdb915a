import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  it('--json reports the text, each change and each doubtful word at its line and column', () => {
    const run = runCli(['restore', '--json', '-'], { input: 'Ke hoach\nmot ctra, mot cira\n' });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.text).toBe('Kế hoạch\nmột cửa, một cửa\n');
    expect(report.changes.map((c: { line: number; column: number; to: string }) => [c.line, c.column, c.to])).toEqual([
      [1, 1, 'Kế'],
      [1, 4, 'hoạch'],
      [2, 1, 'một'],
      [2, 5, 'cửa'],
      [2, 11, 'một'],
      [2, 15, 'cửa'],
    ]);
    expect(report.changed).toBe(6);
    expect(Array.isArray(report.lowConfidence)).toBe(true);
  });
  it('--stats lists each low-confidence word at file:line:column', () => {
    const file = join(SEEDS, '004_3eab05cccacae040.txt');
    const run = runCli(['restore', '--stats', file]);
    expect(run.code).toBe(0);
    const lines = run.stderr.trim().split('\n');
    const summary = lines.pop()!;
    const low = Number(/(\d+) low-confidence$/.exec(summary)![1]);
    expect(low).toBeGreaterThan(0);
    expect(lines).toHaveLength(low);
    for (const l of lines) expect(l).toMatch(/^.*004_3eab05cccacae040\.txt:\d+:\d+  info  ".*" read as ".*" with confidence 0\.\d\d  repair\/low-confidence$/);
  });
  it('restores a folder into --out-dir, one file each; a damaged file fails alone, images are skipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-restore-'));
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.txt'), 'T6 chirc hoat ddng\n');
    writeFileSync(join(dir, 'in', 'sub', 'b.txt'), 'Poc lap - Tw do\n');
    writeFileSync(join(dir, 'in', 'broken.txt'), Buffer.from([0x4b, 0x00, 0x01, 0x02, 0x03]));
    copyFileSync(join(ROOT, 'fixtures', 'scan-image', 'table.png'), join(dir, 'in', 'table.png'));
    const out = join(dir, 'out');
    const run = runCli(['restore', join(dir, 'in'), '--out-dir', out]);
    expect(run.code).toBe(1);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('Tổ chức hoạt động\n');
    expect(readFileSync(join(out, 'sub', 'b.txt'), 'utf8')).toBe('Độc lập - Tự do\n');
    expect(existsSync(join(out, 'broken.txt'))).toBe(false);
    expect(existsSync(join(out, 'table.txt'))).toBe(false);
    expect(run.stderr).toContain('broken.txt: binary data, not text');
    expect(run.stderr).toContain('2 restored, 1 failed, 1 skipped');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
  it('one input goes to -o FILE; several need --out-dir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-restore-'));
    writeFileSync(join(dir, 'a.txt'), 'mot ctra\n');
    const run = runCli(['restore', join(dir, 'a.txt'), '-o', join(dir, 'a.out.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(dir, 'a.out.txt'), 'utf8')).toBe('một cửa\n');
    const many = runCli(['restore', join(dir, 'a.txt'), join(dir, 'a.out.txt')]);
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('several inputs: give --out-dir DIR');
    const folder = runCli(['restore', dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('is a directory; give --out-dir DIR');
  });
  it('reads UTF-16 text with a byte-order mark; a word of 9 000 letters is kept as written', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('T6 chirc hoat ddng\n', 'utf16le')]);
    const run = runCli(['restore', '-'], { input: utf16 });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Tổ chức hoạt động\n');
    const blob = 'a'.repeat(9000);
    const long = runCli(['restore', '-'], { input: `Ke hoach ${blob} nam 2024\n` });
    expect(long.code).toBe(0);
    expect(long.stdout).toBe(`Kế hoạch ${blob} năm 2024\n`);
  });
  it('a missing file is a usage error', () => {
    expect(runCli(['restore', 'nope.txt']).code).toBe(2);
  });
});
