import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../src/schema/plan.js';
import { ROOT, runCli } from './helpers.js';

describe('plan schema', () => {
  it('schemas/plan.schema.json is generated from the zod schema and not stale', () => {
    const committed = JSON.parse(readFileSync(`${ROOT}/schemas/plan.schema.json`, 'utf8'));
    expect(committed, 'run `npm run schema` and commit the result').toEqual(planJsonSchema());
  });

  it('`tthc-parse schema` prints the same schema', () => {
    const run = runCli(['schema']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(planJsonSchema());
  });
});
