import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../src/check/checkPlan.js';
import { EMPTY_CONFIG, parseConfig, ConfigError } from '../../src/check/config.js';
import { RULES } from '../../src/check/ruleTable.js';
import type { FileRecord } from '../../src/engine/record.js';
import type { Plan } from '../../src/schema/plan.js';
import { cleanPlan, indicator, task } from './planFactory.js';

function record(plan: Plan | null, diagnostics = plan?.diagnostics ?? []): FileRecord {
  return { path: 'plan.txt', status: plan ? 'ok' : 'failed', output: null, plan, diagnostics, reason: null, tasks: 0, indicators: 0, sha256: null, ms: 0 };
}
const ids = (plan: Plan, config = EMPTY_CONFIG): string[] => checkRecord(record(plan), config).messages.map((m) => m.ruleId);

describe('plan rules', () => {
  it('a clean plan has no problems', () => {
    const result = checkRecord(record(cleanPlan()), EMPTY_CONFIG);
    expect(result.messages).toEqual([]);
    expect(result.errorCount + result.warningCount).toBe(0);
  });

  it('every rule has an id, a default severity and a description', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^plan\/[a-z-]+$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.description.length).toBeGreaterThan(5);
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('tasks need content, a lead body and a readable deadline; heading rows need content only', () => {
    const plan = cleanPlan({
      tasks: [
        task('1', { heading: true, lead: null, deadline: null }),
        task('1.1', { content: null }),
        task('1.2', { lead: null }),
        task('1.3', { deadline: { text: 'sớm', kind: 'unknown', from: null, to: null, recurrence: null } }),
        task('1.4', { deadline: null }),
      ],
    });
    const result = checkRecord(record(plan), EMPTY_CONFIG);
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['plan/task-content', 21],
      ['plan/task-lead', 22],
      ['plan/task-deadline', 23],
      ['plan/task-deadline', 24],
    ]);
  });

  it('numbering: gaps and duplicates, per parent and group, numbers may run on across groups', () => {
    const g2 = { number: 'II', title: null };
    expect(ids(cleanPlan({ tasks: [task('1'), task('2'), task('4')] }))).toEqual(['plan/numbering-gap']);
    expect(ids(cleanPlan({ tasks: [task('1'), task('2'), task('2')] }))).toEqual(['plan/numbering-duplicate']);
    expect(ids(cleanPlan({ tasks: [task('1'), task('1.1'), task('1.2'), task('2'), task('2.1'), task('2.3')] }))).toEqual(['plan/numbering-gap']);
    expect(ids(cleanPlan({ tasks: [task('1'), task('2'), task('1', { group: g2 }), task('2', { group: g2 })] }))).toEqual([]);
    expect(ids(cleanPlan({ tasks: [task('1'), task('2'), task('3', { group: g2 }), task('4', { group: g2 })] }))).toEqual([]);
    expect(ids(cleanPlan({ tasks: [task('a'), task('-'), task('+')] }))).toEqual([]);
    expect(ids(cleanPlan({ indicators: [indicator('1'), indicator('3')] }))).toEqual(['plan/numbering-gap']);
  });

  it('indicators need a unit and a numeric target', () => {
    const plan = cleanPlan({
      indicators: [indicator('1', { unit: null }), indicator('2', { target: { text: 'đạt', op: null, value: null } }), indicator('3', { target: null })],
    });
    expect(ids(plan)).toEqual(['plan/indicator-unit', 'plan/indicator-target', 'plan/indicator-target']);
  });

  it('metadata needs number, date and issuer', () => {
    const plan = cleanPlan();
    plan.document = { ...plan.document, number: null, issuedDate: null, issuer: null };
    expect(ids(plan)).toEqual(['plan/metadata-number', 'plan/metadata-date', 'plan/metadata-issuer']);
  });

  it('too many low-confidence repairs is one warning; the threshold is an option', () => {
    const low = Array.from({ length: 6 }, (_, i) => ({ severity: 'info' as const, ruleId: 'repair/low-confidence', message: 'unsure', place: { page: 1, line: i + 1 } }));
    const plan = cleanPlan({ diagnostics: low });
    expect(ids(plan)).toEqual(['plan/repair-confidence']);
    expect(ids(plan, parseConfig('{"rules":{"plan/repair-confidence":["warning",{"max":10}]}}', 'c.json'))).toEqual([]);
  });

  it('an invalid plan is a schema error', () => {
    const plan = cleanPlan();
    (plan.document as { issuedDate: string }).issuedDate = '15/01/2025';
    expect(ids(plan)).toEqual(['plan/schema']);
  });

  it('pipeline diagnostics are passed on and can be re-graded; info is left out', () => {
    const plan = cleanPlan({
      diagnostics: [
        { severity: 'warning', ruleId: 'table/doubtful-row', message: 'doubtful', place: { page: 1, line: 3 } },
        { severity: 'info', ruleId: 'structure/note', message: 'fyi', place: null },
      ],
    });
    expect(checkRecord(record(plan), EMPTY_CONFIG).messages.map((m) => [m.ruleId, m.severity])).toEqual([['table/doubtful-row', 'warning']]);
    const config = parseConfig('{"rules":{"table/doubtful-row":"error","plan/task-lead":"off"}}', 'c.json');
    expect(checkRecord(record(plan), config).messages.map((m) => [m.ruleId, m.severity])).toEqual([['table/doubtful-row', 'error']]);
  });

  it('a file that could not be read is one fatal error', () => {
    const result = checkRecord(record(null, [{ severity: 'error', ruleId: 'load/empty', message: 'the file is empty', place: null, fatal: true }]), EMPTY_CONFIG);
    expect(result).toMatchObject({ fatal: true, errorCount: 1, messages: [{ ruleId: 'load/empty', severity: 'error' }] });
  });
});

describe('config', () => {
  it('reads severities as words, numbers or [severity, options], in JSON or YAML', () => {
    const json = parseConfig('{"rules":{"plan/task-lead":0,"plan/task-deadline":"warn","plan/metadata-date":2,"plan/repair-confidence":["error",{"max":1}]}}', 'x.json');
    expect(json.rules).toEqual({
      'plan/task-lead': { severity: 'off' },
      'plan/task-deadline': { severity: 'warning' },
      'plan/metadata-date': { severity: 'error' },
      'plan/repair-confidence': { severity: 'error', options: { max: 1 } },
    });
    expect(parseConfig('rules:\n  plan/task-lead: off\n', 'x.yaml').rules['plan/task-lead']).toEqual({ severity: 'off' });
  });

  it('rejects unknown plan rules, bad severities, unknown keys and broken syntax', () => {
    expect(() => parseConfig('{"rules":{"plan/nope":"off"}}', 'x.json')).toThrow(ConfigError);
    expect(() => parseConfig('{"rules":{"plan/task-lead":"loud"}}', 'x.json')).toThrow(/not a severity/);
    expect(() => parseConfig('{"rulez":{}}', 'x.json')).toThrow(ConfigError);
    expect(() => parseConfig('{"rules":', 'x.json')).toThrow(/not valid JSON/);
  });
});
