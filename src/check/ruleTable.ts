/** Every `check` rule: its id, default severity and what it asks of a plan. */
import { indicatorTarget, indicatorUnit } from './rules/indicators.js';
import { metadataDate, metadataIssuer, metadataNumber } from './rules/metadata.js';
import { numberingDuplicate, numberingGap } from './rules/numbering.js';
import { repairConfidence } from './rules/repairConfidence.js';
import { schemaValid } from './rules/schema.js';
import { taskContent, taskDeadline, taskLead } from './rules/tasks.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  { id: 'plan/schema', severity: 'error', description: 'the plan matches the output schema', run: schemaValid },
  { id: 'plan/task-content', severity: 'error', description: 'every task has content', run: taskContent },
  { id: 'plan/task-lead', severity: 'warning', description: 'every task (not a heading row) has a lead body', run: taskLead },
  { id: 'plan/task-deadline', severity: 'warning', description: 'every task (not a heading row) has a deadline that parses', run: taskDeadline },
  { id: 'plan/numbering-gap', severity: 'warning', description: 'row numbers have no gaps', run: numberingGap },
  { id: 'plan/numbering-duplicate', severity: 'error', description: 'row numbers are not repeated', run: numberingDuplicate },
  { id: 'plan/indicator-unit', severity: 'warning', description: 'every indicator has a unit', run: indicatorUnit },
  { id: 'plan/indicator-target', severity: 'warning', description: 'every indicator has a numeric target', run: indicatorTarget },
  { id: 'plan/metadata-number', severity: 'error', description: 'the document has a number (số ký hiệu)', run: metadataNumber },
  { id: 'plan/metadata-date', severity: 'warning', description: 'the document has an issue date', run: metadataDate },
  { id: 'plan/metadata-issuer', severity: 'warning', description: 'the document has an issuer', run: metadataIssuer },
  { id: 'plan/repair-confidence', severity: 'warning', description: 'few passages were restored with low confidence', options: { max: 5 }, run: repairConfidence },
];

export const RULE_IDS = new Set(RULES.map((r) => r.id));
