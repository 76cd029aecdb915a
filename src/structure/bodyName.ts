/**
 * Names of issuing bodies in normal case: abbreviations expanded ("UBND" → "Ủy ban nhân dân"),
 * known words restored from the vocabulary ("THI TRAN" → "thị trấn", "SO KE HOACH VA DAU TU" →
 * "Sở Kế hoạch và Đầu tư"), place names after a unit word in Title Case ("CHỢ VÀM" → "Chợ Vàm").
 */
import { fold } from '../core/text.js';
import { EXPANSIONS, CODES } from '../vocab/abbreviations.js';
import { BODY_HEADS, KNOWN_BODIES, UNIT_WORDS } from '../vocab/structureKeywords.js';
import { matchPhraseAt, tokenize, type Token } from './fuzzy.js';

type Kind = 'known' | 'head' | 'unit';
const PHRASES: { text: string; kind: Kind; words: number }[] = [
  ...KNOWN_BODIES.map((text) => ({ text, kind: 'known' as const })),
  ...BODY_HEADS.map((text) => ({ text, kind: 'head' as const })),
  ...UNIT_WORDS.map((text) => ({ text, kind: 'unit' as const })),
]
  .map((p) => ({ ...p, words: p.text.split(/\s+/).length }))
  .sort((a, b) => b.words - a.words || b.text.length - a.text.length);

const EXPANSION_BY_KEY = new Map(Object.entries(EXPANSIONS).map(([k, v]) => [fold(k), v]));
const CODE_BY_KEY = new Map(CODES.map((c) => [fold(c), c]));

const lower = (w: string) => w.toLocaleLowerCase('vi');
const capital = (w: string) => lower(w).replace(/^\p{L}/u, (c) => c.toLocaleUpperCase('vi'));

/** The canonical spelling of a code ("QD" → "QĐ", "hdnd" → "HĐND"), or null when it is not one we know. */
export function canonicalCode(word: string): string | null {
  return CODE_BY_KEY.get(fold(word)) ?? null;
}

function expand(text: string): string {
  return text
    .split(/\s+/)
    .map((w) => {
      const bare = w.replace(/[.,;:]+$/u, '');
      return EXPANSION_BY_KEY.get(fold(bare)) ?? w;
    })
    .join(' ');
}

/** One body's name in normal case. */
export function normalizeBodyName(raw: string): string | null {
  const text = expand(raw.replace(/[\s.,;:_-]+$/u, '').replace(/^[\s.,;:_-]+/u, ''));
  const tokens = tokenize(text).filter((t) => t.key !== '');
  if (!tokens.length) return null;
  const out: string[] = [];
  let mode: 'start' | 'afterHead' | 'place' | 'name' = 'start';
  // unit words start a place name only at the start or right after a body's name ("UBND TỈNH …"),
  // so "Phòng Văn hóa - Xã hội" keeps its "Xã"
  let unitAllowed = true;
  for (let i = 0; i < tokens.length; ) {
    const hit: PhraseHit | null = mode === 'place' ? null : phraseAt(tokens, i, mode, unitAllowed);
    unitAllowed = hit !== null && hit.phrase.kind !== 'unit';
    if (hit) {
      out.push(hit.phrase.kind === 'unit' ? lower(hit.phrase.text) : hit.phrase.text);
      mode = hit.phrase.kind === 'unit' ? 'place' : hit.phrase.kind === 'head' ? 'afterHead' : 'name';
      i = hit.to;
      continue;
    }
    const word = tokens[i]!.text.replace(/^[("']+|[)"',;]+$/gu, '');
    const code = canonicalCode(word);
    if (code && word === word.toUpperCase()) out.push(code);
    else if (mode === 'place' || mode === 'start') out.push(capital(word));
    else if (mode === 'afterHead') out.push(capital(word));
    else out.push(lower(word));
    if (mode === 'afterHead' || mode === 'start') mode = 'name';
    i++;
  }
  const name = out.join(' ').replace(/\s+/g, ' ').trim();
  return name ? name.charAt(0).toLocaleUpperCase('vi') + name.slice(1) : null;
}

interface PhraseHit {
  phrase: (typeof PHRASES)[number];
  to: number;
}

function phraseAt(tokens: Token[], i: number, mode: string, unitAllowed: boolean): PhraseHit | null {
  for (const phrase of PHRASES) {
    if (phrase.kind === 'unit' && !unitAllowed) continue;
    if (phrase.kind === 'head' && mode !== 'start') continue;
    const m = matchPhraseAt(tokens, i, phrase.text, { maxRatio: 0.2 });
    if (m && m.from === i) return { phrase, to: m.to };
  }
  return null;
}

/** Does the text start with the name of a body ("UBND …", "SỞ …", "ỦY BAN NHÂN DÂN")? */
export function startsWithBodyHead(text: string): boolean {
  const tokens = tokenize(expand(text)).filter((t) => t.key !== '');
  return BODY_HEADS.some((h) => matchPhraseAt(tokens, 0, h, { maxRatio: 0.2 })?.from === 0);
}

/** Does the text start with an administrative unit word ("THỊ TRẤN …", "HUYỆN …")? */
export function startsWithUnit(text: string): boolean {
  const tokens = tokenize(text).filter((t) => t.key !== '');
  return UNIT_WORDS.some((u) => matchPhraseAt(tokens, 0, u, { maxRatio: 0.2 })?.from === 0);
}

/**
 * Split the lines of an issuer block into bodies: a line that starts with a body head word opens
 * a new body, any other line continues the current one ("ỦY BAN NHÂN DÂN" / "THỊ TRẤN CHỢ VÀM").
 */
export function splitBodies(lines: string[]): string[] {
  const bodies: string[] = [];
  for (const line of lines) {
    if (!bodies.length || startsWithBodyHead(line)) bodies.push(line);
    else bodies[bodies.length - 1] += ` ${line}`;
  }
  return bodies;
}
