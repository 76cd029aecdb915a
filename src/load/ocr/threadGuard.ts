/**
 * Guard for tesseract.js worker threads. tesseract.js spawns them with `new Worker(path)` and
 * sets `worker.onerror`, which Node never calls: an error event in the thread (a crash, a
 * missing script) would be an uncaught exception in our process. Loaded before tesseract.js,
 * this swaps in a Worker subclass — only for OCR worker scripts — that routes 'error' events to
 * `onerror` (so tesseract.js rejects its pending start-up) and keeps a handle on live threads
 * so that a stuck one can be terminated.
 */
import threads from 'node:worker_threads';

type OnError = ((event: { message: string }) => void) | undefined;

const live = new Set<threads.Worker>();
const Base = threads.Worker;

class GuardedWorker extends Base {
  constructor(filename: string | URL, options?: threads.WorkerOptions) {
    super(filename, options);
    const name = String(filename);
    if (!/workerScript\.js$|tesseract\.js[\\/]src[\\/]worker-script/.test(name)) return;
    live.add(this);
    this.on('error', (error: Error) => {
      const handler = (this as unknown as { onerror: OnError }).onerror;
      handler?.({ message: `OCR worker failed: ${error.message}` });
    });
    this.on('exit', () => live.delete(this));
  }
}

if (!(threads.Worker.prototype instanceof Base) || threads.Worker === Base) {
  (threads as { Worker: typeof threads.Worker }).Worker = GuardedWorker;
}

/** OCR threads started since `mark` (a snapshot of the live set), to terminate after a failed start. */
export function liveOcrThreads(): Set<threads.Worker> {
  return new Set(live);
}

export async function terminateThreads(workers: Iterable<threads.Worker>): Promise<void> {
  await Promise.all([...workers].map((w) => w.terminate().catch(() => 0)));
}
