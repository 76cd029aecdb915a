/**
 * `check` also reads plans that were already parsed (the JSON or YAML that `parse` writes):
 * they are validated against the schema as they are instead of being parsed again.
 */
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import { PlanSchema, type Plan } from '../schema/plan.js';

export interface PlanData {
  plan: Plan | null;
  diagnostics: Diagnostic[];
}

/** null when the bytes are not plan data (then they are parsed as a plan document). */
export function readPlanData(bytes: Uint8Array, path: string | null): PlanData | null {
  const ext = path ? extname(path).toLowerCase() : '';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
  const trimmed = text.trimStart();
  if (trimmed === '') return null; // an empty file is said to be one by the loader
  // named as data, or a JSON object: a file named .json holding an array or a number is data too
  // (not a plan document to parse), and a broken .yaml is unreadable data ("Excessive alias count",
  // a duplicate key), not a document without a type, number or date
  const json = trimmed.startsWith('{') || ext === '.json';
  if (!json && ext !== '.yaml' && ext !== '.yml') return null;
  let data: unknown;
  try {
    data = json ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { plan: null, diagnostics: [{ ...diagnostic('error', 'plan/unreadable', `not valid JSON or YAML: ${why}`), fatal: true }] };
  }
  if (typeof data !== 'object' || data === null || !('schemaVersion' in data)) {
    if (ext === '.json' || ext === '.yaml' || ext === '.yml' || json) {
      return { plan: null, diagnostics: [{ ...diagnostic('error', 'plan/not-a-plan', 'data without schemaVersion: not a tthc-parse plan'), fatal: true }] };
    }
    return null;
  }
  const checked = PlanSchema.safeParse(data);
  if (checked.success) return { plan: checked.data, diagnostics: checked.data.diagnostics };
  const diagnostics = checked.error.issues.map((issue) =>
    diagnostic('error', 'plan/schema', `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  );
  return { plan: null, diagnostics };
}
