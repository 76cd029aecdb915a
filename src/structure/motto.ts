/**
 * The national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc") sits
 * top right; OCR often glues it to the issuer column on the same line ("THI TRAN CHQ VAM Poc lap -
 * Tw do - Hanh phuc"). `cutMotto` removes it and returns what is left of the line.
 */
import { MOTTO_PHRASES } from '../vocab/structureKeywords.js';
import { findPhrase, matchPhraseAt, phraseKeys, tokenize, type Token } from './fuzzy.js';

const [REPUBLIC, MOTTO] = MOTTO_PHRASES;
const motto = phraseKeys(MOTTO); // doc lap tu do hanh phuc
const FIRST_PART = motto.slice(0, 2).join(' ');
const LAST_PARTS = motto.slice(2).join(' ');

export interface MottoCut {
  rest: string;
  found: boolean;
}

function cutRange(line: string, start: number, end: number): string {
  return `${line.slice(0, start)}  ${line.slice(end)}`.replace(/\s+$/u, '').replace(/^\s+/u, '');
}

/** "Độc lập" is often one mangled token ("13414p"): take the two words before the dash if they read as it, else one. */
function mottoStart(tokens: Token[], coreFrom: number): number | null {
  let i = coreFrom - 1;
  while (i >= 0 && tokens[i]!.key === '') i--; // the dash
  if (i < 0) return null;
  if (i >= 1 && matchPhraseAt(tokens, i - 1, FIRST_PART, { maxRatio: 0.34 })) return tokens[i - 1]!.start;
  return /\p{L}|\d/u.test(tokens[i]!.text) ? tokens[i]!.start : null;
}

export function cutMotto(line: string): MottoCut {
  let rest = line;
  let found = false;
  const republic = findPhrase(rest, REPUBLIC, { maxRatio: 0.2, loose: true });
  if (republic) {
    rest = cutRange(rest, republic.start, republic.end);
    found = true;
  }
  const tokens = tokenize(rest);
  const core = findPhrase(tokens, LAST_PARTS, { maxRatio: 0.34, loose: true });
  // the core "Tự do - Hạnh phúc" must come after a dash: that is what makes a mangled read safe to cut
  if (core && core.from > 0 && /[-–—]/.test(rest.slice(0, core.start).slice(-4))) {
    const start = mottoStart(tokens, core.from);
    if (start !== null) {
      rest = cutRange(rest, start, core.end);
      found = true;
    }
  }
  return { rest, found };
}

const MIN_WRAPPED_WORDS = 3;

/** Where a motto phrase starts at the end of the line and runs on to the next: the cut and the words left over. */
function wrappedPrefix(line: string): { start: number; leftover: string[] } | null {
  const tokens = tokenize(line);
  const lastWord = tokens.map((t) => t.key !== '').lastIndexOf(true);
  for (const phrase of MOTTO_PHRASES) {
    const keys = phraseKeys(phrase);
    for (let k = keys.length - 1; k >= MIN_WRAPPED_WORDS; k--) {
      for (let j = 0; j <= lastWord; j++) {
        const m = matchPhraseAt(tokens, j, keys.slice(0, k), { maxRatio: 0.25, loose: true });
        if (m && m.from === j && m.to - 1 === lastWord) return { start: tokens[j]!.start, leftover: keys.slice(k) };
      }
    }
  }
  return null;
}

/**
 * Cut the motto out of consecutive lines, also where it wraps onto the next line
 * ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM", as a PDF text layer gives it).
 */
export function cutMottoLines(texts: string[]): MottoCut[] {
  const out: MottoCut[] = [];
  let leftover: string[] = [];
  for (const text of texts) {
    let cut = cutMotto(text);
    if (leftover.length) {
      const tokens = tokenize(cut.rest);
      const m = matchPhraseAt(tokens, 0, leftover, { maxRatio: 0.34, loose: true });
      if (m && m.from === tokens.findIndex((t) => t.key !== '')) cut = { rest: cutRange(cut.rest, m.start, m.end), found: true };
      leftover = [];
    }
    const wrapped = wrappedPrefix(cut.rest);
    if (wrapped) {
      cut = { rest: cut.rest.slice(0, wrapped.start).trim(), found: true };
      leftover = wrapped.leftover;
    }
    out.push(cut);
  }
  return out;
}
