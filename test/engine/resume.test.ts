/** Kill a batch halfway; a rerun with --changed-only does only what is left. */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAs, SEED_FILES, spawnCli, summaryCounts, tempDir } from './support.js';
import { SEEDS } from '../helpers.js';

const TOTAL = 24;

function outputs(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
}

describe('--changed-only resumes an interrupted batch', () => {
  it('processes only the files without a current output', async () => {
    const tmp = tempDir('tthc-resume-');
    const dir = join(tmp, 'in');
    const out = join(tmp, 'out');
    // each file waits 150 ms in the worker (an injected "slow" fault), so the kill lands halfway
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    for (let i = 0; i < TOTAL; i++) {
      const seed = readFileSync(join(SEEDS, SEED_FILES[i % SEED_FILES.length]!), 'utf8');
      writeFileSync(join(dir, `plan-${String(i).padStart(2, '0')}.txt`), `tthc-parse-fault: slow\n${seed}\n${i}\n`);
    }
    const env = { TTHC_PARSE_FAULTS: '1' };
    const child = spawnCli(['parse', dir, '--out-dir', out, '--jobs', '1'], { env });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    while (outputs(out).length < 5) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited;
    await new Promise((r) => setTimeout(r, 200)); // the orphaned worker sees the disconnect and exits
    const before = outputs(out);
    expect(before.length).toBeGreaterThanOrEqual(5);
    expect(before.length).toBeLessThan(TOTAL);
    // every output present is whole (atomic writes): it parses
    for (const f of before) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8'))).not.toThrow();

    const rerun = runCliAs(['parse', dir, '--out-dir', out, '--changed-only', '--jobs', '2'], { env });
    const counts = summaryCounts(rerun.stderr);
    expect(counts.unchanged).toBe(before.length);
    expect(counts.ok + counts.warnings + counts.failed).toBe(TOTAL - before.length);
    expect(outputs(out)).toHaveLength(TOTAL);

    // a changed input is redone, the others are not
    writeFileSync(join(dir, 'plan-00.txt'), 'KẾ HOẠCH\nSố: 9/KH-UBND\n');
    const third = summaryCounts(runCliAs(['parse', dir, '--out-dir', out, '--changed-only'], { env }).stderr);
    expect(third.unchanged).toBe(TOTAL - 1);
    expect(third.ok + third.warnings + third.failed).toBe(1);
  });
});
