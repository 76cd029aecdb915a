/** `parse` over many inputs: spawn the built CLI and look at exit code, stdout, stderr and the files. */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../src/schema/plan.js';
import { BROKEN, copySeeds, filesUnder, runCliAs, SEED_FILES, snapshot, summaryCounts, tempDir } from './support.js';

/** What each broken fixture must come out as (the PDF loader may turn "unsupported" into a sharper reason). */
const BROKEN_EXPECTED: Record<string, { status: 'failed' | 'failed-or-warning'; reason?: RegExp }> = {
  'empty.pdf': { status: 'failed', reason: /empty/ },
  'truncated.pdf': { status: 'failed' },
  'corrupt.pdf': { status: 'failed' },
  'encrypted.pdf': { status: 'failed' },
  'no-pages.pdf': { status: 'failed', reason: /the PDF has no pages/ },
  'many-pages.pdf': { status: 'failed', reason: /the PDF has 2500 pages, more than --max-pages 500/ },
  'huge.png': { status: 'failed', reason: /20000 × 20000 pixels/ },
  'junk.txt': { status: 'failed', reason: /binary data/ },
  'legacy-8bit.txt': { status: 'failed-or-warning' },
  'not-a-plan.pdf': { status: 'failed-or-warning' },
  'menu-not-a-plan.txt': { status: 'failed-or-warning', reason: /no plan structure found/ },
  'wrong-extension.pdf': { status: 'failed-or-warning', reason: /named \.pdf but the content is text\/plain/ },
};

describe('batch over the seeds plus fixtures/broken', () => {
  const tmp = tempDir('tthc-batch-');
  const seeds = join(tmp, 'seeds');
  copySeeds(seeds);
  const out = join(tmp, 'out');
  const brokenBefore = snapshot(BROKEN);
  const run = runCliAs(['parse', seeds, BROKEN, '--out-dir', out, '--jobs', '2', '--max-pages', '500']);
  const records = runCliAs(['parse', seeds, BROKEN, '-f', 'jsonl', '--jobs', '2', '--max-pages', '500'])
    .stdout.trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { path: string; status: string; reason: string | null; diagnostics: { message: string }[]; plan: unknown });

  it('finishes and exits 1 because some files failed', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes every good output, valid and carrying the input hash', () => {
    for (const seed of SEED_FILES) {
      const output = join(out, basename(seed, '.txt') + '.json');
      expect(existsSync(output), output).toBe(true);
      const plan = PlanSchema.parse(JSON.parse(readFileSync(output, 'utf8')));
      expect(plan.source.sha256).toBe(createHash('sha256').update(readFileSync(join(seeds, seed))).digest('hex'));
    }
  });

  it('reports every bad file with its reason, naming the file', () => {
    for (const [name, want] of Object.entries(BROKEN_EXPECTED)) {
      const record = records.find((r) => basename(r.path) === name);
      expect(record, name).toBeDefined();
      expect(record!.status, name).not.toBe('ok');
      if (want.status === 'failed') {
        expect(record!.status, name).toBe('failed');
        expect(run.stderr).toContain(`${record!.path}: ${record!.reason}`);
        expect(existsSync(join(out, name.replace(/\.[^.]+$/, '.json'))), name).toBe(false);
      }
      const text = [record!.reason ?? '', ...record!.diagnostics.map((d) => d.message)].join('\n');
      if (want.reason) expect(text, name).toMatch(want.reason);
      if (record!.status === 'warnings') expect((record!.plan as { tasks: unknown[] }).tasks, name).toEqual([]);
    }
  });

  it('skips what is not a plan inside a folder, with an info line', () => {
    expect(run.stderr).toMatch(/junk\.dat: skipped \(binary data, not a plan\)/);
    expect(records.some((r) => r.path.endsWith('junk.dat'))).toBe(false);
  });

  it('ends with a summary on stderr', () => {
    const counts = summaryCounts(run.stderr);
    expect(counts.files).toBe(SEED_FILES.length + Object.keys(BROKEN_EXPECTED).length);
    expect(counts.ok + counts.warnings + counts.failed).toBe(counts.files);
    expect(run.stderr).toMatch(/\d+ tasks?, \d+ indicators? found; [\d.]+ s/);
  });

  it('writes nothing outside --out-dir', () => {
    expect(snapshot(BROKEN)).toEqual(brokenBefore);
    expect(filesUnder(tmp).filter((f) => !f.startsWith('out/'))).toEqual(SEED_FILES.map((f) => `seeds/${f}`));
    expect(filesUnder(out).every((f) => f.endsWith('.json') && !basename(f).startsWith('.'))).toBe(true);
  });

  it('jsonl gives one record per input, failures included', () => {
    expect(records).toHaveLength(SEED_FILES.length + Object.keys(BROKEN_EXPECTED).length);
    expect(records.filter((r) => r.status === 'failed').length).toBeGreaterThan(0);
  });
});

