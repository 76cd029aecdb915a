/**
 * What a Latin-script OCR engine makes of Vietnamese letters, read backwards: each rule
 * rewrites a piece of the observed token into folded letters, with a cost (−log10 p) and a
 * hint about the marks the true letter carried. The costs here are priors; `channelStats`
 * replaces them with rates estimated from hand-corrected seed lines and synthetic damage.
 */
export interface OcrRule {
  from: string;
  to: string;
  cost: number;
  /** letters the true syllable is likely to contain (any of them) */
  hint?: string;
  /** where the rule may apply */
  where?: 'initial' | 'inner' | 'any';
  /** only when the observed token is in capitals */
  caps?: boolean;
}

import { CHANNEL_STATS } from './channelStats.js';

/** Prior rules; `OCR_RULES` below carries the costs estimated from data where there are any. */
export const PRIOR_RULES: OcrRule[] = [
  { from: '6', to: 'o', cost: 0.2, hint: 'ôốồổỗộóòỏõọ' },
  { from: '0', to: 'o', cost: 0.3, hint: 'ơớờởỡợôốồổỗộ' },
  { from: '&', to: 'e', cost: 0.3, hint: 'êếềểễệ' },
  { from: '¢', to: 'e', cost: 0.3, hint: 'ệểễêế' },
  { from: '€', to: 'e', cost: 0.3, hint: 'ềếêểễệ' },
  { from: '4', to: 'a', cost: 0.5, hint: 'ấầẩẫậâ' },
  { from: '3', to: 'a', cost: 0.8, hint: 'ãạăắằẳẵặ' },
  { from: '1', to: 'l', cost: 0.4, where: 'initial' },
  { from: '1', to: 'i', cost: 0.6 },
  { from: 'w', to: 'u', cost: 0.2, hint: 'ưừứửữự' },
  { from: 'ir', to: 'u', cost: 0.3, hint: 'ưừứửữự', where: 'inner' },
  { from: 'it', to: 'u', cost: 0.6, hint: 'ưừứửữự', where: 'inner' },
  { from: 'i', to: 'a', cost: 0.8, hint: 'ăắằẳẵặ', where: 'inner' },
  { from: 'tr', to: 'u', cost: 0.5, hint: 'ưừứửữự', where: 'inner' },
  { from: 'uir', to: 'u', cost: 0.5, hint: 'ưừứửữự', where: 'inner' },
  { from: 'ui', to: 'u', cost: 0.8, hint: 'ưừứửữự', where: 'inner' },
  { from: 'ii', to: 'u', cost: 0.4, hint: 'ủùúũụư' },
  { from: 'rn', to: 'm', cost: 0.4 },
  { from: 'li', to: 'h', cost: 0.8 },
  { from: 'h', to: 'li', cost: 0.9 },
  { from: 'q', to: 'o', cost: 0.2, hint: 'ộợạọồôơ', where: 'inner' },
  { from: 'p', to: 'd', cost: 0.3, hint: 'đ', where: 'initial', caps: true },
  { from: 'é', to: 'e', cost: 0, hint: 'ếềểễệêéèẻẽẹ' },
  { from: 'é', to: 'o', cost: 0.5, hint: 'ớờởỡợơốồổỗộô' },
  { from: 'é', to: 'a', cost: 0.6, hint: 'ấầẩẫậắằẳẵặ' },
  { from: 'ó', to: 'o', cost: 0, hint: 'óốớ' },
  { from: 'd', to: 'o', cost: 0.7, hint: 'ốồổỗộớờởỡợ', where: 'inner' },
  { from: 'g', to: 'o', cost: 0.8, hint: 'ộợọ', where: 'inner' },
  { from: 'y', to: 'u', cost: 0.8, hint: 'ựụ', where: 'inner' },
];

export function ruleKey(r: OcrRule): string {
  return `${r.from}→${r.to}${r.where && r.where !== 'any' ? '@' + r.where : ''}${r.caps ? '^' : ''}`;
}

export const OCR_RULES: OcrRule[] = PRIOR_RULES.map((r) => {
  const cost = (CHANNEL_STATS.rules as Record<string, number>)[ruleKey(r)];
  return cost === undefined ? r : { ...r, cost };
});

/** Costs of one-letter edits not covered by a rule (−log10 p), by kind (priors, scaled by the estimate). */
const EDIT_PRIOR = { vowelForVowel: 1.1, otherSub: 1.5, del: 1.6, ins: 1.4 };
export const EDIT_COST = {
  vowelForVowel: EDIT_PRIOR.vowelForVowel * CHANNEL_STATS.editScale,
  otherSub: EDIT_PRIOR.otherSub * CHANNEL_STATS.editScale,
  del: EDIT_PRIOR.del * CHANNEL_STATS.editScale,
  ins: EDIT_PRIOR.ins * CHANNEL_STATS.editScale,
};
export const VOWEL_LETTERS = new Set('aeiouy');
