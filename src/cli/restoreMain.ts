/**
 * A light entry for `tthc-parse restore …`: the launcher (bin/tthc-parse) comes here when the
 * first argument is `restore`, so restoring text loads commander and the repair modules only —
 * not the PDF, OCR, schema and batch modules the full CLI (main.ts) imports (≈0.4 s of start-up).
 * Same exit codes and error handling as main.ts (runProgram.ts).
 */
import { Command } from 'commander';
import { registerRestore } from './restoreCommand.js';
import { runProgram } from './runProgram.js';

export function main(argv: string[]): Promise<number> {
  return runProgram((setExit) => {
    const program = new Command('tthc-parse')
      .exitOverride()
      .configureOutput({ outputError: (str, write) => write(str) })
      .showHelpAfterError('(run tthc-parse restore --help for usage)');
    registerRestore(program, setExit);
    return program;
  }, argv);
}
