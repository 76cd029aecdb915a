/** `tthc-parse restore [file|-]`: restored text on stdout, line for line; `--diff` shows the changes. */
import type { Command } from 'commander';
import { CliInputError, readInput } from './readInput.js';
import { decodeLegacyBytes } from '../repair/legacy.js';
import { defaultRestorer } from '../repair/restore.js';

interface RestoreCliOptions {
  diff?: boolean;
  stats?: boolean;
}

async function runRestore(input: string, opts: RestoreCliOptions): Promise<number> {
  let source;
  try {
    source = await readInput(input);
  } catch (error) {
    if (error instanceof CliInputError) {
      process.stderr.write(`tthc-parse: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  let text = decodeLegacyBytes(source.bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const result = defaultRestorer().restoreText(text);
  if (opts.diff) {
    const inLines = text.split('\n');
    const out: string[] = [];
    result.lines.forEach((l, i) => {
      if (l === inLines[i]) return;
      out.push(`@@ line ${i + 1}`, `- ${inLines[i]}`, `+ ${l}`);
    });
    process.stdout.write(out.length ? out.join('\n') + '\n' : '');
  } else {
    process.stdout.write(result.text);
  }
  if (opts.stats || opts.diff) {
    process.stderr.write(`${source.path ?? '<stdin>'}: ${result.changed} of ${result.tokens.length} words changed, ${result.lowConfidence.length} low-confidence\n`);
  }
  return 0;
}

export function registerRestore(program: Command, setExit: (code: number) => void): void {
  program
    .command('restore')
    .description('restore Vietnamese text (marks, OCR damage, legacy encodings) and print it line for line')
    .argument('[file]', 'text file to restore, or - for standard input', '-')
    .option('--diff', 'print only the lines that changed, before and after')
    .option('--stats', 'print a count of changed words on stderr')
    .action(async (file: string, opts: RestoreCliOptions) => setExit(await runRestore(file, opts)));
}
