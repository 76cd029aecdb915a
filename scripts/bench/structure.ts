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
import { levenshtein } from '../../src/structure/fuzzy.js';
import { parsePlan } from '../../src/pipeline/parsePlan.js';

const dir = process.argv[2] ?? fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const FIELDS = ['type', 'typeCode', 'number', 'issuer', 'parentIssuer', 'place', 'issuedDate', 'year', 'title', 'signer.position', 'signer.name', 'recipients', 'wrapper'] as const;

function get(o: Record<string, unknown> | undefined, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);
}
const foldJson = (v: unknown) => fold(JSON.stringify(v ?? null));

/** A hand-checked value, or { "$similar": text, "min": 0.9 } for text the input itself damaged. */
interface Similar {
  $similar: string;
  min?: number;
}
const isSimilar = (v: unknown): v is Similar => v !== null && typeof v === 'object' && '$similar' in v;
/** Replace every { $similar } by its text: the truth as the document means it. */
function plain(v: unknown): unknown {
  if (isSimilar(v)) return v.$similar;
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}
/** Character similarity 1 - edit distance / length, as the fixture loop measures it. */
function similarity(a: string, b: string): number {
  return a === b ? 1 : 1 - levenshtein(a.toLowerCase(), b.toLowerCase()) / Math.max(a.length, b.length, 1);
}
function similarEnough(actual: unknown, expected: unknown): boolean {
  if (isSimilar(expected)) return typeof actual === 'string' && similarity(actual, expected.$similar) >= (expected.min ?? 0.9);
  return JSON.stringify(actual ?? null) === JSON.stringify(plain(expected));
}

const totals = new Map<string, { exact: number; folded: number; similar: number; n: number }>(FIELDS.map((f) => [f, { exact: 0, folded: 0, similar: 0, n: 0 }]));
const table: string[][] = [['case', 'exact', 'marks ignored', 'similar as the fixture allows', 'wrong (marks ignored)']];
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
  let similar = 0;
  let n = 0;
  const wrong: string[] = [];
  for (const field of FIELDS) {
    const given = get(want, field);
    if (given === undefined) continue; // not checked by hand for this case
    const expected = plain(given);
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
    if (similarEnough(actual, given)) {
      t.similar++;
      similar++;
    }
  }
  table.push([name, `${exact}/${n}`, `${folded}/${n}`, `${similar}/${n}`, wrong.join(', ') || '-']);
}
table.push(['', '', '', '', '']);
table.push(['field', 'exact', 'marks ignored', 'similar as the fixture allows', '']);
for (const [field, t] of totals) if (t.n) table.push([field, `${t.exact}/${t.n}`, `${t.folded}/${t.n}`, `${t.similar}/${t.n}`, '']);
const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
for (const r of table) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd());
