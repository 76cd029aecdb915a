/**
 * Estimate the OCR channel from data: hand-corrected seed lines (data/restore-eval/channel-lines.tsv,
 * disjoint from the evaluation lines) are aligned piece by piece; for every damaged piece the
 * cheapest rule derivation that reaches the true syllable's letters is counted, and each rule's
 * probability is (times used + k·prior) / (times it could apply + k). Pieces no rule explains
 * give the rate of generic one-letter edits. Writes src/repair/channelStats.ts.
 *
 * Usage: node dist/scripts/restore/estimate-channel.js [--write]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { applicable, ocrVariants } from '../../src/repair/candidates.js';
import { PRIOR_RULES, ruleKey } from '../../src/repair/ocrRules.js';
import { foldSyllable, isValidSyllable } from '../../src/repair/syllable.js';
import { piecesOf } from '../../src/repair/tokens.js';

const K = 4;
const rows = readFileSync('data/restore-eval/channel-lines.tsv', 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t'));
const used = new Array<number>(PRIOR_RULES.length).fill(0);
const opportunities = new Array<number>(PRIOR_RULES.length).fill(0);
let pairs = 0;
let damaged = 0;
let unexplained = 0;
let letters = 0;
for (const [, obsLine, truthLine] of rows) {
  const a = piecesOf(obsLine);
  const b = piecesOf(truthLine);
  if (a.length !== b.length) continue;
  a.forEach((p, i) => {
    const truth = b[i].text;
    if (!isValidSyllable(truth)) return;
    pairs++;
    const obs = p.text.toLowerCase();
    const firstUpper = /^\p{Lu}/u.test(p.text);
    letters += obs.length;
    for (let j = 0; j < obs.length; j++) PRIOR_RULES.forEach((r, ri) => applicable(r, obs, j, firstUpper) && opportunities[ri]++);
    const target = foldSyllable(truth);
    if (foldSyllable(obs) === target) {
      // only marks lost or changed: identity-like rules (é → e) were the ones that applied
      for (let j = 0; j < obs.length; j++) {
        PRIOR_RULES.forEach((r, ri) => {
          if (foldSyllable(r.from) === r.to && applicable(r, obs, j, firstUpper)) used[ri]++;
        });
      }
      return;
    }
    damaged++;
    const hit = ocrVariants(obs, firstUpper, PRIOR_RULES, 400).find((v) => v.text === target);
    if (!hit) {
      unexplained++;
      return;
    }
    for (const ri of hit.rules) used[ri]++;
  });
}
const rules: Record<string, number> = {};
PRIOR_RULES.forEach((r, ri) => {
  const prior = 10 ** -r.cost;
  const p = (used[ri] + K * prior) / (opportunities[ri] + K);
  rules[ruleKey(r)] = Math.round(-Math.log10(Math.min(0.95, p)) * 100) / 100;
  console.log(`${ruleKey(r).padEnd(14)} used ${String(used[ri]).padStart(4)} of ${String(opportunities[ri]).padStart(5)}  prior ${r.cost.toFixed(2)} → ${rules[ruleKey(r)].toFixed(2)}`);
});
// generic edits: one per unexplained damaged piece (at least), against the prior's per-letter rate
const editRate = (unexplained + 1) / (letters + 2);
const editScale = Math.round((-Math.log10(editRate) / 1.4) * 100) / 100;
console.log(`${pairs} aligned syllables, ${damaged} damaged beyond marks, ${unexplained} not explained by a rule; edit rate ${editRate.toFixed(4)} per letter → scale ${editScale}`);
if (process.argv.includes('--write')) {
  writeFileSync(
    'src/repair/channelStats.ts',
    `/** Channel estimates written by scripts/restore/estimate-channel.ts from ${rows.length} hand-corrected seed lines (${pairs} syllables). */\n` +
      `export const CHANNEL_STATS = ${JSON.stringify({ rules, editScale, source: 'data/restore-eval/channel-lines.tsv' }, null, 2)};\n`,
  );
  console.log('wrote src/repair/channelStats.ts');
}
