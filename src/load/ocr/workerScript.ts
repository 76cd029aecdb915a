/**
 * Thread entry for tesseract.js workers: the stock worker script, plus a self-destruct timer.
 * A failing model load leaves tesseract.js's createWorker waiting forever with no handle to
 * terminate the thread; this thread ends itself if initialisation has not finished in time.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort, type TransferListItem } from 'node:worker_threads';

const require = createRequire(import.meta.url);
if (parentPort) {
  const port = parentPort;
  const limit = Number(process.env.TTHC_OCR_INIT_TIMEOUT_MS ?? 90_000);
  const timer = setTimeout(() => process.exit(70), limit);
  const post = port.postMessage.bind(port);
  port.postMessage = (message: unknown, transfer?: readonly TransferListItem[]) => {
    const m = message as { action?: string; status?: string } | null;
    if (m && ((m.action === 'initialize' && m.status === 'resolve') || m.status === 'reject')) clearTimeout(timer);
    return post(message, transfer);
  };
  // Leptonica and tesseract print warnings ("Error in pixReadStream…", "Empty page!!") on this
  // thread's console; failures reach the caller as rejected jobs, so keep stderr clean.
  const quiet = () => {};
  console.error = quiet;
  console.warn = quiet;
  console.log = quiet;
  // an exception thrown inside a job handler (outside any try/catch in tesseract.js) becomes a
  // rejection of that job instead of killing the thread silently
  let current: { workerId?: string; jobId?: string; action?: string } = {};
  port.on('message', (packet: typeof current) => (current = packet ?? {}));
  process.on('uncaughtException', (error) => {
    post({ workerId: current.workerId, jobId: current.jobId, action: current.action, status: 'reject', data: error?.message ?? String(error) });
  });
  require(join(dirname(require.resolve('tesseract.js')), 'worker-script', 'node', 'index.js'));
}
