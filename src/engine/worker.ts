/**
 * A batch worker process: parses the files it is sent, one at a time, and replies with the
 * plan and diagnostics. It runs under --max-old-space-size and is killed on timeout, so
 * whatever one file does to it costs only that file.
 */
import { parsePlan } from '../pipeline/parsePlan.js';
import { injectFault } from './faults.js';
import { noStructureWarning } from './planShape.js';
import { preflight } from './preflight.js';
import { pdfPagesCheck } from './pdfPages.js';
import { detectKind } from '../load/detect.js';
import { lastPoolActivity } from '../load/ocr/pool.js';
import { growDocumentEngines, keepOcrEnginesBetweenDocuments, startDocument } from '../load/ocr/documentPool.js';
import { isEngineGrant, type ToWorker, type WorkerJob, type WorkerReply } from './protocol.js';

const maxRssKb = (): number => process.resourceUsage().maxRSS;

async function handle(job: WorkerJob): Promise<WorkerReply> {
  try {
    await injectFault(job.bytes);
    const refused =
      preflight(job.bytes, job.maxPixels) ??
      (detectKind(job.bytes) === 'pdf' ? await pdfPagesCheck(job.bytes, job.options.maxPages, job.options.password) : null);
    if (refused) return { id: job.id, kind: 'done', plan: null, diagnostics: [refused], fatal: true, maxRssKb: maxRssKb() };
    const before = lastPoolActivity();
    const result = await parsePlan({ bytes: job.bytes, path: job.path }, job.options);
    const none = result.plan && !result.fatal ? noStructureWarning(result.plan) : null;
    if (none) result.diagnostics.push(none);
    // a new activity record means this file was OCR'd (each document's pool records one)
    const ocr = lastPoolActivity();
    const ocrEngines = ocr && ocr !== before ? { ocrEngines: ocr.size } : {};
    return { id: job.id, kind: 'done', plan: result.plan, diagnostics: result.diagnostics, fatal: result.fatal, maxRssKb: maxRssKb(), ...ocrEngines };
  } catch (error) {
    return { id: job.id, kind: 'error', message: error instanceof Error ? error.message : String(error), maxRssKb: maxRssKb() };
  }
}

// files come one at a time: the OCR engines one file started serve the next ones
keepOcrEnginesBetweenDocuments();

/** the job being parsed: a grant of engines counts only for it */
let current: number | null = null;

process.on('message', (message: ToWorker) => {
  if (isEngineGrant(message)) {
    if (message.id === current) growDocumentEngines(message.engines);
    return;
  }
  current = message.id;
  startDocument();
  void handle(message).then((reply) => {
    current = null;
    process.send?.(reply);
  });
});
process.on('disconnect', () => process.exit(0));
