/**
 * The batch engine: expand inputs, run each file in an isolated worker (a few at a time),
 * write outputs atomically under --out-dir, skip unchanged inputs, and report one record
 * per input in input order. It owns no stdout/stderr: the CLI prints what the hooks give.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import { emitPlan } from '../emit/index.js';
import { detectKind, MEDIA_TYPES } from '../load/detect.js';
import { probeWritable, writeFileAtomic } from './atomicWrite.js';
import { outputIsCurrent } from './changed.js';
import { expandInputs, type InputItem, type SkippedInput } from './inputs.js';
import { assignOutputs, extensionFor, type OutputSlot } from './outputs.js';
import { WorkerPool } from './pool.js';
import { DEFAULT_MAX_PIXELS } from './preflight.js';
import { readPlanData } from './planData.js';
import { inputSizes, startOrder, startWindow } from './startOrder.js';
import type { JobOutcome, WorkerParseOptions } from './protocol.js';
import { failedRecord, reasonOf, statusOf, type FileRecord } from './record.js';

export interface BatchOptions {
  inputs: string[];
  cwd: string;
  outDir: string | null;
  /** format of the files written under outDir */
  format: 'json' | 'yaml';
  jobs: number;
  changedOnly: boolean;
  timeoutMs: number;
  maxMemoryMb: number;
  maxPixels?: number;
  recycleAfter?: number;
  parse: WorkerParseOptions;
  /** keep each plan on its record (jsonl, check); otherwise plans are dropped once written */
  keepPlans: boolean;
  /** `check`: take parsed plans (.json/.yaml) as they are */
  readPlanData?: boolean;
  readStdin: () => Promise<Uint8Array>;
}

export interface BatchHooks {
  /** called once the inputs are known */
  onStart?(total: number, skipped: SkippedInput[]): void;
  /** called in input order */
  onRecord?(record: FileRecord): void;
  /** called as files finish, in any order */
  onProgress?(done: number, total: number, path: string): void;
}

export interface BatchSummary {
  files: number;
  ok: number;
  warnings: number;
  failed: number;
  unchanged: number;
  skipped: number;
  tasks: number;
  indicators: number;
  ms: number;
  peakRssMb: { main: number; worker: number };
  workersStarted: number;
}

/** A problem with the batch as a whole (bad usage, unwritable output folder): exit 2. */
export class BatchUsageError extends Error {}

let nextJobId = 1;
/** the compiled worker next to this module; from the TypeScript sources (tests, tsx) the built one in dist/ */
function workerPath(): string {
  const beside = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../../dist/src/engine/worker.js', import.meta.url));
}
const WORKER = workerPath();

const EXTENSION_KINDS: Record<string, string> = {
  '.pdf': MEDIA_TYPES.pdf,
  '.png': MEDIA_TYPES.png,
  '.jpg': MEDIA_TYPES.jpeg,
  '.jpeg': MEDIA_TYPES.jpeg,
  '.tif': MEDIA_TYPES.tiff,
  '.tiff': MEDIA_TYPES.tiff,
  '.txt': MEDIA_TYPES.text,
};

/** A file named .pdf that holds text (or the like) is read by its content, with a warning. */
function extensionMismatch(path: string, bytes: Uint8Array): Diagnostic | null {
  const claimed = EXTENSION_KINDS[extname(path).toLowerCase()];
  if (!claimed || bytes.length === 0) return null;
  const actual = MEDIA_TYPES[detectKind(bytes)];
  if (actual === claimed || actual === MEDIA_TYPES.binary) return null;
  return diagnostic('warning', 'load/wrong-extension', `named ${extname(path)} but the content is ${actual}; read as ${actual}`);
}

