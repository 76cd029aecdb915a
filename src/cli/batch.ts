/** `parse` with many inputs: the CLI face of the batch engine (src/engine). */
import { stderrChalk } from './color.js';
import { formatDiagnostic } from './report.js';
import type { IsolationCliOptions } from './batchOptions.js';
import { createProgress } from '../engine/progress.js';
import { recordLine, type FileRecord } from '../engine/record.js';
import { BatchUsageError, runBatch } from '../engine/runBatch.js';
import { formatSummary } from '../engine/summary.js';
import { readStdin } from './readInput.js';

export interface BatchCliOptions extends IsolationCliOptions {
  format: 'json' | 'yaml' | 'jsonl';
  outDir?: string;
  changedOnly?: boolean;
  color?: boolean;
  quiet?: boolean;
  year?: number;
  repair: boolean;
}

/** A path on one line of stderr: control characters in a file's name (a newline …) are written as escapes. */
export function oneLinePath(path: string): string {
  // eslint-disable-next-line no-control-regex
  return path.replace(/[\u0000-\u001f\u007f]/g, (ch) => JSON.stringify(ch).slice(1, -1));
}

export async function runBatchCli(inputs: string[], opts: BatchCliOptions): Promise<number> {
  const c = stderrChalk(opts.color);
  const progress = createProgress(process.stderr);
  const say = (line: string): void => {
    if (opts.quiet) return;
    progress.clear();
    process.stderr.write(line + '\n');
  };
  const jsonl = opts.format === 'jsonl';
  const onRecord = (record: FileRecord): void => {
    if (jsonl) process.stdout.write(recordLine(record));
    if (record.status === 'failed') say(`${c.red('✖')} ${oneLinePath(record.path)}: ${record.reason ?? 'failed'}`);
    else if (record.status === 'warnings') {
      for (const d of record.diagnostics) if (d.severity === 'warning') say(formatDiagnostic(d, oneLinePath(record.path), c));
    }
  };
  try {
    const summary = await runBatch(
      {
        inputs,
        cwd: process.cwd(),
        outDir: opts.outDir ?? null,
        format: opts.format === 'yaml' ? 'yaml' : 'json',
        jobs: opts.jobs,
        changedOnly: Boolean(opts.changedOnly),
        timeoutMs: opts.timeout * 1000,
        maxMemoryMb: opts.maxMemory,
        parse: { year: opts.year, repair: opts.repair, password: opts.password, maxPages: opts.maxPages },
        keepPlans: jsonl,
        readStdin,
      },
      {
        onStart: (_total, skipped) => {
          for (const s of skipped) say(`${c.blue('info')} ${oneLinePath(s.path)}: skipped (${s.reason})`);
        },
        onRecord,
        onProgress: (done, total, path) => {
          if (!opts.quiet) progress.update(done, total, path);
        },
      },
    );
    progress.clear();
    if (!opts.quiet) process.stderr.write(formatSummary(summary, c) + '\n');
    if (process.env.TTHC_PARSE_STATS === '1') process.stderr.write(`stats ${JSON.stringify(summary)}\n`);
    return summary.failed > 0 ? 1 : 0;
  } catch (error) {
    progress.clear();
    if (error instanceof BatchUsageError) {
      process.stderr.write(`tthc-parse: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
