/** `check` on malformed plan data: each file one clear problem naming it, never a crash or a parse as a document. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAs, tempDir } from '../engine/support.js';
import { cleanPlan, task } from './planFactory.js';
import { formatStylish } from '../../src/formatters/stylish.js';
import { formatJunit } from '../../src/formatters/junit.js';

const tmp = tempDir('tthc-check-bad-');
const write = (name: string, text: string): string => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

/** the "billion laughs": nine levels of nine aliases */
function yamlBomb(): string {
  let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  const names = 'abcdefghi';
  for (let k = 1; k < names.length; k++) text += `${names[k]}: &${names[k]} [${Array(9).fill(`*${names[k - 1]}`).join(',')}]\n`;
  return `${text}schemaVersion: "1.0"\ntasks: *i\n`;
}

describe('check: malformed JSON and YAML', () => {
  const cases: [string, string, RegExp][] = [
    ['bomb.yaml', yamlBomb(), /not valid JSON or YAML: Excessive alias count/],
    ['dup.yaml', 'schemaVersion: "1.0"\nschemaVersion: "1.0"\n', /not valid JSON or YAML: Map keys must be unique/],
    ['tabs.yaml', 'schemaVersion: "1.0"\ntasks:\n\t- 1\n', /not valid JSON or YAML: Tabs are not allowed/],
    ['deep.yaml', `a: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`, /not valid JSON or YAML/],
    ['deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /not a tthc-parse plan/],
    ['array.json', '[1, 2, 3]', /not a tthc-parse plan/],
    ['number.json', '42', /not a tthc-parse plan/],
    ['null.json', 'null', /not a tthc-parse plan/],
    ['truncated.json', JSON.stringify(cleanPlan()).slice(0, 200), /not valid JSON or YAML/],
    ['wrong-type.json', JSON.stringify({ ...cleanPlan(), tasks: 'none' }), /tasks: Invalid input: expected array/],
  ];
  for (const [name, text, pattern] of cases) {
    it(`${name}: exit 1, one error naming the file (was: read as a plan document, or a crash)`, () => {
      const run = runCliAs(['check', write(name, text), '-f', 'json']);
      expect(run.code).toBe(1);
      const [result] = JSON.parse(run.stdout) as { filePath?: string; path?: string; messages: { ruleId: string; message: string; severity: string }[] }[];
      expect(JSON.stringify(result)).toContain(name);
      const errors = result!.messages.filter((m) => m.severity === 'error');
      expect(errors.length).toBeGreaterThanOrEqual(1);
      expect(errors[0]!.message).toMatch(pattern);
      expect(result!.messages.map((m) => m.ruleId)).not.toContain('structure/no-type');
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    });
  }

  it('a plan of 200 000 tasks is reported in every format (stylish spread 400 000 widths into Math.max)', () => {
    const messages = Array.from({ length: 200_000 }, (_, k) => ({ ruleId: 'plan/task-lead', severity: 'warning' as const, message: `task ${k} has no lead`, page: 1, line: k + 1 }));
    const results = [{ path: 'big.json', messages, errorCount: 0, warningCount: messages.length, fatal: false }];
    expect(formatStylish(results)).toMatch(/task 199999 has no lead/);
    const many = Array.from({ length: 200_000 }, (_, k) => ({ path: `f${k}.json`, messages: [messages[0]!], errorCount: 0, warningCount: 1, fatal: false }));
    expect(formatJunit(many)).toMatch(/f199999\.json/);
  });

  it('a large valid plan with many findings: exit 1, no crash', () => {
    const tasks = Array.from({ length: 20_000 }, (_, k) => task(String(k + 1), { lead: null }));
    const run = runCliAs(['check', write('many.json', JSON.stringify(cleanPlan({ tasks })))]);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.stdout).toMatch(/many\.json/);
  });
});
