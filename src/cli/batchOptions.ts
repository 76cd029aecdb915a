/** Options shared by `parse` (many inputs) and `check`: isolation limits and PDF options. */
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';

export function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive whole number, got "${value}"`);
    return n;
  };
}

/** --max-warnings: a count, or -1 for no limit */
export function warningLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new InvalidArgumentError(`--max-warnings must be a whole number (-1: no limit), got "${value}"`);
  return n;
}

export function year(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1945 || n > 2200) throw new InvalidArgumentError(`--year must be a year, got "${value}"`);
  return n;
}

export interface IsolationCliOptions {
  jobs: number;
  timeout: number;
  maxMemory: number;
  password?: string;
  maxPages?: number;
}

export function addIsolationOptions(command: Command): Command {
  return command
    .addOption(new Option('-j, --jobs <n>', 'files processed at once; with one input, OCR workers for its scanned pages').argParser(positiveInt('--jobs')).default(Math.max(1, Math.min(4, availableParallelism()))))
    .addOption(new Option('--timeout <seconds>', 'give up on a file after this long').argParser(positiveInt('--timeout')).default(300))
    .addOption(new Option('--max-memory <MB>', 'heap limit of each worker process').argParser(positiveInt('--max-memory')).default(2048))
    .option('--password <password>', 'password of encrypted PDFs')
    .addOption(new Option('--max-pages <n>', 'refuse PDFs with more pages than this').argParser(positiveInt('--max-pages')).default(1000));
}
