/**
 * Seeds with a hand-checked row inventory (fixtures/<seed>/rows.json): every group printed in
 * the document is found. Row recall is measured by `npm run bench:parse`, not asserted here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/pipeline/parsePlan.js';
import { ROOT } from './helpers.js';

const FIXTURES = join(ROOT, 'fixtures');

describe('seed groups', () => {
  for (const name of readdirSync(FIXTURES)) {
    const inventory = join(FIXTURES, name, 'rows.json');
    if (!existsSync(inventory)) continue;
    it(`${name}: every group of the document is found`, async () => {
      const inv = JSON.parse(readFileSync(inventory, 'utf8')) as { groups: { number: string }[] };
      const { plan } = await parsePlan({ bytes: readFileSync(join(FIXTURES, name, 'input.txt')) });
      const found = new Set([...plan!.tasks, ...plan!.indicators].map((r) => r.group?.number));
      expect(inv.groups.map((g) => g.number).filter((g) => !found.has(g))).toEqual([]);
    });
  }
});
