/** Validate stage: assemble the plan from what the stages found and check it against the zod schema. */
import { diagnostic } from '../core/diagnostic.js';
import { PlanSchema, SCHEMA_VERSION, type Plan } from '../schema/plan.js';
import { emptyStructure } from '../structure/index.js';
import type { PlanFile } from './planFile.js';
import type { Stage } from './stage.js';

export function assemblePlan(file: PlanFile): Plan {
  const structure = file.structure ?? emptyStructure();
  return {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: file.path,
      sha256: file.sha256,
      bytes: file.bytes.length,
      mediaType: file.mediaType,
      pages: file.pageCount,
      textSource: file.textSource,
    },
    document: structure.document,
    wrapper: structure.wrapper,
    legalBases: file.normalized?.legalBases ?? [],
    sections: structure.sections,
    tasks: file.normalized?.tasks ?? [],
    indicators: file.normalized?.indicators ?? [],
    tables: file.tables?.tables ?? [],
    diagnostics: file.diagnostics,
  };
}

export const validateStage: Stage = {
  name: 'validate',
  run(file) {
    const plan = assemblePlan(file);
    const checked = PlanSchema.safeParse(plan);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        file.diagnostics.push(
          diagnostic('error', `schema/${issue.code}`, `${issue.path.join('.')}: ${issue.message}`),
        );
      }
    }
    if (plan.tasks.length === 0 && plan.indicators.length === 0) {
      file.diagnostics.push(diagnostic('warning', 'structure/no-tables', 'no task or indicator table found'));
    }
    plan.diagnostics = file.diagnostics;
    file.plan = plan;
  },
};
