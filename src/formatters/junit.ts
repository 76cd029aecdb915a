/** JUnit XML: one test suite per file, one failing test case per problem, one passing case for a clean file. */
import type { CheckResult } from '../check/types.js';
import { TOOL } from './tool.js';

export function escapeXml(text: string): string {
  return text
    // characters XML 1.0 cannot hold at all
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function formatJunit(results: CheckResult[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const result of results) {
    const name = escapeXml(result.path);
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const m of result.messages) {
      const where = m.line !== null ? ` (${m.page !== null ? `page ${m.page}, ` : ''}line ${m.line})` : '';
      const tag = 'failure';
      suiteFailures++;
      cases.push(
        `    <testcase classname="${name}" name="${escapeXml(`${m.ruleId}${where}`)}">\n` +
          `      <${tag} message="${escapeXml(m.message)}" type="${m.severity}">${escapeXml(`${m.severity}: ${m.message}${where} [${m.ruleId}]`)}</${tag}>\n` +
          `    </testcase>`,
      );
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${name}" name="${TOOL.name} check"/>`);
    tests += cases.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${name}" tests="${cases.length}" failures="${suiteFailures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  lines.push(`<testsuites name="${TOOL.name} check" tests="${tests}" failures="${failures}" errors="0">`);
  for (const suite of suites) lines.push(suite); // not push(...suites): too many files overflow the stack
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}
