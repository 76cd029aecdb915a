/**
 * Expand command-line inputs (files, directories, globs, `-`) into the list of files to
 * process, each with the path relative to its input root (used to mirror it in --out-dir).
 */
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { candidacy } from './candidate.js';
import { nonFileKind, notAFile } from '../core/fileKind.js';

export interface InputItem {
  /** the path as shown to the user (relative to cwd when given so), or '<stdin>' */
  path: string;
  /** absolute path, null for stdin */
  abs: string | null;
  /** path relative to the input root: the output mirrors it */
  rel: string;
  stdin: boolean;
}

export interface SkippedInput {
  path: string;
  reason: string;
}

/** an argument that names nothing: reported as a failed record */
export interface MissingInput {
  path: string;
  reason: string;
}

export interface ExpandOptions {
  cwd: string;
  /** absolute folders never entered (the output folder) */
  exclude?: string[];
  /** also take .json/.yaml files (parsed plans, for `check`) */
  acceptPlanData?: boolean;
}

export interface Expanded {
  items: InputItem[];
  skipped: SkippedInput[];
  missing: MissingInput[];
}

const SKIP_DIRS = new Set(['node_modules']);

const HEAD_BYTES = 64 * 1024;

async function readHead(path: string): Promise<Uint8Array | null> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return null; // unreadable: take it, so that it gets an error record naming it
  } finally {
    await handle?.close();
  }
}

async function walk(dir: string, exclude: Set<string>, out: string[], skipped: SkippedInput[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name) || exclude.has(full)) continue;
      await walk(full, exclude, out, skipped);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      // symlinks to folders are not followed (no loops); symlinks to files are read
      if (entry.isSymbolicLink()) {
        const info = await stat(full).catch((error: NodeJS.ErrnoException) => error);
        if (info instanceof Error) {
          // a link to nothing, or a loop of links: said, not passed over in silence
          skipped.push({ path: full, reason: info.code === 'ELOOP' ? 'a loop of symbolic links' : 'a symbolic link to nothing' });
          continue;
        }
        if (!info.isFile()) continue;
      }
      out.push(full);
    } else {
      // a named pipe in the folder would be waited on for ever
      skipped.push({ path: full, reason: `${nonFileKind(entry)}, not a file` });
    }
  }
}

/** The folder part of a glob before its first dynamic segment: matches are relative to it. */
function globBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const part of parts) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  if (fixed.length === parts.length) fixed.pop();
  return fixed.join('/') || '.';
}

function shown(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

export async function expandInputs(args: string[], options: ExpandOptions): Promise<Expanded> {
  const { cwd } = options;
  const exclude = new Set((options.exclude ?? []).map((p) => resolve(cwd, p)));
  const items: InputItem[] = [];
  const skipped: SkippedInput[] = [];
  const missing: MissingInput[] = [];
  const seen = new Set<string>();

  const add = async (abs: string, rel: string, filter: boolean): Promise<void> => {
    const real = await realpath(abs).catch(() => abs);
    if (seen.has(real)) return;
    if (filter) {
      const head = await readHead(abs);
      if (head) {
        const c = candidacy(abs, head, options.acceptPlanData);
        if (!c.take) {
          skipped.push({ path: shown(cwd, abs), reason: c.reason });
          return;
        }
      }
    }
    seen.add(real);
    items.push({ path: shown(cwd, abs), abs, rel, stdin: false });
  };

  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has('-')) items.push({ path: '<stdin>', abs: null, rel: 'stdin', stdin: true });
      seen.add('-');
      continue;
    }
    const abs = resolve(cwd, arg);
    const info = await stat(abs).catch((error: NodeJS.ErrnoException) => error);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        const files: string[] = [];
        const notFiles: SkippedInput[] = [];
        await walk(abs, exclude, files, notFiles);
        for (const file of files) await add(file, relative(abs, file), true);
        for (const o of notFiles) skipped.push({ path: shown(cwd, o.path), reason: o.reason });
        continue;
      }
      const odd = notAFile(arg, info);
      if (odd) missing.push({ path: arg, reason: `not a file but ${odd}; give - and redirect it to read a stream` });
      else await add(abs, basename(abs), false); // named explicitly: always processed
      continue;
    }
    if (isDynamicPattern(arg)) {
      const base = resolve(cwd, globBase(arg));
      const matches = (await glob(arg, { cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**'] })).sort();
      let taken = 0;
      for (const file of matches) {
        const inExcluded = [...exclude].some((dir) => file === dir || file.startsWith(dir + sep));
        if (inExcluded) continue;
        taken++;
        await add(file, relative(base, file), true);
      }
      if (taken === 0) missing.push({ path: arg, reason: 'no file matches this pattern' });
      continue;
    }
    const code = info.code;
    missing.push({
      path: arg,
      reason: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})`,
    });
  }
  return { items, skipped, missing };
}

