/**
 * A pool of worker processes (child_process.fork). Why processes and not worker_threads:
 * the PDF and OCR loaders use native code (canvas, WebAssembly tesseract) whose crashes
 * and memory are outside V8: `resourceLimits` bounds only the JS heap, and a native abort
 * in a thread takes the whole batch down. A process can be killed on timeout, dies alone,
 * and gives its memory back when recycled. Workers are reused (start-up is paid once per
 * worker, not per file) and recycled every `recycleAfter` files to bound slow leaks.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { EngineGrant, JobOutcome, WorkerJob, WorkerReply } from './protocol.js';

export interface PoolOptions {
  size: number;
  workerPath: string;
  timeoutMs: number;
  maxMemoryMb: number;
  recycleAfter: number;
}

/** Resident memory of a process in MB, from /proc (Linux); null elsewhere or when gone. */
function residentMb(pid: number | undefined): number | null {
  if (pid === undefined || process.platform !== 'linux') return null;
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return (pages * 4096) / (1024 * 1024);
  } catch {
    return null;
  }
}

/** --max-memory bounds the JS heap; native memory (decoders, OCR) is watched against this multiple of it. */
const RSS_FACTOR = 2;
const WATCH_MS = 250;

interface Slot {
  child: ChildProcess | null;
  busy: boolean;
  /** the id of the job running on it */
  job: number | null;
  done: number;
  stderrTail: string;
}

interface Pending {
  job: WorkerJob;
  resolve: (outcome: JobOutcome) => void;
}

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  /** the largest resident set any worker reported, in KiB */
  peakWorkerRssKb = 0;
  workersStarted = 0;

  constructor(private readonly options: PoolOptions) {
    this.slots = Array.from({ length: Math.max(1, options.size) }, () => ({ child: null, busy: false, job: null, done: 0, stderrTail: '' }));
  }

  run(job: WorkerJob): Promise<JobOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.dispatch();
    });
  }

  /**
   * Let a job use more OCR engines (the batch's other files have left their cores): a job still
   * waiting here starts with them, a running one is told (it grows its engine pool). Nothing
   * happens for a job that is no longer here.
   */
  grant(id: number, engines: number): void {
    const waiting = this.queue.find((p) => p.job.id === id);
    if (waiting) {
      waiting.job.options = { ...waiting.job.options, jobs: Math.max(waiting.job.options.jobs ?? 1, engines) };
      return;
    }
    const slot = this.slots.find((s) => s.busy && s.job === id);
    const child = slot?.child;
    if (!child?.connected) return;
    const grant: EngineGrant = { kind: 'engines', id, engines };
    child.send(grant, () => {}); // a worker gone meanwhile: its job fails on its own
  }

  /** Stop the workers that have no job (no more will come): their memory goes back at once. */
  stopIdle(): void {
    for (const slot of this.slots) if (!slot.busy) void this.stop(slot);
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => this.stop(slot)));
  }

  private stop(slot: Slot): Promise<void> {
    const child = slot.child;
    slot.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      if (child.connected) child.disconnect();
      else child.kill('SIGKILL');
    });
  }

  private spawn(slot: Slot): ChildProcess {
    const child = fork(this.options.workerPath, [], {
      execArgv: [`--max-old-space-size=${this.options.maxMemoryMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      slot.stderrTail = (slot.stderrTail + chunk).slice(-4000);
    });
    slot.child = child;
    slot.done = 0;
    this.workersStarted++;
    return child;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.busy) continue;
      this.start(slot, this.queue.shift()!);
    }
  }

  private start(slot: Slot, pending: Pending): void {
    slot.busy = true;
    slot.job = pending.job.id;
    if (slot.child && slot.done >= this.options.recycleAfter) void this.stop(slot);
    const child = slot.child ?? this.spawn(slot);
    slot.stderrTail = '';
    let settled = false;

    const finish = (outcome: JobOutcome, keepChild: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      child.off('message', onMessage);
      child.off('close', onExit);
      child.off('error', onError);
      if (!keepChild) {
        if (slot.child === child) slot.child = null;
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      slot.done++;
      slot.busy = false;
      slot.job = null;
      pending.resolve(outcome);
      this.dispatch();
    };

    const onMessage = (reply: WorkerReply): void => {
      if (reply.id !== pending.job.id) return;
      this.peakWorkerRssKb = Math.max(this.peakWorkerRssKb, reply.maxRssKb);
      if (reply.kind === 'error') finish({ kind: 'failed', ruleId: 'batch/worker-error', message: `internal error: ${reply.message}` }, true);
      else finish(reply, true);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      const tail = slot.stderrTail;
      if (/heap out of memory|Reached heap limit|Allocation failed/i.test(tail)) {
        finish({ kind: 'failed', ruleId: 'batch/out-of-memory', message: `ran out of memory (limit ${this.options.maxMemoryMb} MB, --max-memory)` }, false);
      } else {
        finish({ kind: 'failed', ruleId: 'batch/crash', message: `the parser crashed on this file (${signal ? `signal ${signal}` : `exit code ${code}`})` }, false);
      }
    };
    const onError = (error: Error): void => {
      finish({ kind: 'failed', ruleId: 'batch/crash', message: `worker failed: ${error.message}` }, false);
    };
    const timer = setTimeout(() => {
      finish({ kind: 'failed', ruleId: 'batch/timeout', message: `took longer than ${this.options.timeoutMs / 1000} s (--timeout)` }, false);
    }, this.options.timeoutMs);

    const watch = setInterval(() => {
      const rss = residentMb(child.pid);
      if (rss !== null && rss > this.options.maxMemoryMb * RSS_FACTOR) {
        finish({ kind: 'failed', ruleId: 'batch/out-of-memory', message: `used ${Math.round(rss)} MB of memory, over ${RSS_FACTOR} × --max-memory ${this.options.maxMemoryMb} MB` }, false);
      }
    }, WATCH_MS);
    watch.unref();

    child.on('message', onMessage);
    child.once('close', onExit);
    child.once('error', onError);
    child.send(pending.job, (error) => {
      if (error) onError(error);
    });
  }
}
