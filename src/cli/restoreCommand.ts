/**
 * `tthc-parse restore [inputs…]`: restored text line for line — on stdout for one input, to
 * `-o FILE`, or one file each under `--out-dir DIR` for several inputs, folders and globs
 * (only their text files). `--diff` shows the changes, `--stats` the doubtful words, `--json` a
 * report for scripts. One bad input never stops the others.
 */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { CliInputError, readInput } from './readInput.js';
import { decodeLegacyBytes } from '../repair/legacy.js';
import { detectKind, isPdfOrImage, type InputKind } from '../load/detect.js';
import { decodeUtf16 } from '../load/text.js';
import { officeFormat, officeFormatMessage, READABLE_OFFICE } from '../load/officeFormats.js';
import { defaultRestorer, type RestoreResult, type RestoredToken } from '../repair/restore.js';
import type { InputItem } from '../engine/inputs.js';
import { writeFileAtomic } from '../engine/atomicWrite.js';

interface RestoreCliOptions {
  diff?: boolean;
  stats?: boolean;
  json?: boolean;
  output?: string;
  outDir?: string;
}

/** A restored word as the CLI reports it: 1-based line and column. */
function place(t: RestoredToken) {
  return { line: t.line + 1, column: t.column + 1, from: t.from, to: t.to, confidence: Number(t.confidence.toFixed(3)) };
}

/** Why a file's content is not text restore can read, or null when it is. */
function notText(kind: InputKind, shownAs: string, bytes: Uint8Array): string | null {
  const office = officeFormat(bytes);
  if (office !== null && office in READABLE_OFFICE) return `${office}, not text; restore reads plain text (tthc-parse ${shownAs} parses it, restored)`;
  if (office) return officeFormatMessage(office);
  if (kind === 'text' || kind === 'empty') return null;
  if (kind === 'binary') return 'binary data, not text (restore reads plain text)';
  const what = kind === 'pdf' ? 'a PDF' : `a ${kind.toUpperCase()} image`;
  return `${what}, not text; restore reads plain text (tthc-parse ${shownAs} parses it, restored)`;
}

/** What restore writes for one input: the text, its diff, or the JSON report. */
function render(text: string, result: RestoreResult, opts: RestoreCliOptions, file: string | null): string {
  if (opts.json) {
    const report = {
      file,
      text: result.text,
      words: result.tokens.length,
      changed: result.changed,
      changes: result.tokens.filter((t) => t.changed).map(place),
      lowConfidence: result.lowConfidence.map(place),
    };
    return JSON.stringify(report, null, 2) + '\n';
  }
  if (opts.diff) {
    const inLines = text.split('\n');
    const out: string[] = [];
    result.lines.forEach((l, i) => {
      if (l === inLines[i]) return;
      out.push(`@@ line ${i + 1}`, `- ${inLines[i]}`, `+ ${l}`);
    });
    return out.length ? out.join('\n') + '\n' : '';
  }
  return result.text;
}

function reportStats(result: RestoreResult, opts: RestoreCliOptions, name: string): void {
  if (!opts.stats && !opts.diff) return;
  // the words the restorer is unsure of, one line each at their place (as parse reports them)
  if (opts.stats) {
    for (const t of result.lowConfidence.map(place)) {
      process.stderr.write(`${name}:${t.line}:${t.column}  info  "${t.from}" read as "${t.to}" with confidence ${t.confidence.toFixed(2)}  repair/low-confidence\n`);
    }
  }
  process.stderr.write(`${name}: ${result.changed} of ${result.tokens.length} words changed, ${result.lowConfidence.length} low-confidence\n`);
}

