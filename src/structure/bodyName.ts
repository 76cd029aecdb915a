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

interface NameToken extends Token {
  /** written out from an abbreviation: keep its spelling */
  verbatim: boolean;
}

/** Words of a name with abbreviations written out ("SỞ KH&ĐT" → "SỞ", "Kế", "hoạch", "và", "Đầu", "tư"). */
function nameTokens(text: string): NameToken[] {
  const out: NameToken[] = [];
  for (const t of tokenize(text)) {
    if (t.key === '' && !/^[-–]$/.test(t.text)) continue;
    const expansion = EXPANSION_BY_KEY.get(fold(t.text.replace(/[.,;:]+$/u, '')));
    if (!expansion) {
      out.push({ ...t, verbatim: false });
      continue;
    }
    for (const e of tokenize(expansion)) out.push({ ...e, start: t.start, end: t.end, verbatim: true });
  }
  return out;
}

/** One body's name in normal case. */
export function normalizeBodyName(raw: string): string | null {
  const tokens = nameTokens(raw.replace(/[\s.,;:_-]+$/u, '').replace(/^[\s.,;:_-]+/u, ''));
  if (!tokens.length) return null;
  const out: string[] = [];
  let mode: 'start' | 'afterHead' | 'place' | 'name' = 'start';
  // unit words start a place name only at the start or right after a body's name ("UBND TỈNH …"),
  // so "Phòng Văn hóa - Xã hội" keeps its "Xã"
  let unitAllowed = true;
  let afterDash = false;
  for (let i = 0; i < tokens.length; ) {
    const hit: PhraseHit | null = mode === 'place' ? null : phraseAt(tokens, i, mode, unitAllowed);
    unitAllowed = hit !== null && hit.phrase.kind !== 'unit';
    if (hit) {
      out.push(hit.phrase.kind === 'unit' ? lower(hit.phrase.text) : hit.phrase.text);
      mode = hit.phrase.kind === 'unit' ? 'place' : hit.phrase.kind === 'head' ? 'afterHead' : 'name';
      i = hit.to;
      continue;
    }
    const token = tokens[i]!;
    const word = token.text.replace(/^[("']+|[)"',;]+$/gu, '');
    const code = canonicalCode(word);
    if (token.verbatim || token.key === '') out.push(word);
    else if (code && word === word.toUpperCase()) out.push(code);
    // a place name is in Title Case; a body's own name capitalises its first word and the word after a dash
    else if (mode === 'place' || mode === 'start' || mode === 'afterHead' || afterDash) out.push(capital(word));
    else out.push(lower(word));
    afterDash = token.key === '';
    if (!afterDash && (mode === 'afterHead' || mode === 'start')) mode = 'name';
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
  let best: (PhraseHit & { distance: number }) | null = null;
  for (const phrase of PHRASES) {
    if (phrase.kind === 'unit' && !unitAllowed) continue;
    if (phrase.kind === 'head' && mode !== 'start') continue;
    const m = matchPhraseAt(tokens, i, phrase.text, { maxRatio: 0.2 });
    // short unit words must match exactly: "CÁC KHU" is not "đặc khu"
    if (m && phrase.kind === 'unit' && m.distance > 0 && phrase.text.replace(/\s/g, '').length < 7) continue;
    // the phrase covering most words wins; among equals the closest ("PHÒNG" is Phòng, not phường)
    if (m && m.from === i && (!best || m.to > best.to || (m.to === best.to && m.distance < best.distance))) {
      best = { phrase, to: m.to, distance: m.distance };
    }
  }
  return best;
}

/** Does the text start with the name of a body ("UBND …", "SỞ …", "ỦY BAN NHÂN DÂN")? */
export function startsWithBodyHead(text: string): boolean {
  const tokens = nameTokens(text);
  // a unit word written in full is not a damaged head word ("PHƯỜNG …" is not "Phòng")
  if (UNIT_WORDS.some((u) => matchPhraseAt(tokens, 0, u, { maxRatio: 0 })?.from === 0)) return false;
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
  lines.forEach((line, k) => {
    // a head word may wrap ("UỶ BAN NHÂN" / "DÂN"): test the line with the start of the next
    if (!bodies.length || startsWithBodyHead(`${line} ${lines[k + 1] ?? ''}`)) bodies.push(line);
    else bodies[bodies.length - 1] += ` ${line}`;
  });
  return bodies;
}
