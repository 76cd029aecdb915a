import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/pipeline/parsePlan.js';
import { seedText } from './helpers.js';

describe('structure inside the pipeline', () => {
  it.each(['000', '001', '002', '003', '004'])('seed %s gives a schema-valid plan', async (seed) => {
    const result = await parsePlan(seedText(seed));
    expect(result.fatal).toBe(false);
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('schema/') || d.ruleId.endsWith('/crash'))).toEqual([]);
    expect(result.file.structure).toBeDefined();
    for (const d of result.diagnostics.filter((x) => x.ruleId.startsWith('structure/'))) {
      expect(d.message.length).toBeGreaterThan(0);
    }
  });
});
