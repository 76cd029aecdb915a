/** Helpers for the batch tests: runs as another user, a spawned CLI, snapshots of folders. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll } from 'vitest';
import { BIN, ROOT, SEEDS, type CliRun } from '../helpers.js';

export const BROKEN = join(ROOT, 'fixtures/broken');
export const SEED_FILES = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv =>
  ({ ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...extra }) as NodeJS.ProcessEnv;

const made: string[] = [];
// each test file imports this module afresh: its folders go when the file is done
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder that any user may enter (tests may run the CLI as `nobody`); removed at exit. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o777);
  made.push(dir);
  return dir;
}

export function copySeeds(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return SEED_FILES.map((f) => {
    copyFileSync(join(SEEDS, f), join(dir, f));
    return join(dir, f);
  });
}

/** Run the CLI; as root, `asUser` drops to nobody so that file permissions bite. */
export function runCliAs(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string>; asUser?: boolean } = {}): CliRun {
  const drop = options.asUser && process.getuid?.() === 0;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: env(options.env),
    encoding: 'utf8',
    timeout: 120_000,
    ...(drop ? { uid: 65534, gid: 65534 } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function spawnCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: env(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Every file under dir with its size and mtime: to show that a run wrote nothing there. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const s = statSync(full);
        out[relative(dir, full)] = `${s.size}:${s.mtimeMs}`;
      }
    }
  };
  walk(dir);
  return out;
}

export function filesUnder(dir: string): string[] {
  return Object.keys(snapshot(dir)).sort();
}

/** The numbers in the summary line ("5 files: 2 ok, 1 with warnings, 2 failed, 3 unchanged …"). */
export function summaryCounts(stderr: string): Record<string, number> {
  const line = stderr.trim().split('\n').filter((l) => / files?: /.test(l)).pop() ?? '';
  const count = (re: RegExp): number => Number(re.exec(line)?.[1] ?? 0);
  return {
    files: count(/(\d+) files?:/),
    ok: count(/(\d+) ok/),
    warnings: count(/(\d+) with warnings/),
    failed: count(/(\d+) failed/),
    unchanged: count(/(\d+) unchanged/),
    skipped: count(/(\d+) skipped/),
  };
}
