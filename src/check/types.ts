/** What `check` reports per file: ESLint-like results that every formatter reads. */
import type { Place } from '../core/diagnostic.js';
import type { Plan } from '../schema/plan.js';

export type RuleSeverity = 'error' | 'warning' | 'info';
export type SeveritySetting = RuleSeverity | 'off';

export interface CheckMessage {
  ruleId: string;
  severity: RuleSeverity;
  message: string;
  page: number | null;
  line: number | null;
}

export interface CheckResult {
  /** the input as given (relative to the working folder when possible) */
  path: string;
  messages: CheckMessage[];
  errorCount: number;
  warningCount: number;
  /** true when the input could not be read as a plan at all */
  fatal: boolean;
}

export interface Finding {
  message: string;
  place?: Place | null;
}

export type RuleOptions = Record<string, unknown>;

export interface Rule {
  id: string;
  severity: RuleSeverity;
  description: string;
  /** default options, overridable in the config */
  options?: RuleOptions;
  run(plan: Plan, options: RuleOptions): Finding[];
}
