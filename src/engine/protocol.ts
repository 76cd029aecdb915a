/** Messages between the batch engine and its worker processes. */
import type { Diagnostic } from '../core/diagnostic.js';
import type { ParseOptions } from '../pipeline/stage.js';
import type { Plan } from '../schema/plan.js';

export type WorkerParseOptions = Omit<ParseOptions, 'onProgress'>;

export interface WorkerJob {
  id: number;
  path: string | null;
  bytes: Uint8Array;
  options: WorkerParseOptions;
  /** refuse images larger than this many pixels before decoding them */
  maxPixels: number;
}

export type WorkerReply =
  | { id: number; kind: 'done'; plan: Plan | null; diagnostics: Diagnostic[]; fatal: boolean; maxRssKb: number }
  | { id: number; kind: 'error'; message: string; maxRssKb: number };

/** What the pool hands back for one job: the worker's reply, or why the worker failed on it. */
export type JobOutcome =
  | Extract<WorkerReply, { kind: 'done' }>
  | { kind: 'failed'; ruleId: 'batch/crash' | 'batch/timeout' | 'batch/out-of-memory' | 'batch/worker-error'; message: string };
