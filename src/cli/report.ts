import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Plan } from '../schema/plan.js';

export function formatDiagnostic(d: Diagnostic, label: string, c: ChalkInstance): string {
  const where = d.place ? `:${d.place.page ?? '?'}:${d.place.line ?? '?'}` : '';
  const sev = d.severity === 'error' ? c.red('error') : d.severity === 'warning' ? c.yellow('warning') : c.blue('info');
  return `${label}${where}  ${sev}  ${d.message}  ${c.dim(d.ruleId)}`;
}

export function summaryLine(plan: Plan | null, diagnostics: Diagnostic[], label: string, c: ChalkInstance): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const counts = plan ? `${plan.tasks.length} tasks, ${plan.indicators.length} indicators` : 'no plan';
  const status = errors ? c.red(`${errors} errors`) : c.green('0 errors');
  return `${c.bold(label)}: ${counts}, ${status}, ${warnings ? c.yellow(`${warnings} warnings`) : '0 warnings'}`;
}
