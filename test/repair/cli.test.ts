import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, SEEDS } from '../helpers.js';

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
  it('a missing file is a usage error', () => {
    expect(runCli(['restore', 'nope.txt']).code).toBe(2);
  });
});
