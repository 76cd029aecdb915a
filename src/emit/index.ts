/** Emit a plan as JSON or YAML text. */
import { stringify } from 'yaml';
import type { Plan } from '../schema/plan.js';

export type OutputFormat = 'json' | 'yaml';

export function emitPlan(plan: Plan, format: OutputFormat): string {
  if (format === 'yaml') return stringify(plan, { lineWidth: 0, aliasDuplicateObjects: false });
  return JSON.stringify(plan, null, 2) + '\n';
}
