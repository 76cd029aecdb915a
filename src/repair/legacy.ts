/**
 * Detect and convert legacy Vietnamese encodings to NFC Unicode with one tone placement:
 * TCVN3 (ABC), VNI-Windows, VIQR, Windows-1258 and decomposed Unicode — for a whole text and
 * for runs inside it (old PDF text layers mix fonts). A word is converted only when the result
 * is a valid syllable and the original is not, and a line needs two such words of one
 * encoding (or one word with no competing reading) before anything changes.
 */
import { CP1258_HIGH, TCVN3, VNI_LETTERS, VNI_MARKS } from '../vocab/legacyEncodings.js';
import { isValidSyllable, normalizeTonePlacement } from './syllable.js';

type Converter = (word: string) => string;

const fromTcvn3: Converter = (w) => [...w].map((c) => TCVN3[c] ?? c).join('');

const fromVni: Converter = (w) => {
  let out = '';
  for (const c of w) {
    const lowerMark = VNI_MARKS[c.toLowerCase()];
    const prev = out.normalize('NFD').replace(/[\u0300-\u036f]/g, '').slice(-1);
    const shape = 'âêô'.includes(c.toLowerCase());
    if (lowerMark && /[aeiouyăâêôơư]/i.test(prev) && !(shape && !/[aeiou]/i.test(prev))) {
      const base = prev.toLowerCase();
      let mark = lowerMark;
      // â after a/e/o is the hat; ê after a is the breve; ô after o/u is the horn
      if (c.toLowerCase() === 'ê' && base !== 'a') mark = '\u0302';
      if (c.toLowerCase() === 'ô' && base !== 'o' && base !== 'u') mark = '\u0302';
      out += mark;
      continue;
    }
    out += VNI_LETTERS[c] ?? c;
  }
  return out.normalize('NFC');
};

const VIQR_TONE: Record<string, string> = { "'": '\u0301', '`': '\u0300', '?': '\u0309', '~': '\u0303', '.': '\u0323' };
const VIQR_SHAPE: Record<string, string> = { '^': '\u0302', '(': '\u0306', '+': '\u031b', '*': '\u031b' };

const fromViqr: Converter = (w) => {
  let out = w.replace(/dd/g, 'đ').replace(/DD/g, 'Đ').replace(/d-/g, 'đ').replace(/D-/g, 'Đ');
  out = out.replace(/([aeiouyAEIOUY])([\^(+*])?([`'?~.])?/g, (_m, v: string, s?: string, t?: string) => {
    let r = v;
    if (s) r += VIQR_SHAPE[s];
    if (t) r += VIQR_TONE[t];
    return r;
  });
  return out.normalize('NFC');
};

const STRONG: Record<string, RegExp> = {
  tcvn3: /[¨©ª«¬\u00ad®¡£¤¥¦§µ¶·¸¹»¼½¾ÆÇÈËÌÎÏÐÑÒÓÖ×ØÜÞßåæçîï÷þ]/,
  vni: /[a-zA-Z][ùøûõïâêôáàåãäéèúüëÙØÛÕÏÂÊÔÁÀÅÃÄÉÈÚÜË]|[ñÑöÖ]/,
  viqr: /[a-zA-Z][\^(+*]|[aeiouyAEIOUY][`~]|[aeiouyAEIOUY][\^(+*]?['?.][a-zA-Z]|dd[aeiouy]/,
};
const STRONG_ANY = Object.values(STRONG);
const CONVERTERS: Record<string, Converter> = { tcvn3: fromTcvn3, vni: fromVni, viqr: fromViqr };

function wordsOf(line: string): RegExpMatchArray[] {
  return [...line.matchAll(/[^\s,;:!"“”()[\]{}|/\\]+/g)];
}

/** The word without the punctuation around it (legacy letters such as § or µ stay in). */
function letters(w: string): string {
  return w.replace(/^["'“‘(\[]+|[.,;:!?…"'”’)\]]+$/gu, '');
}

function convertWord(word: string, conv: Converter): string | null {
  // keep sentence punctuation outside the word (VIQR uses . and ? as marks, so try both)
  const m = /^(.*?)([.?!]*)$/.exec(word)!;
  for (const [body, tail] of [[word, ''], [m[1], m[2]]] as const) {
    const out = conv(body);
    if (out !== body && isValidSyllable(letters(out)) && letters(out).length > 0) return normalizeTonePlacement(out) + tail;
  }
  return null;
}

/** Convert one line's legacy-encoded runs; untouched when no encoding has enough evidence. */
export function convertLegacyLine(line: string): string {
  let text = line.normalize('NFC');
  if (!/[^\x00-\x7f]|[\^`~]|\b[Dd]d/.test(text)) return text;
  // no word can be evidence for any encoding when the line as a whole has none of their marks
  if (!STRONG_ANY.some((re) => re.test(text))) return text;
  const words = wordsOf(text);
  let best: { enc: string; hits: Map<number, string> } | null = null;
  for (const enc of Object.keys(CONVERTERS)) {
    const hits = new Map<number, string>();
    let strong = 0;
    for (const m of words) {
      const w = m[0];
      if (!STRONG[enc].test(w)) continue;
      if (isValidSyllable(letters(w))) continue; // evidence only from words that make no sense as they are
      const out = convertWord(w, CONVERTERS[enc]);
      if (out) {
        hits.set(m.index!, out);
        strong++;
      }
    }
    if (strong >= 2 || (strong === 1 && words.length <= 2)) {
      if (!best || hits.size > best.hits.size) best = { enc, hits };
    }
  }
  if (!best) return text;
  // convert every word of the winning encoding's runs (also plain-looking ones inside a run)
  let out = '';
  let pos = 0;
  for (const m of words) {
    const at = m.index!;
    const w = m[0];
    const conv = best.hits.get(at) ?? (isValidSyllable(letters(w)) && !/[^\x00-\x7f]/.test(w) ? null : convertWord(w, CONVERTERS[best.enc]));
    out += text.slice(pos, at) + (conv ?? w);
    pos = at + w.length;
  }
  return out + text.slice(pos);
}

/** Convert a text (NFC, one tone style for words in legacy encodings; line breaks kept). */
export function convertLegacy(text: string): string {
  return text.split('\n').map(convertLegacyLine).join('\n');
}

/** Decode bytes that are not valid UTF-8: Windows-1258 or a TCVN3/VNI font text read as bytes. */
export function decodeLegacyBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: compare readings
  }
  let cp1258 = '';
  let latin1 = '';
  for (const b of bytes) {
    cp1258 += b >= 0x80 && CP1258_HIGH[b] !== undefined ? CP1258_HIGH[b] : String.fromCharCode(b);
    latin1 += String.fromCharCode(b);
  }
  const readings = [cp1258.normalize('NFC'), convertLegacy(latin1)];
  const score = (t: string) => (t.match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => isValidSyllable(w) && /[^a-zA-Z]/.test(w)).length;
  return score(readings[0]) >= score(readings[1]) ? convertLegacy(readings[0]) : readings[1];
}