async function readItem(item: InputItem, options: BatchOptions): Promise<Uint8Array> {
  if (item.stdin) return options.readStdin();
  return readFile(item.abs!);
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read the file: permission denied';
  if (code === 'ENOENT') return 'the file disappeared before it could be read';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot read the file (${code ?? String(error)})`;
}

/** Parsed plans (check) are only JSON to validate, in this process; documents go to a worker. */
async function outcomeOf(item: InputItem, bytes: Uint8Array, pool: WorkerPool, options: BatchOptions, share: EngineShare): Promise<JobOutcome> {
  const path = item.stdin ? null : item.path;
  const data = options.readPlanData ? readPlanData(bytes, path) : null;
  if (data) return { id: 0, kind: 'done', plan: data.plan, diagnostics: data.diagnostics, fatal: data.plan === null, maxRssKb: 0 };
  share.job = nextJobId++;
  return pool.run({ id: share.job, path, bytes, options: { ...options.parse, jobs: share.engines }, maxPixels: options.maxPixels ?? DEFAULT_MAX_PIXELS });
}

/** A file being processed: the OCR engines it may use, and its worker job once sent. */
export interface EngineShare {
  engines: number;
  job: number | null;
}

/**
 * Once no file is left to start, the engines of --jobs that running files do not use (their
 * lanes have finished) go to the files still running, one at a time to the one with fewest, so
 * that a long file left alone at the end of a batch reads its last pages on every core instead
 * of one. Returns the files whose share grew.
 */
export function shareIdleEngines(jobs: number, running: EngineShare[]): EngineShare[] {
  const grown = new Set<EngineShare>();
  let spare = jobs - running.reduce((sum, r) => sum + r.engines, 0);
  while (spare > 0 && running.length) {
    const fewest = running.reduce((a, b) => (b.engines < a.engines ? b : a));
    fewest.engines++;
    grown.add(fewest);
    spare--;
  }
  return running.filter((r) => grown.has(r));
}

/**
 * OCR engines for a file starting now: --jobs is the batch's whole parallelism, so a file gets one
 * engine while other files run or wait to start (two files with two engines each on two cores
 * would only fight for them, with twice the memory), and the cores left idle once it is the last
 * file (one input alone gets them all).
 */
export function ocrEnginesFor(jobs: number, otherFiles: number, filesAfter: number): number {
  return Math.max(1, jobs - otherFiles - filesAfter);
}

async function processItem(item: InputItem, slot: OutputSlot | null, pool: WorkerPool, options: BatchOptions, share: EngineShare): Promise<FileRecord> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  if (slot && !slot.ok) return failedRecord(item.path, 'batch/output-conflict', slot.reason);
  let bytes: Uint8Array;
  try {
    bytes = await readItem(item, options);
  } catch (error) {
    return failedRecord(item.path, 'load/unreadable', readError(error));
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const out = slot?.ok ? slot.out : null;
  if (out && options.changedOnly && (await outputIsCurrent(out, sha256))) {
    return { path: item.path, status: 'unchanged', output: out, plan: null, diagnostics: [], reason: null, tasks: 0, indicators: 0, sha256, ms: elapsed() };
  }
  const outcome = await outcomeOf(item, bytes, pool, options, share);
  if (outcome.kind === 'failed') return failedRecord(item.path, outcome.ruleId, outcome.message, sha256, elapsed());
  const { plan } = outcome;
  const diagnostics = [...outcome.diagnostics];
  const mismatch = item.stdin ? null : extensionMismatch(item.path, bytes);
  if (mismatch) diagnostics.unshift(mismatch);
  if (plan) plan.diagnostics = diagnostics;
  let output: string | null = null;
  if (out && plan && !outcome.fatal) {
    try {
      await writeFileAtomic(out, emitPlan(plan, options.format));
      output = out;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      diagnostics.push({ ...diagnostic('error', 'batch/write-failed', `cannot write ${out}: ${code === 'EACCES' ? 'permission denied' : code ?? String(error)}`), fatal: true });
    }
  }
  return {
    path: item.path,
    status: statusOf(plan, diagnostics),
    output,
    plan: options.keepPlans ? plan : null,
    diagnostics,
    reason: reasonOf(diagnostics),
    tasks: plan?.tasks.length ?? 0,
    indicators: plan?.indicators.length ?? 0,
    sha256,
    ms: elapsed(),
  };
}

export async function runBatch(options: BatchOptions, hooks: BatchHooks = {}): Promise<BatchSummary> {
  const started = performance.now();
  const outDir = options.outDir ? resolve(options.cwd, options.outDir) : null;
  const expanded = await expandInputs(options.inputs, { cwd: options.cwd, exclude: outDir ? [outDir] : [], acceptPlanData: options.readPlanData });
  if (expanded.items.length === 0 && expanded.missing.length === 0) {
    throw new BatchUsageError(`no plans found in ${options.inputs.join(' ')}`);
  }
  if (outDir) {
    const problem = await probeWritable(outDir);
    if (problem) throw new BatchUsageError(problem);
  }
  const slots = outDir ? assignOutputs(expanded.items, outDir, extensionFor(options.format)) : null;
  const total = expanded.missing.length + expanded.items.length;
  hooks.onStart?.(total, expanded.skipped);

  const summary: BatchSummary = {
    files: total, ok: 0, warnings: 0, failed: 0, unchanged: 0, skipped: expanded.skipped.length,
    tasks: 0, indicators: 0, ms: 0, peakRssMb: { main: 0, worker: 0 }, workersStarted: 0,
  };
  let done = 0;
  const count = (record: FileRecord): void => {
    if (record.status === 'ok') summary.ok++;
    else if (record.status === 'warnings') summary.warnings++;
    else if (record.status === 'failed') summary.failed++;
    else summary.unchanged++;
    summary.tasks += record.tasks;
    summary.indicators += record.indicators;
    done++;
    hooks.onProgress?.(done, total, record.path);
  };

  for (const missing of expanded.missing) {
    const record = failedRecord(missing.path, 'load/not-found', missing.reason);
    count(record);
    hooks.onRecord?.(record);
  }

  const pool = new WorkerPool({
    size: Math.min(options.jobs, Math.max(1, expanded.items.length)),
    workerPath: WORKER,
    timeoutMs: options.timeoutMs,
    maxMemoryMb: options.maxMemoryMb,
    recycleAfter: options.recycleAfter ?? 100,
  });
  // records come back in any order; they are handed on in input order
  const finished: (FileRecord | undefined)[] = new Array(expanded.items.length);
  let emitted = 0;
  // biggest files first (within a window), records still in input order
  const order = startOrder(await inputSizes(expanded.items.map((item) => item.abs)), startWindow(options.jobs));
  let next = 0;
  // files taken by a lane and not finished (being read, parsed or written)
  const running = new Set<EngineShare>();
  const lane = async (): Promise<void> => {
    while (next < expanded.items.length) {
      const index = order[next++]!;
      const share: EngineShare = { engines: ocrEnginesFor(options.jobs, running.size, expanded.items.length - next), job: null };
      running.add(share);
      let record: FileRecord;
      try {
        record = await processItem(expanded.items[index]!, slots ? slots[index]! : null, pool, options, share);
      } finally {
        running.delete(share);
      }
      count(record);
      finished[index] = record;
      while (emitted < finished.length && finished[emitted]) {
        hooks.onRecord?.(finished[emitted]!);
        finished[emitted] = undefined;
        emitted++;
      }
    }
    // nothing left to start: this lane's cores go to the files still running, and idle workers
    // stop (not while a file taken by a lane is still to be sent to one: it would wait for a new one)
    if ([...running].every((r) => r.job !== null)) pool.stopIdle();
    for (const share of shareIdleEngines(options.jobs, [...running])) {
      if (share.job !== null) pool.grant(share.job, share.engines);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.jobs) }, lane));
  } finally {
    await pool.close();
  }
  summary.ms = Math.round(performance.now() - started);
  summary.peakRssMb = { main: Math.round(process.resourceUsage().maxRSS / 1024), worker: Math.round(pool.peakWorkerRssKb / 1024) };
  summary.workersStarted = pool.workersStarted;
  return summary;
}

