/**
 * Thread entry for tesseract.js workers: the stock worker script, plus a self-destruct timer.
 * A failing model load leaves tesseract.js's createWorker waiting forever with no handle to
 * terminate the thread; this thread ends itself if initialisation has not finished in time.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort, type TransferListItem } from 'node:worker_threads';
import { collectGarbage } from './reclaim.js';

const require = createRequire(import.meta.url);
if (parentPort) {
  const port = parentPort;
  const limit = Number(process.env.TTHC_OCR_INIT_TIMEOUT_MS ?? 90_000);
  const timer = setTimeout(() => process.exit(70), limit);
  const post = port.postMessage.bind(port);
  port.postMessage = (message: unknown, transfer?: readonly TransferListItem[]) => {
    const m = message as { action?: string; status?: string } | null;
    if (m && ((m.action === 'initialize' && m.status === 'resolve') || m.status === 'reject')) clearTimeout(timer);
    post(message, transfer);
    // the page just read (its copy from the main thread, its file in the virtual FS, the result
    // objects) is garbage: free it before the next page arrives (see reclaim.ts)
    if (m?.action === 'recognize' && (m.status === 'resolve' || m.status === 'reject') && bigJob) collectGarbage();
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
  // a whole page (megabytes), not a small crop: worth a collection once it is read
  let bigJob = false;
  port.on('message', (packet: typeof current & { payload?: { image?: { length?: number } } }) => {
    current = packet ?? {};
    if (packet?.action === 'recognize') bigJob = (packet.payload?.image?.length ?? 0) > 1 << 20;
  });
  process.on('uncaughtException', (error) => {
    post({ workerId: current.workerId, jobId: current.jobId, action: current.action, status: 'reject', data: error?.message ?? String(error) });
  });
  require(join(dirname(require.resolve('tesseract.js')), 'worker-script', 'node', 'index.js'));
}
