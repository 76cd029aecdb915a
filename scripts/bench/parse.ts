/**
 * npm run bench:parse — per fixture: CPU time to parse (median of runs after a warm-up), and,
 * where a hand-checked row inventory exists (fixtures/<case>/rows.json), task rows found in order
 * versus rows in the document, and groups found versus groups in the document.
 * `--rows <case>` (repeatable) also lists that case's inventory rows not found and parsed rows not
 * matched, and runs only the named cases once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../../src/pipeline/parsePlan.js';
import { alignByNumber, alignRowPairs, type InventoryRow, type ParsedRow } from './rowMatch.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const args = process.argv.slice(2);
const listed = args.flatMap((a, i) => (args[i - 1] === '--rows' ? [a] : []));
const RUNS = listed.length ? 1 : Number(process.env.BENCH_RUNS ?? 7);

interface Inventory {
  groups: { number: string }[];
  tasks: InventoryRow[];
  indicators?: unknown[];
}

const short = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').slice(0, 90);

function listUnmatched(name: string, expected: InventoryRow[], actual: ParsedRow[], pairs: [number, number][]): void {
  const usedE = new Set(pairs.map((p) => p[0]));
  const usedA = new Set(pairs.map((p) => p[1]));
  console.log(`${name}: inventory rows not found`);
  expected.forEach((t, i) => {
    if (!usedE.has(i)) console.log(`  ${t.group ?? '-'} ${t.stt ?? '-'} (line ${(t as { line?: number }).line ?? '?'})  ${short(t.content)}`);
  });
  console.log(`${name}: parsed rows not matched`);
  actual.forEach((t, j) => {
    if (!usedA.has(j)) console.log(`  #${j} ${t.group?.number ?? '-'} ${t.stt ?? '-'}  ${short(t.content)}`);
  });
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const rows: string[][] = [['case', 'bytes', 'cpu ms (median)', 'tasks', 'indicators', 'rows found / in doc', 'opening at start', 'by number only', 'groups found / in doc']];
// OCR'd text of our own plans (scripts/fixtures/ocr-text/make.sh): rows.json says its split
const OCR_TEXT = join(FIXTURES, 'ocr-text');
const cases = [
  ...readdirSync(FIXTURES).sort(),
  ...(existsSync(OCR_TEXT) ? readdirSync(OCR_TEXT).sort().map((n) => join('ocr-text', n)) : []),
];
const splitTotals = new Map<string, [number, number]>();
for (const name of cases) {
  const dir = join(FIXTURES, name);
  const input = existsSync(join(dir, 'input.txt')) ? join(dir, 'input.txt') : null;
  if (!input || (listed.length && !listed.includes(name))) continue;
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
  let numbered = '-';
  let opening = '-';
  const invPath = join(dir, 'rows.json');
  if (existsSync(invPath) && plan) {
    const inv = JSON.parse(readFileSync(invPath, 'utf8')) as Inventory;
    const pairs = alignRowPairs(inv.tasks, plan.tasks);
    found = `${pairs.length} / ${inv.tasks.length}`;
    // rows found by their group and number alone (content not compared): tells a row cut right
    // whose text OCR interleaved with other columns from a row not found at all
    numbered = `${alignByNumber(inv.tasks, plan.tasks)} / ${inv.tasks.length}`;
    // stricter: the task's opening words within the first 40 characters (not after another row's lines)
    opening = `${alignRowPairs(inv.tasks, plan.tasks, 40).length} / ${inv.tasks.length}`;
    const split = (inv as { split?: string }).split;
    if (split) {
      const t = splitTotals.get(split) ?? [0, 0];
      splitTotals.set(split, [t[0] + pairs.length, t[1] + inv.tasks.length]);
    }
    if (listed.includes(name)) listUnmatched(name, inv.tasks, plan.tasks, pairs);
    const got = new Set([...plan.tasks, ...plan.indicators].map((t) => t.group?.number).filter(Boolean));
    groups = `${inv.groups.filter((g) => got.has(g.number)).length} / ${inv.groups.length}`;
  }
  rows.push([name, String(bytes.length), times[Math.floor(times.length / 2)]!.toFixed(1), String(plan?.tasks.length ?? 0), String(plan?.indicators.length ?? 0), found, opening, numbered, groups]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
for (const [split, [f, n]] of splitTotals) console.log(`OCR'd text of our own plans, ${split} split: task rows found in order ${f} / ${n}`);
