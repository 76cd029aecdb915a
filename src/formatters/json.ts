import type { CheckResult } from '../check/types.js';

/** The results as one JSON document (ESLint's json formatter shape). */
export function formatJson(results: CheckResult[]): string {
  return JSON.stringify(results, null, 2) + '\n';
}
