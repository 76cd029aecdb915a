import type { CheckResult } from '../check/types.js';

/** One JSON object per file per line. */
export function formatJsonl(results: CheckResult[]): string {
  return results.map((r) => JSON.stringify(r) + '\n').join('');
}
