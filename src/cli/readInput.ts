import { readFile, stat } from 'node:fs/promises';
import { notAFile } from '../core/fileKind.js';

export class CliInputError extends Error {}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Read one input (a path or '-' for stdin); problems become one-line CliInputErrors naming the file. */
export async function readInput(input: string): Promise<{ bytes: Uint8Array; path: string | null }> {
  if (input === '-') return { bytes: await readStdin(), path: null };
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliInputError(`${input}: no such file`);
    if (code === 'EACCES') throw new CliInputError(`${input}: permission denied`);
    throw new CliInputError(`${input}: cannot read (${code ?? 'unknown error'})`);
  }
  if (info.isDirectory()) throw new CliInputError(`${input}: is a directory, not a file`);
  const odd = notAFile(input, info);
  if (odd) throw new CliInputError(`${input}: not a file but ${odd}; give - and redirect it to read a stream`);
  try {
    return { bytes: await readFile(input), path: input };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(`${input}: cannot read (${code === 'EACCES' ? 'permission denied' : code ?? 'unknown error'})`);
  }
}
