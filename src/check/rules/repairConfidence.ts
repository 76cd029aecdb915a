/**
 * Text repair (diacritic restoration) flags passages it was unsure of as
 * `repair/low-confidence`. Past `max` such passages the plan's text needs a person's look.
 */
import type { Plan } from '../../schema/plan.js';
import type { Finding, RuleOptions } from '../types.js';

export const LOW_CONFIDENCE_RULE = 'repair/low-confidence';

export function repairConfidence(plan: Plan, options: RuleOptions): Finding[] {
  const max = typeof options.max === 'number' ? options.max : 5;
  const low = plan.diagnostics.filter((d) => d.ruleId === LOW_CONFIDENCE_RULE);
  if (low.length <= max) return [];
  return [{ message: `${low.length} passages restored with low confidence (more than ${max}); review the text`, place: low[0]!.place }];
}
