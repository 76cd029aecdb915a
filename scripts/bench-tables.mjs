#!/usr/bin/env node
/**
 * Tables stage on the seeds: rows and groups found against hand counts (read off the seed
 * texts by a person; see the notes). Run after `npm run build`: node scripts/bench-tables.mjs
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../dist/src/index.js';

const SEEDS = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));

// hand counts: task rows (incl. heading rows), indicator rows, groups
const HAND = {
  '000': { tasks: 87, indicators: 21, groups: 10, note: 'I 8, II 10, III 19, IV 12, V 12, VI 4, VII 1, VIII 9, X 12; IX = indicator table' },
  '001': { tasks: 28, indicators: 15, groups: 12, note: 'tab-separated' },
  '002': { tasks: 28, indicators: 0, groups: 2, note: 'activity rows (Hoạt động): I 6, II 22; the Stt column numbers objectives' },
  '003': { tasks: 31, indicators: 0, groups: 9, note: 'I 4, II 9, III 3, IV 3, V 4, VI 2, VII 2, VIII 3, IX 1' },
  '004': { tasks: 9, indicators: 0, groups: 0, note: 'no groups' },
};

const rows = [];
for (const name of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
  const key = name.slice(0, 3);
  const started = performance.now();
  const r = await parsePlan({ bytes: readFileSync(SEEDS + name), path: name });
  const ms = performance.now() - started;
  const t = r.file.tables;
  const groups = new Set([...t.tasks, ...t.indicators].map((x) => x.group?.number).filter(Boolean));
  const hand = HAND[key];
  rows.push({
    seed: key,
    layout: [...new Set(t.tables.map((x) => x.layout))].join('+'),
    tasks: `${t.tasks.length}/${hand?.tasks ?? '?'}`,
    indicators: `${t.indicators.length}/${hand?.indicators ?? '?'}`,
    groups: `${groups.size}/${hand?.groups ?? '?'}`,
    unnumbered: t.tasks.filter((x) => x.stt == null).length,
    repairedNumbers: r.diagnostics.filter((d) => d.ruleId === 'table/number-repaired').length,
    'tables ms': Math.round(r.file.timings.tables ?? 0),
    'total ms': Math.round(ms),
  });
}
console.log('found/in document (hand count)');
console.table(rows);
