/**
 * A document that parsed but shows nothing of a plan (no tasks, indicators, sections, number
 * or type) gets one warning, so a stray PDF in a folder of plans is flagged, not passed off
 * as an empty plan.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { Plan } from '../schema/plan.js';

export const NO_STRUCTURE_RULE = 'plan/no-structure';

export function noStructureWarning(plan: Plan): Diagnostic | null {
  const empty =
    plan.tasks.length === 0 &&
    plan.indicators.length === 0 &&
    plan.sections.length === 0 &&
    plan.document.type === null &&
    plan.document.number === null;
  if (!empty || plan.diagnostics.some((d) => d.ruleId.endsWith('/no-structure'))) return null;
  return diagnostic('warning', NO_STRUCTURE_RULE, 'no plan structure found (no tasks, indicators, sections, number or document type)');
}
