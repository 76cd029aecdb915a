/** `tthc-parse check <inputs…>`: validate plans against the schema and the plan rules. */
import { Command, Option } from 'commander';
import { ConfigError, ConfigFinder } from '../check/config.js';
import { checkRecord } from '../check/checkPlan.js';
import type { CheckResult } from '../check/types.js';
import { writeFileAtomic } from '../engine/atomicWrite.js';
import { createProgress } from '../engine/progress.js';
import { BatchUsageError, runBatch } from '../engine/runBatch.js';
import { FORMATTER_NAMES, FORMATTERS, type FormatterName } from '../formatters/index.js';
import { addIsolationOptions, warningLimit, year, type IsolationCliOptions } from './batchOptions.js';
import { stderrChalk, stdoutChalk } from './color.js';
import { readStdin } from './readInput.js';

interface CheckCliOptions extends IsolationCliOptions {
  format: FormatterName;
  outputFile?: string;
  config?: string;
  maxWarnings: number;
  color?: boolean;
  quiet?: boolean;
  year?: number;
}

async function runCheck(inputs: string[], opts: CheckCliOptions): Promise<number> {
  const progress = createProgress(process.stderr);
  const err = stderrChalk(opts.color);
  const finder = new ConfigFinder(opts.config);
  const cwd = process.cwd();
  try {
    await finder.forInput(null, cwd); // a bad --config (or one here) stops before any work
    const pending: Promise<CheckResult>[] = [];
    await runBatch(
      {
        inputs,
        cwd,
        outDir: null,
        format: 'json',
        jobs: opts.jobs,
        changedOnly: false,
        timeoutMs: opts.timeout * 1000,
        maxMemoryMb: opts.maxMemory,
        parse: { year: opts.year, password: opts.password, maxPages: opts.maxPages },
        keepPlans: true,
        readPlanData: true,
        readStdin,
      },
      {
        onStart: (_total, skipped) => {
          if (opts.quiet) return;
          for (const s of skipped) process.stderr.write(`${err.blue('info')} ${s.path}: skipped (${s.reason})\n`);
        },
        onRecord: (record) => {
          const path = record.path === '<stdin>' ? null : record.path;
          const result = finder.forInput(path, cwd).then((config) => checkRecord(record, config));
          result.catch(() => undefined); // a config error is thrown from Promise.all below, not left unhandled
          pending.push(result);
        },
        onProgress: (done, total, path) => progress.update(done, total, path),
      },
    );
    progress.clear();
    const results = await Promise.all(pending);
    const text = FORMATTERS[opts.format](results, stdoutChalk(opts.color));
    if (opts.outputFile) await writeFileAtomic(opts.outputFile, text);
    else process.stdout.write(text);
    const errors = results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = results.reduce((n, r) => n + r.warningCount, 0);
    if (errors > 0) return 1;
    if (opts.maxWarnings >= 0 && warnings > opts.maxWarnings) {
      if (!opts.quiet) process.stderr.write(`tthc-parse: ${warnings} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    progress.clear();
    if (error instanceof ConfigError || error instanceof BatchUsageError) {
      process.stderr.write(`tthc-parse: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

export function registerCheckCommand(program: Command, setExit: (code: number) => void): Command {
  const check = program
    .command('check')
    .description('check plans (documents, or the JSON/YAML that parse wrote) against the schema and the plan rules')
    .argument('<inputs...>', 'plans to check: files, folders, globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMATTER_NAMES).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'use this config instead of looking for one upward from each input')
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more warnings than this (-1: no limit)').argParser(warningLimit).default(-1))
    .option('--year <year>', 'plan year to assume when the document does not say', year)
    .option('--color', 'force colours')
    .option('--no-color', 'never colour')
    .option('-q, --quiet', 'print nothing on stderr')
    .action(async (inputs: string[], opts: CheckCliOptions) => setExit(await runCheck(inputs, opts)));
  return addIsolationOptions(check);
}
