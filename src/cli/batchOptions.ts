/** Options shared by `parse` (many inputs) and `check`: isolation limits and PDF options. */
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';

export const USAGE = 2;

export function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new CommanderError(USAGE, 'tthc-parse.badNumber', `${name} must be a positive whole number, got "${value}"`);
    return n;
  };
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
    .addOption(new Option('-j, --jobs <n>', 'files processed at once').argParser(positiveInt('--jobs')).default(Math.max(1, Math.min(4, availableParallelism()))))
    .addOption(new Option('--timeout <seconds>', 'give up on a file after this long').argParser(positiveInt('--timeout')).default(300))
    .addOption(new Option('--max-memory <MB>', 'heap limit of each worker process').argParser(positiveInt('--max-memory')).default(2048))
    .option('--password <password>', 'password of encrypted PDFs')
    .addOption(new Option('--max-pages <n>', 'refuse PDFs with more pages than this').argParser(positiveInt('--max-pages')).default(1000));
}
