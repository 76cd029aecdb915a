/** Write schemas/plan.schema.json from the zod schema (the single source of truth). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planJsonSchema } from '../src/schema/plan.js';

export const SCHEMA_PATH = fileURLToPath(new URL('../../schemas/plan.schema.json', import.meta.url));

writeFileSync(SCHEMA_PATH, JSON.stringify(planJsonSchema(), null, 2) + '\n');
console.log(`wrote ${SCHEMA_PATH}`);
