/** The final summary line of a batch, for stderr. */
import type { ChalkInstance } from 'chalk';
import type { BatchSummary } from './runBatch.js';

const plural = (n: number, one: string, many = one + 's'): string => `${n} ${n === 1 ? one : many}`;

export function formatSummary(s: BatchSummary, c: ChalkInstance): string {
  const parts = [
    c.green(`${s.ok} ok`),
    s.warnings ? c.yellow(`${s.warnings} with warnings`) : '0 with warnings',
    s.failed ? c.red(`${s.failed} failed`) : '0 failed',
  ];
  if (s.unchanged) parts.push(`${s.unchanged} unchanged`);
  if (s.skipped) parts.push(`${s.skipped} skipped`);
  const seconds = (s.ms / 1000).toFixed(1);
  return `${c.bold(plural(s.files, 'file'))}: ${parts.join(', ')}; ${plural(s.tasks, 'task')}, ${plural(s.indicators, 'indicator')} found; ${seconds} s`;
}
