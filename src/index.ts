/** tthc-parse: the library API. Pure: no process, no console; it never opens files itself. */
export { parsePlan, STAGES, type PlanInput, type PlanResult } from './pipeline/parsePlan.js';
export type { ParseOptions, Stage } from './pipeline/stage.js';
export type { PlanFile } from './pipeline/planFile.js';
export type { Diagnostic, Place, Severity } from './core/diagnostic.js';
export { emitPlan, type OutputFormat } from './emit/index.js';
export { fold } from './core/text.js';
export * from './schema/plan.js';
export { parseDeadline, parseTarget, parseLegalRefs } from './normalize/index.js';
export { parseDate } from './normalize/date.js';
export { restoreText, convertLegacy, decodeLegacyBytes, type RestoreResult, type RestoredToken } from './repair/index.js';
