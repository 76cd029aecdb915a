/**
 * The OCR pool a document is read with. By default each document starts its engines and closes
 * them when it is done. A process that reads documents one after another (the batch worker) can
 * keep the engines between them: starting an engine (thread, WebAssembly, the Vietnamese model)
 * costs about 0.3 s of CPU, and a document waits for it before its first page is read.
 */
import { availableParallelism } from 'node:os';
import { OcrPool } from './pool.js';

let keepEngines = false;
let kept: OcrPool | null = null;
/** the pool the current document reads with (between documentPool and releasePool) */
let inUse: OcrPool | null = null;
/** engines granted to the current document on top of what it asked for (growDocumentEngines) */
let granted = 0;

/** From now on this process keeps its OCR engines running between documents (read one at a time). */
export function keepOcrEnginesBetweenDocuments(): void {
  keepEngines = true;
}

/** A pool of `size` engines (one per core when undefined) for one document: the kept one if it has that size. */
export async function documentPool(size: number | undefined): Promise<OcrPool> {
  const want = Math.max(1, Math.floor(size ?? availableParallelism()));
  const previous = kept;
  kept = null;
  let pool: OcrPool;
  if (previous?.size === want) {
    pool = previous;
  } else {
    await previous?.close();
    pool = new OcrPool({ size: want });
  }
  inUse = pool;
  // engines granted before the document's first page (or meanwhile) are added as a grant, not asked
  // for: the pool reads as one of the size asked would (see OcrPool.grow)
  pool.grow(granted);
  return pool;
}

/**
 * The document being read (one at a time in this process) may use this many engines from now
 * on: its pool grows (see OcrPool.grow), or, before it has one, is made that size. The batch
 * calls this when other files no longer use their cores.
 */
export function growDocumentEngines(size: number): void {
  granted = Math.max(granted, Math.floor(size));
  inUse?.grow(granted);
}

/** A new document starts: engines granted to the previous one no longer hold. */
export function startDocument(): void {
  granted = 0;
  inUse = null;
}

/**
 * The document is done with its pool. A pool whose document ended cleanly (every job finished) is
 * kept when this process keeps engines; otherwise, or after a failure (jobs may still be running),
 * it is closed.
 */
export async function releasePool(pool: OcrPool, clean: boolean): Promise<void> {
  if (inUse === pool) inUse = null;
  if (keepEngines && clean && kept === null) {
    pool.finishDocument();
    kept = pool;
    return;
  }
  await pool.close();
}
