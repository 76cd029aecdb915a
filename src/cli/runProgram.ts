/**
 * Running a commander program as the tool's process: a crash of the tool itself exits 2, never
 * 1 (1 means: problems found in the plans); a reader that stops early (`| head`) is not a crash;
 * help and version exit 0, every other commander error is a usage error (2). Shared by the full
 * CLI (main.ts) and the light `restore` entry (restoreMain.ts); imports nothing heavy.
 */
import { CommanderError, type Command } from 'commander';

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

function crashed(error: unknown): never {
  process.stderr.write(`tthc-parse: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(EXIT.usage);
}

/** Parse `argv` with a program built around `setExit`; resolves to the process exit code. */
export async function runProgram(build: (setExit: (code: number) => void) => Command, argv: string[]): Promise<number> {
  process.on('uncaughtException', crashed);
  process.on('unhandledRejection', crashed);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    crashed(error);
  });
  let code: number = EXIT.ok;
  const program = build((c) => (code = c));
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    process.stderr.write(`tthc-parse: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
  return code;
}
