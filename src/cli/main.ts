/** The thin CLI: parse one input to JSON/YAML, print the schema. Exit 0 ok, 1 errors, 2 usage or unreadable input. */
import { writeFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { parsePlan } from '../pipeline/parsePlan.js';
import { emitPlan, type OutputFormat } from '../emit/index.js';
import { planJsonSchema } from '../schema/plan.js';
import { stderrChalk } from './color.js';
import { CliInputError, readInput } from './readInput.js';
import { formatDiagnostic, summaryLine } from './report.js';
import { createProgress } from './progress.js';

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

interface ParseCliOptions {
  format: OutputFormat;
  output?: string;
  color?: boolean;
  quiet?: boolean;
  year?: number;
  repair: boolean;
  jobs?: number;
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
  const progress = opts.quiet ? null : createProgress();
  const result = await parsePlan(source, { year: opts.year, repair: opts.repair, jobs: opts.jobs, onProgress: progress?.onProgress });
  progress?.clear();
  const fatal = result.diagnostics.find((d) => d.fatal);
  if (!result.plan || (fatal && fatal.ruleId.startsWith('load/'))) {
    process.stderr.write(`tthc-parse: ${label}: ${fatal?.message ?? 'cannot be read'}\n`);
    return EXIT.usage;
  }
  const text = emitPlan(result.plan, opts.format);
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

  program
    .command('parse', { isDefault: true })
    .description('parse one plan (text, PDF or image; - for stdin) and print it as JSON or YAML')
    .argument('<file>', 'the plan to parse, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'yaml']).default('json'))
    .option('-o, --output <file>', 'write the plan to a file instead of stdout')
    .option('--year <year>', 'plan year to assume when the document does not say', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n)) throw new CommanderError(EXIT.usage, 'tthc-parse.badYear', `--year must be a year, got "${v}"`);
      return n;
    })
    .option('--no-repair', 'skip the text-repair stage')
    .option('-j, --jobs <n>', 'OCR workers for scanned pages (default: number of cores)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new CommanderError(EXIT.usage, 'tthc-parse.badJobs', `--jobs must be a positive whole number, got "${v}"`);
      return n;
    })
    .option('--color', 'force coloured diagnostics')
    .option('--no-color', 'never colour diagnostics')
    .option('-q, --quiet', 'print no diagnostics or summary')
    .action(async (file: string, opts: ParseCliOptions) => setExit(await runParse(file, opts)));

  program
    .command('schema')
    .description('print the JSON Schema of the plan output')
    .action(() => {
      process.stdout.write(JSON.stringify(planJsonSchema(), null, 2) + '\n');
      setExit(EXIT.ok);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error (2), never 1
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    process.stderr.write(`tthc-parse: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
  return code;
}
