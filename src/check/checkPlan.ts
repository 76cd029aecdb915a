/**
 * Turn one batch record into a check result: the pipeline's own diagnostics plus every plan
 * rule, each graded by the config (or its default). Info-level pipeline notes are left out.
 */
import type { Diagnostic } from '../core/diagnostic.js';
import type { FileRecord } from '../engine/record.js';
import type { CheckConfig } from './config.js';
import { RULES } from './ruleTable.js';
import type { CheckMessage, CheckResult, RuleSeverity, SeveritySetting } from './types.js';

function graded(config: CheckConfig, id: string, fallback: RuleSeverity): SeveritySetting {
  return config.rules[id]?.severity ?? fallback;
}

function fromDiagnostic(d: Diagnostic, severity: RuleSeverity): CheckMessage {
  return { ruleId: d.ruleId, severity, message: d.message, page: d.place?.page ?? null, line: d.place?.line ?? null };
}

export function checkRecord(record: FileRecord, config: CheckConfig): CheckResult {
  const messages: CheckMessage[] = [];
  for (const d of record.diagnostics) {
    // schema problems are reported once, by the plan/schema rule, unless the plan never came
    if (d.ruleId.startsWith('schema/') && record.plan) continue;
    if (d.ruleId === 'repair/low-confidence') continue; // summed up by plan/repair-confidence
    const severity = d.fatal ? 'error' : graded(config, d.ruleId, d.severity);
    if (severity === 'off' || severity === 'info') continue;
    messages.push(fromDiagnostic(d, severity));
  }
  if (record.plan) {
    for (const rule of RULES) {
      const severity = graded(config, rule.id, rule.severity);
      if (severity === 'off') continue;
      const options = { ...rule.options, ...config.rules[rule.id]?.options };
      for (const f of rule.run(record.plan, options)) {
        messages.push({ ruleId: rule.id, severity, message: f.message, page: f.place?.page ?? null, line: f.place?.line ?? null });
      }
    }
  }
  return {
    path: record.path,
    messages,
    errorCount: messages.filter((m) => m.severity === 'error').length,
    warningCount: messages.filter((m) => m.severity === 'warning').length,
    fatal: record.plan === null && record.status === 'failed',
  };
}
