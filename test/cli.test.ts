import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'tthc-cli-'));

describe('CLI input errors: one line naming the file, exit 2, no stack trace', () => {
  const cases: [string, () => string, RegExp][] = [
    ['missing file', () => join(tmp, 'nope.txt'), /nope\.txt: no such file/],
    ['directory', () => { const d = join(tmp, 'dir'); mkdirSync(d, { recursive: true }); return d; }, /dir: is a directory/],
    ['empty file', () => { const f = join(tmp, 'empty.txt'); writeFileSync(f, ''); return f; }, /empty\.txt: the file is empty/],
    ['binary file', () => { const f = join(tmp, 'junk.bin'); writeFileSync(f, Buffer.from([0, 1, 2, 3, 255, 0, 17, 9])); return f; }, /junk\.bin: binary data/],
    ['not UTF-8', () => { const f = join(tmp, 'latin.txt'); writeFileSync(f, Buffer.from('Stra\xdfe \xfcber Gr\xf6\xdfe und Ma\xdfe\n', 'latin1')); return f; }, /latin\.txt: not UTF-8/],
  ];
  for (const [name, make, pattern] of cases) {
    it(name, () => {
      const run = runCli([make()]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(pattern);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('usage errors exit 2, not 1', () => {
    expect(runCli(['--bogus']).code).toBe(2);
    expect(runCli([]).code).toBe(2);
    expect(runCli(['x.txt', '-f', 'xml']).code).toBe(2);
  });

  it('--help exits 0', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage: tthc-parse/);
  });
});

describe('CLI parse', () => {
  const seed = 'fixtures/seed-001/input.txt';

  it('prints a schema-valid plan as JSON on stdout and a summary on stderr', async () => {
    const { PlanSchema } = await import('../src/schema/plan.js');
    const run = runCli([seed]);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(plan.tasks).toHaveLength(28);
    expect(run.stderr).toMatch(/28 tasks, 15 indicators, 0 errors/);
  });

  it('-f yaml prints YAML with the same content', async () => {
    const { parse } = await import('yaml');
    const json = JSON.parse(runCli([seed, '-q']).stdout);
    const run = runCli([seed, '-f', 'yaml', '-q']);
    expect(run.code).toBe(0);
    expect(parse(run.stdout)).toEqual(json);
    expect(run.stderr).toBe('');
  });

  it('-o writes the file and leaves stdout empty', async () => {
    const { readFileSync } = await import('node:fs');
    const out = join(tmp, 'plan.json');
    const run = runCli([seed, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe('1.0');
  });

  it('reads stdin with -', async () => {
    const { readFileSync } = await import('node:fs');
    const run = runCli(['-', '-q'], { input: readFileSync(seed) });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).source.path).toBeNull();
  });

  it('colours stderr only when asked or allowed', () => {
    const ansi = /\u001b\[/;
    expect(runCli([seed]).stderr).not.toMatch(ansi); // NO_COLOR=1 and a pipe
    expect(runCli([seed, '--color']).stderr).toMatch(ansi);
    expect(runCli([seed], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stderr).toMatch(ansi);
    expect(runCli([seed, '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stderr).not.toMatch(ansi);
    expect(runCli([seed], { env: { NO_COLOR: '' } }).stderr).not.toMatch(ansi); // not a TTY
  });
});

describe('one input and --timeout', () => {
  it('an explicit --timeout gives up on a scan still in OCR: exit 2, one line naming the file (was: ignored)', () => {
    const run = runCli(['fixtures/scan-own-a-department/plan.pdf', '--timeout', '1']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/scan-own-a-department\/plan\.pdf: took longer than 1 s \(--timeout\)/);
  });
});
