/** Paths that are not files (named pipes, loops of symbolic links): one clear line, never a wait for ever. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { tempDir } from './support.js';

const SEED = new URL('../../fixtures/seed-000/input.txt', import.meta.url);

describe('a named pipe nobody writes to', () => {
  const tmp = tempDir('tthc-odd-');
  const fifo = join(tmp, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);

  it('named alone: exit 2, one line naming it (was: waited for ever)', () => {
    const run = runCli(['parse', fifo]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/pipe\.txt: not a file but a named pipe/);
  });

  it('named in a batch: a failed record naming it; the other file gets its output', () => {
    const good = join(tmp, 'good.txt');
    copyFileSync(SEED, good);
    const out = join(tmp, 'out-named');
    const run = runCli(['parse', good, fifo, '--out-dir', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/pipe\.txt: not a file but a named pipe/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, 'good.json'))).toBe(true);
  });
});

describe('a folder holding a named pipe and a loop of symbolic links', () => {
  const tmp = tempDir('tthc-odd-dir-');
  const dir = join(tmp, 'in');
  mkdirSync(dir);
  copyFileSync(SEED, join(dir, 'good.txt'));
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  symlinkSync('b.txt', join(dir, 'a.txt'));
  symlinkSync('a.txt', join(dir, 'b.txt'));
  symlinkSync('gone.txt', join(dir, 'dangling.txt'));
  const out = join(tmp, 'out');
  const run = runCli(['parse', dir, '--out-dir', out]);

  it('parses the good file and exits 0', () => {
    expect(run.code).toBe(0);
    expect(existsSync(join(out, 'good.json'))).toBe(true);
  });

  it('says what it passed over and why (was: silence)', () => {
    expect(run.stderr).toMatch(/pipe\.txt: skipped \(a named pipe, not a file\)/);
    expect(run.stderr).toMatch(/a\.txt: skipped \(a loop of symbolic links\)/);
    expect(run.stderr).toMatch(/dangling\.txt: skipped \(a symbolic link to nothing\)/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a file whose name holds a newline', () => {
  const tmp = tempDir('tthc-odd-name-');
  const dir = join(tmp, 'in');
  mkdirSync(dir);
  copyFileSync(SEED, join(dir, 'good.txt'));
  writeFileSync(join(dir, 'emp\nty.txt'), '');

  it('is named on one line of stderr, the newline written as \\n (was: the line broken in two)', () => {
    const run = runCli(['parse', dir, '--out-dir', join(tmp, 'out')]);
    expect(run.code).toBe(1);
    const failed = run.stderr.split('\n').filter((l) => l.startsWith('✖'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/in\/emp\\nty\.txt: the file is empty$/);
  });
});
