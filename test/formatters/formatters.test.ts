/** The check formatters are pure functions of the results: test them on hand-made results. */
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { Chalk } from 'chalk';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/check/types.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/formatters/github.js';
import { formatJson } from '../../src/formatters/json.js';
import { formatJsonl } from '../../src/formatters/jsonl.js';
import { formatJunit } from '../../src/formatters/junit.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import { formatStylish } from '../../src/formatters/stylish.js';

const require = createRequire(import.meta.url);
const SARIF_SCHEMA = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;

export function sarifValidator() {
  const Ajv = ((AjvDraft04 as unknown as { default?: unknown }).default ?? AjvDraft04) as typeof AjvDraft04;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats)(ajv as never);
  return ajv.compile(SARIF_SCHEMA);
}

const NASTY = 'a: b, 100% sure\r\nline two <tag attr="x"> & \'q\' \u0007';

const RESULTS: CheckResult[] = [
  {
    path: 'plans/kế hoạch, số 1:2025.txt',
    messages: [
      { ruleId: 'plan/task-lead', severity: 'warning', message: 'task I.2 has no lead body', page: 1, line: 12 },
      { ruleId: 'plan/metadata-number', severity: 'error', message: 'the document has no number (số ký hiệu)', page: null, line: null },
      { ruleId: 'table/doubtful-row', severity: 'info', message: NASTY, page: 3, line: 4 },
    ],
    errorCount: 1,
    warningCount: 1,
    fatal: false,
  },
  { path: 'plans/clean.txt', messages: [], errorCount: 0, warningCount: 0, fatal: false },
  {
    path: 'broken/empty.pdf',
    messages: [{ ruleId: 'load/empty', severity: 'error', message: 'the file is empty', page: null, line: null }],
    errorCount: 1,
    warningCount: 0,
    fatal: true,
  },
];

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    const validate = sarifValidator();
    const log = JSON.parse(formatSarif(RESULTS));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(formatSarif([])))).toBe(true);
    // the validator does bite
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ level: 'fatal', message: { text: 'x' } }] }] })).toBe(false);
  });

  it('has one result per problem, with rule, level, file and line', () => {
    const log = JSON.parse(formatSarif(RESULTS));
    const results = log.runs[0].results;
    expect(results).toHaveLength(4);
    expect(results[0]).toMatchObject({ ruleId: 'plan/task-lead', level: 'warning' });
    expect(results[0].locations[0].physicalLocation.region).toEqual({ startLine: 12 });
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('plans/k%E1%BA%BF%20ho%E1%BA%A1ch,%20s%E1%BB%91%201:2025.txt');
    expect(results[2].level).toBe('note');
    const rules = log.runs[0].tool.driver.rules;
    expect(rules[results[1].ruleIndex].id).toBe('plan/metadata-number');
  });
});

describe('github', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100%\r\nx: y, z')).toBe('100%25%0D%0Ax: y, z');
    expect(escapeProperty('100%\r\nx: y, z')).toBe('100%25%0D%0Ax%3A y%2C z');
  });

  it('prints one workflow command per problem, each on one line', () => {
    const out = formatGithub(RESULTS);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('::warning file=plans/kế hoạch%2C số 1%3A2025.txt,line=12,title=plan/task-lead::task I.2 has no lead body');
    expect(lines[1]).toBe('::error file=plans/kế hoạch%2C số 1%3A2025.txt,title=plan/metadata-number::the document has no number (số ký hiệu)');
    expect(lines[2]).toMatch(/^::notice file=.*,line=4,title=table\/doubtful-row::a: b, 100%25 sure%0D%0Aline two/);
    expect(lines[2]).toContain('(page 3)');
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) [^:]*::/);
  });
});

describe('junit', () => {
  it('is well-formed XML with a suite per file and a failing case per problem', () => {
    const xml = formatJunit(RESULTS);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const suites = doc.testsuites.testsuite;
    expect(suites).toHaveLength(3);
    expect(doc.testsuites).toMatchObject({ tests: '5', failures: '4' });
    expect(suites[0]).toMatchObject({ name: 'plans/kế hoạch, số 1:2025.txt', tests: '3', failures: '3' });
    expect(suites[0].testcase[2].failure.message).toBe('a: b, 100% sure\r\nline two <tag attr="x"> & \'q\' \uFFFD'.replace('\r\n', '\n'));
    expect(suites[1]).toMatchObject({ tests: '1', failures: '0' });
  });
});

describe('stylish, json, jsonl', () => {
  it('stylish groups by file, ends with a count, and is plain without colour', () => {
    const out = formatStylish(RESULTS);
    expect(out).not.toMatch(/\x1b\[/);
    expect(out).toMatch(/plans\/kế hoạch, số 1:2025\.txt\n\s+12\s+warning\s+task I\.2 has no lead body\s+plan\/task-lead/);
    expect(out).toMatch(/✖ 3 problems \(2 errors, 1 warning\) in 3 files/);
    expect(formatStylish(RESULTS, new Chalk({ level: 1 }))).toMatch(/\x1b\[31m/);
    expect(formatStylish([RESULTS[1]!])).toBe('✔ 1 file checked, no problems\n');
  });

  it('json and jsonl carry the results as they are', () => {
    expect(JSON.parse(formatJson(RESULTS))).toEqual(RESULTS);
    expect(formatJsonl(RESULTS).trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(RESULTS);
  });
});
