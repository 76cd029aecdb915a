/** Human-readable report grouped by file (ESLint's stylish), coloured when chalk says so. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { CheckMessage, CheckResult } from '../check/types.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function where(m: CheckMessage): string {
  if (m.page === null && m.line === null) return '';
  return m.page !== null && m.page > 1 ? `p${m.page}:${m.line ?? '?'}` : `${m.line ?? '?'}`;
}

export function formatStylish(results: CheckResult[], c: ChalkInstance = new Chalk({ level: 0 })): string {
  let out = '';
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    if (result.messages.length === 0) continue;
    const rows = result.messages.map((m) => [where(m), m.severity, m.message, m.ruleId] as const);
    // (a reduce, not Math.max(...): spreading a plan's 400 000 messages overflowed the stack)
    const w0 = rows.reduce((w, r) => Math.max(w, r[0].length), 0);
    const w1 = rows.reduce((w, r) => Math.max(w, r[1].length), 0);
    out += `\n${c.underline(result.path)}\n`;
    for (const [pos, sev, message, rule] of rows) {
      const sevText = sev === 'error' ? c.red(sev.padEnd(w1)) : sev === 'warning' ? c.yellow(sev.padEnd(w1)) : c.blue(sev.padEnd(w1));
      out += `  ${c.dim(pos.padEnd(w0))}  ${sevText}  ${message}  ${c.dim(rule)}\n`;
    }
  }
  const total = errors + warnings;
  if (total === 0) return `${c.green('✔')} ${plural(results.length, 'file')} checked, no problems\n`;
  const colour = errors ? c.red : c.yellow;
  out += `\n${colour.bold(`✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`)} in ${plural(results.length, 'file')}\n`;
  return out;
}
