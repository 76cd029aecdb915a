/** `tthc-parse restore [file|-]`: restored text on stdout, line for line; `--diff` shows the changes. */
import type { Command } from 'commander';
import { CliInputError, readInput } from './readInput.js';
import { decodeLegacyBytes } from '../repair/legacy.js';
import { detectKind } from '../load/detect.js';
import { defaultRestorer, type RestoredToken } from '../repair/restore.js';

interface RestoreCliOptions {
  diff?: boolean;
  stats?: boolean;
  json?: boolean;
}

/** A restored word as the CLI reports it: 1-based line and column. */
function place(t: RestoredToken) {
  return { line: t.line + 1, column: t.column + 1, from: t.from, to: t.to, confidence: Number(t.confidence.toFixed(3)) };
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
  // restore reads text: a PDF, an image or other binary data gets a one-line error, not garbage
  const kind = detectKind(source.bytes);
  const label = source.path ?? '<stdin>';
  if (kind === 'binary') {
    process.stderr.write(`tthc-parse: ${label}: binary data, not text (restore reads plain text)\n`);
    return 2;
  }
  if (kind !== 'text' && kind !== 'empty') {
    const what = kind === 'pdf' ? 'a PDF' : `a ${kind.toUpperCase()} image`;
    process.stderr.write(`tthc-parse: ${label}: ${what}, not text; restore reads plain text (tthc-parse ${source.path ?? '-'} parses it, restored)\n`);
    return 2;
  }
  let text = decodeLegacyBytes(source.bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const result = defaultRestorer().restoreText(text);
  const name = source.path ?? '<stdin>';
  if (opts.json) {
    // for scripts: the restored text, every change and every doubtful word with its place
    const report = {
      file: source.path,
      text: result.text,
      words: result.tokens.length,
      changed: result.changed,
      changes: result.tokens.filter((t) => t.changed).map(place),
      lowConfidence: result.lowConfidence.map(place),
    };
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return 0;
  }
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
    // the words the restorer is unsure of, one line each at their place (as parse reports them)
    if (opts.stats) {
      for (const t of result.lowConfidence.map(place)) {
        process.stderr.write(`${name}:${t.line}:${t.column}  info  "${t.from}" read as "${t.to}" with confidence ${t.confidence.toFixed(2)}  repair/low-confidence\n`);
      }
    }
    process.stderr.write(`${name}: ${result.changed} of ${result.tokens.length} words changed, ${result.lowConfidence.length} low-confidence\n`);
  }
  return 0;
}

export function registerRestore(program: Command, setExit: (code: number) => void): void {
  program
    .command('restore')
    .description('restore Vietnamese text (marks, OCR damage, legacy encodings) and print it line for line')
    .argument('[file]', 'text file to restore, or - for standard input', '-')
    .option('--diff', 'print only the lines that changed, before and after')
    .option('--stats', 'print on stderr each word restored with low confidence (file:line:column) and a count of changed words')
    .option('--json', 'print a JSON report instead of the text: the restored text, every change and every low-confidence word with its line and column')
    .action(async (file: string, opts: RestoreCliOptions) => setExit(await runRestore(file, opts)));
}
