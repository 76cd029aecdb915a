/**
 * The cores of --jobs that a batch's finished lanes leave idle go to the files still running:
 * the share-out, and a grant reaching a worker's OCR pool (a waiting job and a running one).
 */
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/engine/pool.js';
import type { JobOutcome } from '../../src/engine/protocol.js';
import { shareIdleEngines, type EngineShare } from '../../src/engine/runBatch.js';
import { ROOT } from '../helpers.js';

/** A small blank grayscale PNG: cheap to OCR, enough to make a worker start its engine pool. */
function blankPng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grayscale
  const rows = Buffer.alloc((width + 1) * height, 255);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter: none
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

describe('shareIdleEngines: the engines running files do not use go to them', () => {
  const share = (engines: number, job: number | null = null): EngineShare => ({ engines, job });

  it('gives a file left alone every engine of --jobs', () => {
    const last = share(1, 7);
    expect(shareIdleEngines(2, [last])).toEqual([last]);
    expect(last.engines).toBe(2);
    const big = share(1);
    shareIdleEngines(4, [big]);
    expect(big.engines).toBe(4);
  });

  it('spreads spare engines over the running files, fewest first, and never beyond --jobs', () => {
    const a = share(2);
    const b = share(1);
    const grown = shareIdleEngines(4, [a, b]);
    expect(grown).toEqual([b]);
    expect([a.engines, b.engines]).toEqual([2, 2]);
    shareIdleEngines(5, [a, b]);
    expect(a.engines + b.engines).toBe(5);
  });

  it('grows nothing when the running files already use every engine (or more)', () => {
    const a = share(1);
    const b = share(1);
    expect(shareIdleEngines(2, [a, b])).toEqual([]);
    const c = share(3);
    expect(shareIdleEngines(2, [c])).toEqual([]);
    expect(c.engines).toBe(3);
    expect(shareIdleEngines(2, [])).toEqual([]);
  });
});

describe('WorkerPool.grant: a file reads with the engines granted to it', () => {
  const pool = new WorkerPool({ size: 1, workerPath: join(ROOT, 'dist/src/engine/worker.js'), timeoutMs: 60_000, maxMemoryMb: 1024, recycleAfter: 100 });
  afterAll(() => pool.close());
  const png = blankPng(400, 200);
  const job = (id: number) => ({ id, path: `blank-${id}.png`, bytes: png, options: { jobs: 1 }, maxPixels: 100_000_000 });
  const engines = (outcome: JobOutcome): number | undefined => (outcome.kind === 'done' ? outcome.ocrEngines : undefined);

  it('grows the pool of the file being read, and starts a waiting file with the grant', async () => {
    const running = pool.run(job(101));
    const waiting = pool.run(job(102)); // one worker: this one waits for the first
    pool.grant(101, 2);
    pool.grant(102, 2);
    expect(engines(await running)).toBe(2);
    expect(engines(await waiting)).toBe(2);
  }, 60_000);

  it('leaves alone a file granted nothing, and ignores a grant for a job that is gone', async () => {
    const plain = pool.run(job(103));
    pool.grant(101, 3); // finished long ago
    expect(engines(await plain)).toBe(1);
  }, 60_000);
});
