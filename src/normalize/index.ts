/** Normalize stage: deadlines, indicator targets and legal references into structured values. */
import type { Stage } from '../pipeline/stage.js';
import type { Deadline, Indicator, LegalRef, Target, Task } from '../schema/plan.js';
import type { IndicatorDraft, TaskDraft } from '../pipeline/planFile.js';

export interface Normalized {
  tasks: Task[];
  indicators: Indicator[];
  legalBases: { text: string; refs: LegalRef[] }[];
}

// Filled by the normalization modules; these fallbacks keep the text and say nothing more.
export function parseDeadline(text: string, _year: number | null): Deadline {
  return { text, kind: 'unknown', from: null, to: null, recurrence: null };
}
export function parseTarget(text: string): Target {
  return { text, op: null, value: null };
}
export function parseLegalRefs(_text: string): LegalRef[] {
  return [];
}

export function normalizeTask(t: TaskDraft, year: number | null): Task {
  const { deadlineText, ...rest } = t;
  return { ...rest, deadline: deadlineText ? parseDeadline(deadlineText, year) : null };
}

export function normalizeIndicator(i: IndicatorDraft): Indicator {
  const { targetText, ...rest } = i;
  return { ...rest, target: targetText ? parseTarget(targetText) : null };
}

export const normalizeStage: Stage = {
  name: 'normalize',
  run(file, options) {
    const year = file.structure?.document.year ?? options.year ?? null;
    file.normalized = {
      tasks: (file.tables?.tasks ?? []).map((t) => normalizeTask(t, year)),
      indicators: (file.tables?.indicators ?? []).map(normalizeIndicator),
      legalBases: (file.structure?.legalBases ?? []).map((b) => ({ text: b.text, refs: parseLegalRefs(b.text) })),
    };
  },
};
