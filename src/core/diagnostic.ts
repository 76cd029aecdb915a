/** One diagnostic shape for every stage (vfile-message style). Rule ids are namespaced by stage. */
export type Severity = 'error' | 'warning' | 'info';

export interface Place {
  page: number | null;
  line: number | null;
  column?: number | null;
}

export interface Diagnostic {
  severity: Severity;
  ruleId: string;
  message: string;
  place: Place | null;
  /** true when the input could not be processed any further */
  fatal?: boolean;
}

export function diagnostic(
  severity: Severity,
  ruleId: string,
  message: string,
  place: Place | null = null,
): Diagnostic {
  return { severity, ruleId, message, place };
}
