import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentPool, growDocumentEngines, keepOcrEnginesBetweenDocuments, releasePool, startDocument } from '../../src/load/ocr/documentPool.js';
import { toTiff } from '../../src/load/image/gray.js';
import { lastPoolActivity, OcrPool, type PageToRead } from '../../src/load/ocr/pool.js';
import { liveOcrThreads } from '../../src/load/ocr/threadGuard.js';
import { parsePlan } from '../../src/pipeline/parsePlan.js';
import { ROOT } from '../helpers.js';

// this test file's process keeps its engines, as the batch worker does
keepOcrEnginesBetweenDocuments();
afterAll(async () => {
  // hand back and close whatever is kept
  await releasePool(await documentPool(99), false);
});

describe('OCR engines kept between documents (the batch worker)', () => {
  it('hands the next document the pool a clean document gave back, if it has the size asked for', async () => {
    const a = await documentPool(1);
    await releasePool(a, true);
    const b = await documentPool(1);
    expect(b).toBe(a);
    await releasePool(b, true);
    const c = await documentPool(2);
    expect(c).not.toBe(a);
    expect(c.size).toBe(2);
    // a document that failed may leave jobs running: its pool is closed, not kept
    await releasePool(c, false);
    expect(await documentPool(2)).not.toBe(c);
  });

  it('reads two page images in a row with the same engine thread, each with its own activity', async () => {
    const png = readFileSync(join(ROOT, 'fixtures', 'scan-image', 'table.png'));
    const first = await parsePlan({ bytes: png, path: 'a.png' }, { jobs: 1 });
    const threads = liveOcrThreads();
    expect(threads.size).toBe(1);
    const activityA = lastPoolActivity();
    const second = await parsePlan({ bytes: png, path: 'b.png' }, { jobs: 1 });
    expect(liveOcrThreads()).toEqual(threads);
    const activityB = lastPoolActivity();
    expect(activityB).not.toBe(activityA);
    expect(activityB).toMatchObject({ size: 1, pages: 1 });
    const cells = (r: typeof first) => r.file.rawTables.map((t) => t.rows.map((row) => row.cells));
    expect(cells(second)).toEqual(cells(first));
    expect(cells(first).flat().length).toBeGreaterThan(3);
  }, 120_000);
});

describe('OCR engines granted while a document is read (the batch shares out idle cores)', () => {
  it('grows a pool, never shrinks it, and does nothing once it is closed', async () => {
    const pool = new OcrPool({ size: 1 });
    pool.grow(3);
    expect(pool.size).toBe(3);
    pool.grow(2);
    expect(pool.size).toBe(3);
    await pool.close();
    pool.grow(5);
    expect(pool.size).toBe(3);
  });

  it('reads whole pages once grown, where a pool of that size from the start cuts the last page into bands', async () => {
    // a blank page (cheap to read); cutting it in two is asked of it, and answered with two halves
    const width = 200;
    const height = 120;
    const gray = { width, height, data: new Uint8Array(width * height).fill(255) };
    const half = { width, height: height / 2, data: new Uint8Array((width * height) / 2).fill(255) };
    const asked: number[][] = [];
    const page: PageToRead = {
      whole: () => toTiff(gray),
      bands: (shares) => {
        asked.push(shares);
        return [0, 1].map((k) => ({ image: toTiff(half), top: (k * height) / 2, share: 0.5, work: 0.5 }));
      },
      cost: 1,
    };
    const grown = new OcrPool({ size: 1 });
    grown.grow(2);
    grown.noMorePages();
    await grown.readPage(page);
    await grown.close();
    expect(asked).toEqual([]);
    const born = new OcrPool({ size: 2 });
    born.noMorePages();
    await born.readPage(page);
    await born.close();
    expect(asked).toEqual([[1, 1]]);
  }, 60_000);

  it('grows the document pool in use, or makes the next one that size, until the next document', async () => {
    startDocument();
    growDocumentEngines(2);
    const a = await documentPool(1);
    expect(a.size).toBe(2);
    growDocumentEngines(3);
    expect(a.size).toBe(3);
    await releasePool(a, false);
    startDocument();
    const b = await documentPool(1);
    expect(b.size).toBe(1);
    await releasePool(b, false);
  });
});
