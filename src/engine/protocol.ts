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

/**
 * Sent while a job runs: the file may use this many OCR engines from now on (other files of the
 * batch no longer use their cores). A worker that has moved on to another job ignores it.
 */
export interface EngineGrant {
  kind: 'engines';
  id: number;
  engines: number;
}

/** What the batch sends a worker: a file to parse, or more engines for the one it is parsing. */
export type ToWorker = WorkerJob | EngineGrant;

export function isEngineGrant(message: ToWorker): message is EngineGrant {
  return (message as EngineGrant).kind === 'engines';
}

export type WorkerReply =
  | {
      id: number;
      kind: 'done';
      plan: Plan | null;
      diagnostics: Diagnostic[];
      fatal: boolean;
      maxRssKb: number;
      /** the OCR engines the file was read with at the end (grants included); absent when nothing was OCR'd */
      ocrEngines?: number;
    }
  | { id: number; kind: 'error'; message: string; maxRssKb: number };

/** What the pool hands back for one job: the worker's reply, or why the worker failed on it. */
export type JobOutcome =
  | Extract<WorkerReply, { kind: 'done' }>
  | { kind: 'failed'; ruleId: 'batch/crash' | 'batch/timeout' | 'batch/out-of-memory' | 'batch/worker-error'; message: string };
