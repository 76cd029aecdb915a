/** `tthc-parse check`: spawn the built CLI and assert exit codes, stdout and stderr. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCliAs, BROKEN, tempDir } from '../engine/support.js';
import { sarifValidator } from '../formatters/formatters.test.js';
import { cleanPlan, task } from './planFactory.js';

const tmp = tempDir('tthc-check-');
const clean = join(tmp, 'clean.json');
writeFileSync(clean, JSON.stringify(cleanPlan()));
const warned = join(tmp, 'warned.json');
writeFileSync(warned, JSON.stringify(cleanPlan({ tasks: [task('1', { lead: null }), task('2', { lead: null })] })));
const broken = join(tmp, 'broken.json');
writeFileSync(broken, JSON.stringify({ ...cleanPlan(), document: { ...cleanPlan().document, number: null } }));

describe('check: exit codes', () => {
  it('0 when clean', () => {
    const run = runCliAs(['check', clean]);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '✔ 1 file checked, no problems\n', '']);
  });

  it('warnings pass unless there are more than --max-warnings', () => {
    expect(runCliAs(['check', warned]).code).toBe(0);
    expect(runCliAs(['check', warned, '--max-warnings', '2']).code).toBe(0);
    expect(runCliAs(['check', warned, '--max-warnings', '-1']).code).toBe(0);
    const over = runCliAs(['check', warned, '--max-warnings', '1']);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/2 warnings, more than --max-warnings 1/);
  });

  it('1 on errors, listing each with its rule', () => {
    const run = runCliAs(['check', broken, clean]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/broken\.json\n\s+error\s+the document has no number \(số ký hiệu\)\s+plan\/metadata-number/);
    expect(run.stdout).not.toMatch(/clean\.json/);
  });

  it('2 on usage errors and bad configs', () => {
    expect(runCliAs(['check']).code).toBe(2);
    expect(runCliAs(['check', clean, '-f', 'xml']).code).toBe(2);
    expect(runCliAs(['check', clean, '--max-warnings', 'many']).stderr).toMatch(/--max-warnings must be a whole number/);
    expect(runCliAs(['check', clean, '--max-warnings', '-2']).code).toBe(2);
    expect(runCliAs(['check', clean, '--year', 'soon']).code).toBe(2);
    const missing = runCliAs(['check', clean, '--config', join(tmp, 'none.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/none\.json: cannot read the config \(no such file\)/);
    const dir = join(tmp, 'badconf');
    mkdirSync(dir);
    writeFileSync(join(dir, '.tthc-parse.json'), '{"rules":{"plan/task-lead":"loud"}}');
    writeFileSync(join(dir, 'p.json'), JSON.stringify(cleanPlan()));
    const bad = runCliAs(['check', join(dir, 'p.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.tthc-parse\.json: rules\.plan\/task-lead: "loud" is not a severity/);
  });

  it('a config found upward from the input switches rules off or re-grades them', () => {
    const root = join(tmp, 'proj');
    mkdirSync(join(root, 'plans/2025'), { recursive: true });
    writeFileSync(join(root, 'tthc-parse.config.yaml'), 'rules:\n  plan/metadata-number: off\n  plan/task-lead: error\n');
    writeFileSync(join(root, 'plans/2025/a.json'), JSON.stringify(cleanPlan({ document: { ...cleanPlan().document, number: null } })));
    expect(runCliAs(['check', join(root, 'plans')]).code).toBe(0);
    writeFileSync(join(root, 'plans/2025/b.json'), JSON.stringify(cleanPlan({ tasks: [task('1', { lead: null })] })));
    const run = runCliAs(['check', join(root, 'plans')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/error\s+task I\.1 has no lead body\s+plan\/task-lead/);
    // --config wins over the one found
    writeFileSync(join(tmp, 'lenient.json'), '{"rules":{"plan/task-lead":"off","plan/metadata-number":"off"}}');
    expect(runCliAs(['check', join(root, 'plans'), '--config', join(tmp, 'lenient.json')]).code).toBe(0);
  });

  it('checks documents too, and reports each broken input', () => {
    const run = runCliAs(['check', BROKEN, '-f', 'json']);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as { path: string; errorCount: number }[];
    expect(results.find((r) => r.path.endsWith('empty.pdf'))?.errorCount).toBe(1);
    expect(results.find((r) => r.path.endsWith('junk.txt'))?.errorCount).toBe(1);
  });
});

describe('check: formats and colour', () => {
  it('sarif validates, github escapes, junit parses', () => {
    const sarif = runCliAs(['check', broken, warned, BROKEN, '-f', 'sarif']);
    const validate = sarifValidator();
    expect(validate(JSON.parse(sarif.stdout)), JSON.stringify(validate.errors)).toBe(true);

    const github = runCliAs(['check', broken, warned, '-f', 'github']);
    expect(github.stdout).toMatch(/^::error file=.*broken\.json,title=plan\/metadata-number::the document has no number/m);
    expect(github.stdout).toMatch(/^::warning file=.*warned\.json,line=11,title=plan\/task-lead::task I\.1 has no lead body$/m);

    const junit = runCliAs(['check', broken, warned, BROKEN, '-f', 'junit']);
    expect(XMLValidator.validate(junit.stdout)).toBe(true);
  });

  it('writes the report to a file with -o', () => {
    const out = join(tmp, 'report.sarif');
    const run = runCliAs(['check', broken, '-f', 'sarif', '-o', out]);
    expect([run.code, run.stdout]).toEqual([1, '']);
  });

  it('colours stylish by --color, NO_COLOR, FORCE_COLOR', () => {
    expect(runCliAs(['check', broken]).stdout).not.toMatch(/\x1b\[/);
    expect(runCliAs(['check', broken], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).toMatch(/\x1b\[/);
    expect(runCliAs(['check', broken, '--color']).stdout).toMatch(/\x1b\[/);
    expect(runCliAs(['check', broken, '--no-color'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).not.toMatch(/\x1b\[/);
  });
});
