/**
 * npm run bench:parse — per fixture: CPU time to parse (median of runs after a warm-up), and,
 * where a hand-checked row inventory exists (fixtures/<case>/rows.json), task rows found in order
 * versus rows in the document, and groups found versus groups in the document.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../../src/pipeline/parsePlan.js';
import { alignRows, type InventoryRow } from './rowMatch.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

interface Inventory {
  groups: { number: string }[];
  tasks: InventoryRow[];
  indicators?: unknown[];
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const rows: string[][] = [['case', 'bytes', 'cpu ms (median)', 'tasks', 'indicators', 'rows found / in doc', 'groups found / in doc']];
for (const name of readdirSync(FIXTURES).sort()) {
  const dir = join(FIXTURES, name);
  const input = existsSync(join(dir, 'input.txt')) ? join(dir, 'input.txt') : null;
  if (!input) continue;
  const bytes = readFileSync(input);
  await parsePlan({ bytes, path: input }); // warm-up: module loading, model loading
  const times: number[] = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const start = cpuMs();
    result = await parsePlan({ bytes, path: input });
    times.push(cpuMs() - start);
  }
  times.sort((a, b) => a - b);
  const plan = result!.plan;
  let found = '-';
  let groups = '-';
  const invPath = join(dir, 'rows.json');
  if (existsSync(invPath) && plan) {
    const inv = JSON.parse(readFileSync(invPath, 'utf8')) as Inventory;
    found = `${alignRows(inv.tasks, plan.tasks)} / ${inv.tasks.length}`;
    const got = new Set([...plan.tasks, ...plan.indicators].map((t) => t.group?.number).filter(Boolean));
    groups = `${inv.groups.filter((g) => got.has(g.number)).length} / ${inv.groups.length}`;
  }
  rows.push([name, String(bytes.length), times[Math.floor(times.length / 2)]!.toFixed(1), String(plan?.tasks.length ?? 0), String(plan?.indicators.length ?? 0), found, groups]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
