/** The plan matches the output contract (src/schema/plan.ts). */
import { PlanSchema, type Plan } from '../../schema/plan.js';
import type { Finding } from '../types.js';

export function schemaValid(plan: Plan): Finding[] {
  const checked = PlanSchema.safeParse(plan);
  if (checked.success) return [];
  return checked.error.issues.map((issue) => ({ message: `${issue.path.join('.') || '(root)'}: ${issue.message}` }));
}
