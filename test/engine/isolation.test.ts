/**
 * A crash, a hang or a memory blow-up in one file costs that file only. The faults are
 * injected with TTHC_PARSE_FAULTS=1 (src/engine/faults.ts) because no real input fails that
 * way reliably; the worker and the pool are the real ones. `native` grows memory outside the JS
 * heap, which --max-old-space-size cannot see: the pool's resident-memory watch catches it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySeeds, filesUnder, runCliAs, SEED_FILES, tempDir } from './support.js';

describe('isolation of each input', () => {
  const tmp = tempDir('tthc-isolation-');
  const dir = join(tmp, 'in');
  const seeds = copySeeds(dir);
  for (const fault of ['crash', 'hang', 'oom', 'native', 'throw']) {
    writeFileSync(join(dir, `${fault}.txt`), `tthc-parse-fault: ${fault}\n` + readFileSync(seeds[0]!, 'utf8'));
  }
  // Limits leave room for a real plan: the repair stage's language model takes ~150 MB resident.
  const started = Date.now();
  const run = runCliAs(['parse', dir, '--out-dir', join(tmp, 'out'), '--jobs', '2', '--timeout', '10', '--max-memory', '256', '-f', 'json'], {
    env: { TTHC_PARSE_FAULTS: '1' },
  });
  const seconds = (Date.now() - started) / 1000;

  it('every failing file gets one message naming it, and the batch goes on', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/in\/crash\.txt: the parser crashed on this file \(signal SIGSEGV\)/);
    expect(run.stderr).toMatch(/in\/hang\.txt: took longer than 10 s \(--timeout\)/);
    expect(run.stderr).toMatch(/in\/oom\.txt: ran out of memory \(limit 256 MB, --max-memory\)/);
    expect(run.stderr).toMatch(/in\/throw\.txt: internal error: injected fault/);
    expect(run.stderr).toMatch(/in\/native\.txt: used \d+ MB of memory, over 2 × --max-memory 256 MB/);
    expect(run.stderr).toMatch(/5 failed/);
    expect(seconds).toBeLessThan(60);
  });

  it('still writes every good output', () => {
    expect(filesUnder(join(tmp, 'out'))).toEqual(SEED_FILES.map((f) => f.replace('.txt', '.json')));
  });
});
