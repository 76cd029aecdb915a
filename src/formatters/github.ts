/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`), so problems
 * show as annotations on the run. Escaping follows @actions/core: in the message %, CR and
 * LF; in property values also ':' and ','.
 */
import type { CheckResult, RuleSeverity } from '../check/types.js';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND: Record<RuleSeverity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function formatGithub(results: CheckResult[]): string {
  let out = '';
  for (const result of results) {
    for (const m of result.messages) {
      const props = [`file=${escapeProperty(result.path)}`];
      if (m.line !== null) props.push(`line=${m.line}`);
      props.push(`title=${escapeProperty(m.ruleId)}`);
      const page = m.page !== null && m.page > 1 ? ` (page ${m.page})` : '';
      out += `::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(m.message + page)}\n`;
    }
  }
  return out;
}
