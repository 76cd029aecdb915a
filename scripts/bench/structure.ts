/**
 * Structure benchmark: for each fixture (fixtures/<case>/input.txt with a hand-checked `document`
 * in expected.json or rows.json), parse it and compare each document field with the truth, both
 * exactly and with marks ignored (fold), since restoring marks is the repair stage's work.
 *
 *   npm run build && node dist/scripts/bench/structure.js [fixtures-dir]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold } from '../../src/core/text.js';
import { parsePlan } from '../../src/pipeline/parsePlan.js';

const dir = process.argv[2] ?? fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const FIELDS = ['type', 'typeCode', 'number', 'issuer', 'parentIssuer', 'place', 'issuedDate', 'year', 'title', 'signer.position', 'signer.name', 'recipients', 'wrapper'] as const;

function get(o: Record<string, unknown> | undefined, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);
}
const foldJson = (v: unknown) => fold(JSON.stringify(v ?? null));

const totals = new Map<string, { exact: number; folded: number; n: number }>(FIELDS.map((f) => [f, { exact: 0, folded: 0, n: 0 }]));
const table: string[][] = [['case', 'exact', 'marks ignored', 'wrong (marks ignored)']];
for (const name of readdirSync(dir).sort()) {
  const input = join(dir, name, 'input.txt');
  const truthFile = [join(dir, name, 'expected.json'), join(dir, name, 'rows.json')].find(existsSync);
  if (!existsSync(input) || !truthFile) continue;
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, unknown>;
  if (!truth.document) continue;
  const { plan } = await parsePlan({ bytes: readFileSync(input), path: input });
  const got = { ...(plan?.document ?? {}), wrapper: plan?.wrapper ?? null } as Record<string, unknown>;
  const want = { ...(truth.document as Record<string, unknown>), wrapper: truth.wrapper } as Record<string, unknown>;
  let exact = 0;
  let folded = 0;
  let n = 0;
  const wrong: string[] = [];
  for (const field of FIELDS) {
    const expected = get(want, field);
    if (expected === undefined) continue; // not checked by hand for this case
    const actual = get(got, field);
    const t = totals.get(field)!;
    t.n++;
    n++;
    if (JSON.stringify(actual ?? null) === JSON.stringify(expected)) {
      t.exact++;
      exact++;
    }
    if (foldJson(actual) === foldJson(expected)) {
      t.folded++;
      folded++;
    } else wrong.push(field);
  }
  table.push([name, `${exact}/${n}`, `${folded}/${n}`, wrong.join(', ') || '-']);
}
table.push(['', '', '', '']);
table.push(['field', 'exact', 'marks ignored', '']);
for (const [field, t] of totals) if (t.n) table.push([field, `${t.exact}/${t.n}`, `${t.folded}/${t.n}`, '']);
const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
for (const r of table) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd());
