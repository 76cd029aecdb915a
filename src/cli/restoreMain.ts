/**
 * A light entry for `tthc-parse restore …`: the launcher (bin/tthc-parse) comes here when the
 * first argument is `restore`, so restoring text loads commander and the repair modules only —
 * not the PDF, OCR, schema and batch modules the full CLI (main.ts) imports (≈0.4 s of start-up).
 * Same exit codes and error handling as main.ts.
 */
import { Command, CommanderError } from 'commander';
import { registerRestore } from './restoreCommand.js';

const EXIT = { ok: 0, usage: 2 } as const;

function crashed(error: unknown): never {
  process.stderr.write(`tthc-parse: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(EXIT.usage);
}

export async function main(argv: string[]): Promise<number> {
  process.on('uncaughtException', crashed);
  process.on('unhandledRejection', crashed);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    crashed(error);
  });
  let code: number = EXIT.ok;
  const program = new Command('tthc-parse')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) })
    .showHelpAfterError('(run tthc-parse restore --help for usage)');
  registerRestore(program, (c) => (code = c));
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    process.stderr.write(`tthc-parse: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
  return code;
}
