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

/** From now on this process keeps its OCR engines running between documents (read one at a time). */
export function keepOcrEnginesBetweenDocuments(): void {
  keepEngines = true;
}

/** A pool of `size` engines (one per core when undefined) for one document: the kept one if it has that size. */
export async function documentPool(size: number | undefined): Promise<OcrPool> {
  const want = Math.max(1, Math.floor(size ?? availableParallelism()));
  const previous = kept;
  kept = null;
  if (previous?.size === want) return previous;
  await previous?.close();
  return new OcrPool({ size: want });
}

/**
 * The document is done with its pool. A pool whose document ended cleanly (every job finished) is
 * kept when this process keeps engines; otherwise, or after a failure (jobs may still be running),
 * it is closed.
 */
export async function releasePool(pool: OcrPool, clean: boolean): Promise<void> {
  if (keepEngines && clean && kept === null) {
    pool.finishDocument();
    kept = pool;
    return;
  }
  await pool.close();
}
