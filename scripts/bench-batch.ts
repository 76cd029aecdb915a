/**
 * Batch benchmark: a folder of 200 text-layer plans made by varying the seed texts
 * (../shared/seeds), parsed by the built CLI with --jobs 1 and --jobs 2; files/s, and the
 * peak memory of the main process and of the workers at 50 and at 200 files (it must stay
 * flat: plans are written and dropped, workers are recycled; a 400-file run shows the trend). An in-process loop over the
 * same files gives the cost of isolation. Run: npm run bench:batch
 */
import { fork, spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parsePlan } from '../src/pipeline/parsePlan.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/tthc-parse');
const SEEDS = process.env.TTHC_SEEDS ?? join(ROOT, '../shared/seeds');

interface Stats {
  files: number;
  failed: number;
  peakRssMb: { main: number; worker: number };
  workersStarted: number;
}

/** n plans: each seed in turn, varied (year shifted, a numbered note line) so no two are alike. */
function makeFolder(dir: string, n: number): void {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8'));
  if (seeds.length === 0) throw new Error(`no seeds in ${SEEDS}`);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const seed = seeds[i % seeds.length]!;
    const year = 2020 + (i % 7);
    const text = seed.replace(/\b20(2[0-9])\b/g, (m) => (i % 2 ? String(year) : m)) + `\nGhi chú: bản thử số ${i + 1}\n`;
    writeFileSync(join(dir, `plan-${String(i + 1).padStart(3, '0')}.txt`), text);
  }
}

function runBatch(dir: string, jobs: number): { seconds: number; stats: Stats } {
  const out = mkdtempSync(join(tmpdir(), 'tthc-bench-out-'));
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [BIN, 'parse', dir, '--out-dir', out, '--jobs', String(jobs), '-q'], {
    env: { ...process.env, TTHC_PARSE_STATS: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  rmSync(out, { recursive: true, force: true });
  const line = run.stderr.split('\n').find((l) => l.startsWith('stats '));
  if (!line) throw new Error(`no stats from the CLI (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
  return { seconds, stats: JSON.parse(line.slice(6)) as Stats };
}

async function inProcess(dir: string): Promise<number> {
  const files = readdirSync(dir).sort();
  const started = process.hrtime.bigint();
  for (const f of files) await parsePlan({ bytes: readFileSync(join(dir, f)), path: f });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const pad = (s: string | number, n: number): string => String(s).padStart(n);

/**
 * Why worker processes: what a process costs over a thread to start (to the first parsed
 * plan). Paid once per worker, and workers are reused for 100 files.
 */
async function startupCosts(base: string): Promise<{ fork: number; thread: number }> {
  const probe = join(base, 'probe.mjs');
  const lib = pathToFileURL(join(ROOT, 'dist/src/pipeline/parsePlan.js')).href;
  writeFileSync(
    probe,
    `import { parentPort } from 'node:worker_threads';\n` +
      `const m = await import(${JSON.stringify(lib)});\n` +
      `await m.parsePlan('KẾ HOẠCH\\nSố: 1/KH-UBND\\n');\n` +
      `if (parentPort) parentPort.postMessage('ok'); else { process.send('ok'); process.exit(0); }\n`,
  );
  const viaFork = async (): Promise<number> => {
    const t = performance.now();
    const child = fork(probe, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    await new Promise((r) => child.once('message', r));
    return performance.now() - t;
  };
  const viaThread = async (): Promise<number> => {
    const t = performance.now();
    const worker = new Worker(probe, { resourceLimits: { maxOldGenerationSizeMb: 512 } });
    await new Promise((r) => worker.once('message', r));
    const ms = performance.now() - t;
    await worker.terminate();
    return ms;
  };
  const forks: number[] = [];
  const threads: number[] = [];
  for (let i = 0; i < 5; i++) {
    forks.push(await viaFork());
    threads.push(await viaThread());
  }
  const median = (a: number[]): number => a.sort((x, y) => x - y)[2]!;
  return { fork: median(forks), thread: median(threads) };
}

async function main(): Promise<void> {
  const base = mkdtempSync(join(tmpdir(), 'tthc-bench-'));
  const dir50 = join(base, 'plans-50');
  const dir200 = join(base, 'plans-200');
  const dir400 = join(base, 'plans-400');
  makeFolder(dir50, 50);
  makeFolder(dir200, 200);
  makeFolder(dir400, 400);
  const bytes = readdirSync(dir200).reduce((n, f) => n + readFileSync(join(dir200, f)).length, 0);
  console.log(`bench:batch: ${200} text plans varied from ${SEEDS} (${(bytes / 1e6).toFixed(1)} MB), ${base}`);
  console.log('');
  console.log('files  jobs  seconds  files/s  peak MB (main)  peak MB (worker)  workers  failed');
  const rows: [number, number, string][] = [
    [50, 1, dir50],
    [200, 1, dir200],
    [50, 2, dir50],
    [200, 2, dir200],
    [400, 2, dir400], // memory must not grow with the folder
  ];
  for (const [n, jobs, dir] of rows) {
    const { seconds, stats } = runBatch(dir, jobs);
    console.log(
      `${pad(n, 5)}  ${pad(jobs, 4)}  ${pad(seconds.toFixed(2), 7)}  ${pad((n / seconds).toFixed(1), 7)}  ${pad(stats.peakRssMb.main, 14)}  ${pad(stats.peakRssMb.worker, 16)}  ${pad(stats.workersStarted, 7)}  ${pad(stats.failed, 6)}`,
    );
  }
  const seconds = await inProcess(dir200);
  console.log('');
  console.log(`in-process loop, no isolation: 200 files in ${seconds.toFixed(2)} s = ${(200 / seconds).toFixed(1)} files/s`);
  console.log('(wall time includes the CLI start-up and one worker start-up per job slot and per 100 files)');
  const start = await startupCosts(base);
  console.log(`worker start-up to the first parsed plan (median of 5): process ${start.fork.toFixed(0)} ms, thread ${start.thread.toFixed(0)} ms`);
  rmSync(base, { recursive: true, force: true });
}

await main();
