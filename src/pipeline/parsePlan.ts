/**
 * The library entry point: load → repair → structure → tables → normalize → validate.
 * A stage that throws becomes a fatal diagnostic on this input, never a crash.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { Plan } from '../schema/plan.js';
import { loadStage } from '../load/index.js';
import { repairStage } from '../repair/index.js';
import { structureStage } from '../structure/index.js';
import { tablesStage } from '../tables/index.js';
import { normalizeStage } from '../normalize/index.js';
import { validateStage } from './validate.js';
import { createPlanFile, type PlanFile } from './planFile.js';
import type { ParseOptions, Stage } from './stage.js';

export const STAGES: Stage[] = [loadStage, repairStage, structureStage, tablesStage, normalizeStage, validateStage];

export interface PlanInput {
  bytes: Uint8Array;
  /** used in messages and in source.path only; the library never opens it */
  path?: string | null;
}

export interface PlanResult {
  /** the plan, or null when the input could not be read as a plan at all */
  plan: Plan | null;
  diagnostics: Diagnostic[];
  /** true when a stage failed and the result is incomplete */
  fatal: boolean;
  file: PlanFile;
}

export async function parsePlan(input: PlanInput | string, options: ParseOptions = {}): Promise<PlanResult> {
  const { bytes, path } =
    typeof input === 'string' ? { bytes: new TextEncoder().encode(input), path: null } : input;
  const file = createPlanFile(bytes, path ?? null);
  for (const stage of STAGES) {
    if (file.fatal) break;
    const started = performance.now();
    try {
      await stage.run(file, options);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      file.diagnostics.push({
        ...diagnostic('error', `${stage.name}/crash`, `${stage.name} stage failed: ${message}`),
        fatal: true,
      });
      file.fatal = true;
    }
    file.timings[stage.name] = performance.now() - started;
  }
  return { plan: file.plan ?? null, diagnostics: file.diagnostics, fatal: file.fatal, file };
}
