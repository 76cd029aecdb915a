/** The thin CLI: parse plans to JSON/YAML, check them, print the schema. Exit 0 ok, 1 problems, 2 usage, unreadable input or a crash. */
import { stat, writeFile } from 'node:fs/promises';
import { isDynamicPattern } from 'tinyglobby';
import { Command, CommanderError, Option } from 'commander';
import { parsePlan } from '../pipeline/parsePlan.js';
import { emitPlan } from '../emit/index.js';
import { planJsonSchema } from '../schema/plan.js';
import { stderrChalk } from './color.js';
import { CliInputError, readInput } from './readInput.js';
import { formatDiagnostic, summaryLine } from './report.js';
import { registerRestore } from './restoreCommand.js';
import { addIsolationOptions } from './batchOptions.js';
import { runBatchCli, type BatchCliOptions } from './batch.js';
import { registerCheckCommand } from './check.js';
import { createProgress } from './progress.js';

import { EXIT, runProgram } from './runProgram.js';

export { EXIT };

interface ParseCliOptions extends BatchCliOptions {
  output?: string;
  /** --timeout given on the command line (its default is for batches only) */
  timeoutGiven?: boolean;
}

function usage(message: string): number {
  process.stderr.write(`tthc-parse: ${message}\n`);
  return EXIT.usage;
}

/** One file to stdout (or -o) as before; anything else goes through the batch engine. */
async function runParseCommand(inputs: string[], opts: ParseCliOptions): Promise<number> {
  const many = 'several inputs: give --out-dir DIR to write one output each, or -f jsonl to print one record per line';
  if (opts.outDir && opts.format === 'jsonl') return usage('-f jsonl prints to stdout; use -f json or yaml with --out-dir');
  if (opts.outDir && opts.output) return usage('give --output (one file) or --out-dir (many), not both');
  if (!opts.outDir && opts.format !== 'jsonl') {
    if (inputs.length > 1) return usage(many);
    const input = inputs[0]!;
    if (input !== '-') {
      const info = await stat(input).catch(() => null);
      if (info?.isDirectory()) return usage(`${input}: is a directory; give --out-dir DIR or -f jsonl to parse every plan in it`);
      if (!info && isDynamicPattern(input)) return usage(`${input}: is a pattern; give --out-dir DIR or -f jsonl to parse every match`);
    }
    return runParse(input, opts);
  }
  if (opts.output) return usage('--output takes one input; use --out-dir for many');
  return runBatchCli(inputs, opts);
}

async function runParse(input: string, opts: ParseCliOptions): Promise<number> {
  const c = stderrChalk(opts.color);
  let source;
  try {
    source = await readInput(input);
  } catch (error) {
    if (error instanceof CliInputError) {
      process.stderr.write(`tthc-parse: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  const label = source.path ?? '<stdin>';
  // one input: --jobs sizes the OCR worker pool (in a batch it is the number of files at once)
  const progress = opts.quiet ? null : createProgress();
  // one input runs in this process, not in a worker the batch engine kills: a --timeout given
  // gives up while the file waits on OCR (was: ignored; the default stays for batches only)
  const timer = opts.timeoutGiven
    ? setTimeout(() => {
        progress?.clear();
        process.stderr.write(`tthc-parse: ${label}: took longer than ${opts.timeout} s (--timeout)\n`);
        process.exit(EXIT.usage);
      }, opts.timeout * 1000)
    : null;
  const result = await parsePlan(source, {
    year: opts.year,
    repair: opts.repair,
    password: opts.password,
    maxPages: opts.maxPages,
    jobs: opts.jobs,
    onProgress: progress?.onProgress,
  });
  if (timer) clearTimeout(timer);
  progress?.clear();
  const fatal = result.diagnostics.find((d) => d.fatal);
  if (!result.plan || (fatal && fatal.ruleId.startsWith('load/'))) {
    process.stderr.write(`tthc-parse: ${label}: ${fatal?.message ?? 'cannot be read'}\n`);
    return EXIT.usage;
  }
  const text = emitPlan(result.plan, opts.format === 'yaml' ? 'yaml' : 'json');
  if (opts.output) await writeFile(opts.output, text);
  else process.stdout.write(text);
  if (!opts.quiet) {
    for (const d of result.diagnostics) if (d.severity !== 'info') process.stderr.write(formatDiagnostic(d, label, c) + '\n');
    process.stderr.write(summaryLine(result.plan, result.diagnostics, label, c) + '\n');
  }
  return result.diagnostics.some((d) => d.severity === 'error') ? EXIT.problems : EXIT.ok;
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('tthc-parse')
    .description('Turn Vietnamese plans for controlling administrative procedures into structured data')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) })
    .showHelpAfterError('(run tthc-parse --help for usage)');

  const parse = program
    .command('parse', { isDefault: true })
    .description('parse plans (text, PDF or image; files, folders, globs, - for stdin) to JSON or YAML')
    .argument('<inputs...>', 'plans to parse: files, folders, globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (jsonl: one record per input on stdout)').choices(['json', 'yaml', 'jsonl']).default('json'))
    .option('-o, --output <file>', 'write the plan to a file instead of stdout (one input)')
    .option('--out-dir <dir>', 'write one output per input, mirroring its path relative to the input')
    .option('--changed-only', 'skip inputs whose output in --out-dir was made from the same content')
    .option('--year <year>', 'plan year to assume when the document does not say', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n)) throw new CommanderError(EXIT.usage, 'tthc-parse.badYear', `--year must be a year, got "${v}"`);
      return n;
    })
    .option('--no-repair', 'skip the text-repair stage')
    .option('--color', 'force coloured diagnostics')
    .option('--no-color', 'never colour diagnostics')
    .option('-q, --quiet', 'print no diagnostics or summary')
    .action(async (inputs: string[], opts: ParseCliOptions, command: Command) =>
      setExit(await runParseCommand(inputs, { ...opts, timeoutGiven: command.getOptionValueSource('timeout') === 'cli' })),
    );
  addIsolationOptions(parse);

  registerCheckCommand(program, setExit);

  program
    .command('schema')
    .description('print the JSON Schema of the plan output')
    .action(() => {
      process.stdout.write(JSON.stringify(planJsonSchema(), null, 2) + '\n');
      setExit(EXIT.ok);
    });

  registerRestore(program, setExit);

  return program;
}

export function main(argv: string[]): Promise<number> {
  return runProgram(buildProgram, argv);
}