describe('PDF options reach the loader', () => {
  it('--password opens the encrypted fixture: it no longer fails for want of a password', () => {
    const wanting = runCliAs(['parse', join(BROKEN, 'encrypted.pdf'), '-f', 'jsonl']);
    expect(JSON.parse(wanting.stdout).status).toBe('failed');
    const opened = JSON.parse(runCliAs(['parse', join(BROKEN, 'encrypted.pdf'), '-f', 'jsonl', '--password', 'secret']).stdout);
    expect(opened.reason ?? '').not.toMatch(/password/i);
  });

  it('--max-pages refuses the 2500-page fixture', () => {
    const run = JSON.parse(runCliAs(['parse', join(BROKEN, 'many-pages.pdf'), '-f', 'jsonl', '--max-pages', '100']).stdout);
    expect(run).toMatchObject({ status: 'failed', reason: 'the PDF has 2500 pages, more than --max-pages 100' });
    // the default limit (1000) applies too
    expect(JSON.parse(runCliAs(['parse', join(BROKEN, 'many-pages.pdf'), '-f', 'jsonl']).stdout).reason).toMatch(/more than --max-pages 1000/);
  });
});

describe('inputs and outputs', () => {
  it('mirrors sub-folders, takes globs, and keeps two inputs off one output', () => {
    const tmp = tempDir('tthc-mirror-');
    copySeeds(join(tmp, 'in/a'));
    copySeeds(join(tmp, 'in/b'));
    writeFileSync(join(tmp, 'in/a/twin.txt'), 'KẾ HOẠCH\nSố: 1/KH-UBND\n');
    writeFileSync(join(tmp, 'in/a/twin.pdf'), 'KẾ HOẠCH\nSố: 2/KH-UBND\n');
    const run = runCliAs(['parse', join(tmp, 'in'), '--out-dir', join(tmp, 'out')]);
    expect(run.code).toBe(1);
    const outs = filesUnder(join(tmp, 'out'));
    for (const f of SEED_FILES) {
      expect(outs).toContain(`a/${f.replace('.txt', '.json')}`);
      expect(outs).toContain(`b/${f.replace('.txt', '.json')}`);
    }
    expect(run.stderr).toMatch(/twin\.txt: its output .*twin\.json would also be written for .*twin\.pdf/);

    const glob = runCliAs(['parse', `${tmp}/in/b/*.txt`, '--out-dir', join(tmp, 'globbed'), '-q']);
    expect(glob.code).toBe(0);
    expect(filesUnder(join(tmp, 'globbed'))).toEqual(SEED_FILES.map((f) => f.replace('.txt', '.json')));
  });

  it('never overwrites an input', () => {
    const tmp = tempDir('tthc-overwrite-');
    const input = join(tmp, 'plan.json');
    writeFileSync(input, 'KẾ HOẠCH\nSố: 1/KH-UBND\n');
    const run = runCliAs(['parse', input, join(tmp, 'other.txt'), '--out-dir', tmp]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/plan\.json: its output .* is an input of this batch/);
    expect(readFileSync(input, 'utf8')).toBe('KẾ HOẠCH\nSố: 1/KH-UBND\n');
  });

  it('reads - from stdin in a batch', () => {
    const tmp = tempDir('tthc-stdin-');
    const [seed] = copySeeds(tmp);
    const run = runCliAs(['parse', '-', seed!, '-f', 'jsonl'], { input: readFileSync(seed!, 'utf8') });
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.path)).toEqual(['<stdin>', expect.stringContaining(basename(seed!))]);
    expect(lines[0].sha256).toBe(lines[1].sha256);
  });

  it('many inputs need --out-dir or jsonl (exit 2); a lone folder says so', () => {
    const tmp = tempDir('tthc-usage-');
    const seeds = copySeeds(tmp);
    const many = runCliAs(['parse', ...seeds]);
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/several inputs: give --out-dir/);
    const dir = runCliAs(['parse', tmp]);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toMatch(/is a directory; give --out-dir/);
    expect(runCliAs(['parse', tmp, '--out-dir', join(tmp, 'o'), '-f', 'jsonl']).code).toBe(2);
    expect(runCliAs(['parse', tmp, '--out-dir', join(tmp, 'o'), '--jobs', '0']).code).toBe(2);
  });

  it('an output folder that cannot be written is one clear error, exit 2', () => {
    const tmp = tempDir('tthc-outdir-');
    const seeds = copySeeds(join(tmp, 'in'));
    writeFileSync(join(tmp, 'file'), 'x');
    const underFile = runCliAs(['parse', ...seeds, '--out-dir', join(tmp, 'file', 'out')]);
    expect(underFile.code).toBe(2);
    expect(underFile.stderr.trim()).toMatch(/^tthc-parse: cannot write to output folder .*file\/out: not a folder$/);

    const locked = join(tmp, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    chmodSync(locked, 0o555);
    const denied = runCliAs(['parse', ...seeds, '--out-dir', join(locked, 'out')], { asUser: true });
    expect(denied.code).toBe(2);
    expect(denied.stderr).toMatch(/cannot write to output folder .*locked\/out: permission denied/);
  });

  it('an unreadable file becomes a failed record naming it; the batch goes on', () => {
    const tmp = tempDir('tthc-unreadable-');
    const seeds = copySeeds(join(tmp, 'in'));
    chmodSync(join(tmp, 'in'), 0o777);
    const secret = join(tmp, 'in', 'secret.txt');
    writeFileSync(secret, 'KẾ HOẠCH\n');
    chmodSync(secret, 0o000);
    const run = runCliAs(['parse', join(tmp, 'in'), '--out-dir', join(tmp, 'out')], { asUser: true });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/secret\.txt: cannot read the file: permission denied/);
    expect(filesUnder(join(tmp, 'out'))).toHaveLength(seeds.length);
  });
});
