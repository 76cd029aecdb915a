/** One record per input: what happened to it, for the summary, jsonl and check. */
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { Plan } from '../schema/plan.js';

export type FileStatus = 'ok' | 'warnings' | 'failed' | 'unchanged';

export interface FileRecord {
  path: string;
  status: FileStatus;
  /** the output written (--out-dir), else null */
  output: string | null;
  /** kept only when the caller asked for plans (jsonl, check) */
  plan: Plan | null;
  diagnostics: Diagnostic[];
  /** the first error: why the file failed, in one line */
  reason: string | null;
  tasks: number;
  indicators: number;
  sha256: string | null;
  ms: number;
}

export function statusOf(plan: Plan | null, diagnostics: Diagnostic[]): FileStatus {
  if (!plan || diagnostics.some((d) => d.fatal || d.severity === 'error')) return 'failed';
  return diagnostics.some((d) => d.severity === 'warning') ? 'warnings' : 'ok';
}

export function reasonOf(diagnostics: Diagnostic[]): string | null {
  const first = diagnostics.find((d) => d.fatal) ?? diagnostics.find((d) => d.severity === 'error');
  return first ? first.message : null;
}

export function failedRecord(path: string, ruleId: string, message: string, sha256: string | null = null, ms = 0): FileRecord {
  return {
    path,
    status: 'failed',
    output: null,
    plan: null,
    diagnostics: [{ ...diagnostic('error', ruleId, message), fatal: true }],
    reason: message,
    tasks: 0,
    indicators: 0,
    sha256,
    ms,
  };
}

/** One JSON Lines record: every input gets one, failures included. */
export function recordLine(record: FileRecord): string {
  return (
    JSON.stringify({
      path: record.path,
      status: record.status,
      reason: record.reason,
      output: record.output,
      sha256: record.sha256,
      tasks: record.tasks,
      indicators: record.indicators,
      diagnostics: record.diagnostics,
      plan: record.plan,
    }) + '\n'
  );
}