/** Restore one input's bytes; a problem is returned as the one line to print. */
function restoreBytes(bytes: Uint8Array, shownAs: string, opts: RestoreCliOptions, file: string | null): { out: string; result: RestoreResult } | { problem: string } {
  // restore reads text: a PDF, an image or other binary data gets a one-line error, not garbage
  const kind = detectKind(bytes);
  const utf16 = kind === 'binary' ? decodeUtf16(bytes) : null; // Notepad's "Unicode", with its byte-order mark
  const problem = utf16 === null ? notText(kind, shownAs, bytes) : null;
  if (problem) return { problem };
  let text = utf16 ?? decodeLegacyBytes(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const result = defaultRestorer().restoreText(text);
  return { out: render(text, result, opts, file), result };
}

async function runOne(input: string, opts: RestoreCliOptions): Promise<number> {
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
  const name = source.path ?? '<stdin>';
  const done = restoreBytes(source.bytes, source.path ?? '-', opts, source.path);
  if ('problem' in done) {
    process.stderr.write(`tthc-parse: ${name}: ${done.problem}\n`);
    return 2;
  }
  if (opts.output) {
    try {
      await writeFileAtomic(resolve(opts.output), done.out);
    } catch (error) {
      process.stderr.write(`tthc-parse: cannot write ${opts.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      return 2;
    }
  } else process.stdout.write(done.out);
  reportStats(done.result, opts, name);
  return 0;
}

/** Several inputs, folders or globs: one output each under --out-dir; failures are reported and skipped. */
async function runMany(inputs: string[], opts: RestoreCliOptions & { outDir: string }): Promise<number> {
  // the batch modules load only for a batch (restoring one text stays a light start)
  const [{ expandInputs }, { assignOutputs }, { probeWritable }] = await Promise.all([import('../engine/inputs.js'), import('../engine/outputs.js'), import('../engine/atomicWrite.js')]);
  const outDir = resolve(opts.outDir);
  const unwritable = await probeWritable(outDir);
  if (unwritable) {
    process.stderr.write(`tthc-parse: ${unwritable}\n`);
    return 2;
  }
  const cwd = process.cwd();
  const expanded = await expandInputs(inputs, { cwd, exclude: [outDir] });
  const named = new Set(inputs.map((i) => resolve(cwd, i)));
  let failed = expanded.missing.length;
  for (const m of expanded.missing) process.stderr.write(`tthc-parse: ${m.path}: ${m.reason}\n`);
  const slots = assignOutputs(expanded.items, outDir, opts.json ? '.json' : '.txt');
  let restored = 0;
  let skipped = expanded.skipped.length;
  for (let i = 0; i < expanded.items.length; i++) {
    const item: InputItem = expanded.items[i]!;
    const slot = slots[i]!;
    if (!slot.ok) {
      process.stderr.write(`tthc-parse: ${item.path}: ${slot.reason}\n`);
      failed++;
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = (await readInput(item.stdin ? '-' : item.abs!)).bytes;
    } catch (error) {
      if (!(error instanceof CliInputError)) throw error;
      process.stderr.write(`tthc-parse: ${item.path}: ${error.message.replace(/^.*?: /, '')}\n`);
      failed++;
      continue;
    }
    // a PDF or an image found in a folder or by a glob is not restore's to read: skipped quietly
    // (a damaged file named like text is not: it gets its error)
    if (!item.stdin && !named.has(item.abs!) && isPdfOrImage(detectKind(bytes))) {
      skipped++;
      continue;
    }
    const done = restoreBytes(bytes, item.path, opts, item.stdin ? null : item.path);
    if ('problem' in done) {
      process.stderr.write(`tthc-parse: ${item.path}: ${done.problem}\n`);
      failed++;
      continue;
    }
    try {
      await writeFileAtomic(slot.out, done.out);
    } catch (error) {
      process.stderr.write(`tthc-parse: ${item.path}: cannot write ${slot.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      failed++;
      continue;
    }
    reportStats(done.result, opts, item.path);
    restored++;
  }
  process.stderr.write(`${restored} restored, ${failed} failed${skipped ? `, ${skipped} skipped (PDFs, images, other formats)` : ''}\n`);
  return failed ? 1 : 0;
}

async function runRestore(inputs: string[], opts: RestoreCliOptions): Promise<number> {
  const usage = (message: string) => {
    process.stderr.write(`tthc-parse: ${message}\n(run tthc-parse restore --help for usage)\n`);
    return 2;
  };
  if (inputs.length === 0) inputs = ['-'];
  if (opts.output && opts.outDir) return usage('give --output (one file) or --out-dir (many), not both');
  if (opts.diff && (opts.output || opts.outDir || opts.json)) return usage('--diff prints to stdout; it does not go with --output, --out-dir or --json');
  if (opts.outDir) return runMany(inputs, { ...opts, outDir: opts.outDir });
  if (inputs.length > 1) return usage('several inputs: give --out-dir DIR to write one restored file each');
  const only = inputs[0]!;
  if (only !== '-') {
    const info = await stat(only).catch(() => null);
    if (info?.isDirectory()) return usage(`${only}: is a directory; give --out-dir DIR to restore every text file in it`);
    if (!info && /[*?[\]{}]/.test(only)) return usage(`${only}: is a pattern; give --out-dir DIR to restore every match`);
  }
  return runOne(only, opts);
}

export function registerRestore(program: Command, setExit: (code: number) => void): void {
  program
    .command('restore')
    .description('restore Vietnamese text (marks, OCR damage, legacy encodings) and print it line for line')
    .argument('[inputs...]', 'text files, folders or globs to restore, or - for standard input (default: -)')
    .option('-o, --output <file>', 'write the restored text to a file instead of stdout (one input)')
    .option('--out-dir <dir>', 'write one restored file per input (same name, .txt; .json with --json), mirroring its path; in folders and globs only text files are taken')
    .option('--diff', 'print only the lines that changed, before and after')
    .option('--stats', 'print on stderr each word restored with low confidence (file:line:column) and a count of changed words')
    .option('--json', 'print a JSON report instead of the text: the restored text, every change and every low-confidence word with its line and column')
    .action(async (inputs: string[], opts: RestoreCliOptions) => setExit(await runRestore(inputs, opts)));
}
