/** Normalize stage: deadlines, indicator targets and legal references into structured values. */
import { diagnostic } from '../core/diagnostic.js';
import { nonEmpty } from '../core/text.js';
import type { PlanFile } from '../pipeline/planFile.js';
import type { ParseOptions, Stage } from '../pipeline/stage.js';
import type { Indicator, LegalRef, Task } from '../schema/plan.js';
import type { IndicatorDraft, TaskDraft } from '../pipeline/planFile.js';
import { parseDeadline } from './deadline.js';
import { parseLegalRefs } from './legalRef.js';
import { parseTarget } from './target.js';

export { parseDeadline } from './deadline.js';
export { parseTarget } from './target.js';
export { parseLegalRefs } from './legalRef.js';

export interface Normalized {
  tasks: Task[];
  indicators: Indicator[];
  legalBases: { text: string; refs: LegalRef[] }[];
}

export function normalizeTask(t: TaskDraft, year: number | null): Task {
  const { deadlineText, ...rest } = t;
  const text = nonEmpty(deadlineText);
  return { ...rest, deadline: text ? parseDeadline(text, year) : null };
}

export function normalizeIndicator(i: IndicatorDraft): Indicator {
  const { targetText, ...rest } = i;
  const text = nonEmpty(targetText);
  return { ...rest, target: text ? parseTarget(text) : null };
}

/** The year deadlines are relative to: the plan's year, else the caller's, else the issue year. */
export function planYear(file: PlanFile, options: ParseOptions): number | null {
  const document = file.structure?.document;
  const issued = document?.issuedDate ? Number(document.issuedDate.slice(0, 4)) : null;
  return document?.year ?? options.year ?? issued;
}

export const normalizeStage: Stage = {
  name: 'normalize',
  run(file, options) {
    const year = planYear(file, options);
    const tasks = (file.tables?.tasks ?? []).map((t) => normalizeTask(t, year));
    const indicators = (file.tables?.indicators ?? []).map(normalizeIndicator);
    for (const t of tasks) {
      if (t.deadline?.kind === 'unknown') {
        file.diagnostics.push(
          diagnostic('info', 'normalize/unparsed-deadline', `Task ${t.id}: deadline "${t.deadline.text}" not understood`, t.place),
        );
      }
    }
    for (const i of indicators) {
      if (i.target && i.target.value === null) {
        file.diagnostics.push(
          diagnostic('info', 'normalize/unparsed-target', `Indicator ${i.id}: target "${i.target.text}" has no number`, i.place),
        );
      }
    }
    file.normalized = {
      tasks,
      indicators,
      legalBases: (file.structure?.legalBases ?? []).map((b) => ({ text: b.text, refs: parseLegalRefs(b.text) })),
    };
  },
};
