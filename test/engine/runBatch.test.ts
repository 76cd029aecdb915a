/** The engine without the CLI: options in, records (in input order) and a summary out. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch, BatchUsageError, type FileRecord } from '../../src/engine/index.js';
import { copySeeds, filesUnder, SEED_FILES, tempDir } from './support.js';

const base = {
  format: 'json' as const,
  jobs: 2,
  changedOnly: false,
  timeoutMs: 60_000,
  maxMemoryMb: 512,
  parse: {},
  keepPlans: false,
  readStdin: async () => new TextEncoder().encode('KẾ HOẠCH\n'),
};

describe('runBatch', () => {
  it('hands records on in input order with a summary, and keeps plans only when asked', async () => {
    const tmp = tempDir('tthc-engine-');
    copySeeds(join(tmp, 'in'));
    const records: FileRecord[] = [];
    const progress: number[] = [];
    const summary = await runBatch(
      { ...base, inputs: ['in', '-', 'missing.txt'], cwd: tmp, outDir: 'out' },
      { onRecord: (r) => records.push(r), onProgress: (done) => progress.push(done) },
    );
    expect(records.map((r) => r.path)).toEqual(['missing.txt', ...SEED_FILES.map((f) => `in/${f}`), '<stdin>']);
    expect(records[0]).toMatchObject({ status: 'failed', reason: 'no such file' });
    expect(records.slice(1).every((r) => r.plan === null && r.status !== 'failed')).toBe(true);
    expect(summary).toMatchObject({ files: SEED_FILES.length + 2, failed: 1, skipped: 0 });
    expect(summary.ok + summary.warnings).toBe(SEED_FILES.length + 1);
    expect(progress).toEqual(Array.from({ length: SEED_FILES.length + 2 }, (_, i) => i + 1));
    expect(filesUnder(join(tmp, 'out'))).toEqual([...SEED_FILES.map((f) => f.replace('.txt', '.json')), 'stdin.json'].sort());

    const kept: FileRecord[] = [];
    await runBatch({ ...base, inputs: ['in'], cwd: tmp, outDir: null, keepPlans: true }, { onRecord: (r) => kept.push(r) });
    expect(kept.every((r) => r.plan?.schemaVersion === '1.0')).toBe(true);
  });

  it('throws a usage error when nothing is found or the output folder is unusable', async () => {
    const tmp = tempDir('tthc-engine-empty-');
    await expect(runBatch({ ...base, inputs: [tmp], cwd: tmp, outDir: null })).rejects.toThrow(BatchUsageError);
  });
});
