/**
 * How a line is cut for the language model: word pieces (letters, digits and the OCR
 * symbols that sit inside words) and the gaps between them, copied verbatim. The gaps map to
 * context tokens: a sentence or cell break resets the context, a comma and other punctuation
 * are tokens of their own. The model builder and the decoder share this so they agree.
 */
export const BOS = 0;
export const NUM = 1;
export const UNK = 2;
export const COMMA = 3;
export const PUNCT = 4;
/** unknown words by their case: capitalised (mostly names) and all capitals (abbreviations) */
export const UNK_CAP = 5;
export const UNK_CAPS = 6;
export const FIRST_WORD_ID = 7;

/** The unknown-word class of a piece, from its case. */
export function unknownId(piece: string): number {
  const letters = [...piece].filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return UNK;
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  if (letters.length >= 2 && upper === letters.length) return UNK_CAPS;
  return upper > 0 && letters[0] !== letters[0].toLowerCase() ? UNK_CAP : UNK;
}
/** ids fit in 13 bits so a 4-gram key (52 bits) is an exact JS number */
export const ID_BITS = 13;
export const ID_SPACE = 1 << ID_BITS;

export const PIECE = /[\p{L}\p{M}\p{N}¢€&]+/gu;

export interface Piece {
  text: string;
  start: number;
  end: number;
}

/** Whether a code point belongs to a piece (the PIECE class), cached per code point. */
const pieceCharCache = new Map<number, number>(); // 0: no, 1: letter or digit, 2: mark or symbol only
const PIECE_CHAR = /^[\p{L}\p{M}\p{N}¢€&]$/u;
const LETTER_OR_DIGIT_CHAR = /^[\p{L}\p{N}]$/u;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = /[A-Za-z0-9]/.test(ch) ? 1 : ch === '&' ? 2 : 0;
}

function pieceClass(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp];
  let k = pieceCharCache.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = !PIECE_CHAR.test(ch) ? 0 : LETTER_OR_DIGIT_CHAR.test(ch) ? 1 : 2;
    pieceCharCache.set(cp, k);
  }
  return k;
}

export function piecesOf(line: string): Piece[] {
  const out: Piece[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    let cp = line.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) cp = line.codePointAt(i)!;
    let k = pieceClass(cp);
    if (k === 0) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    // OCR reads marked letters as &, ¢, € inside words ("d&" = đề); standing alone they are symbols
    let hasLetter = false;
    while (k !== 0) {
      if (k === 1) hasLetter = true;
      i += cp > 0xffff ? 2 : 1;
      if (i >= n) break;
      cp = line.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff) cp = line.codePointAt(i)!;
      k = pieceClass(cp);
    }
    if (hasLetter) out.push({ text: line.slice(start, i), start, end: i });
  }
  return out;
}

/** The context token a gap between pieces stands for, or -1 when it is only spacing. */
export function gapToken(gap: string): number {
  if (/[.;:!?…|\t]/.test(gap)) return BOS;
  if (gap.includes(',')) return COMMA;
  if (/\S/.test(gap)) return PUNCT;
  return -1;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** `gapToken(line.slice(from, to))` without cutting the string. */
export function gapTokenAt(line: string, from: number, to: number): number {
  if (to - from === 1 && line.charCodeAt(from) === 32) return -1;
  let comma = false;
  let other = false;
  for (let i = from; i < to; i++) {
    const ch = line[i];
    if ('.;:!?…|\t'.includes(ch)) return BOS;
    if (ch === ',') comma = true;
    else if (!isSpace(line.charCodeAt(i))) other = true;
  }
  return comma ? COMMA : other ? PUNCT : -1;
}

export const DIGIT = /\p{N}/u;
export const ALL_DIGITS = /^\p{N}+$/u;

/** URLs, e-mail addresses and file names: copied verbatim, never restored. */
const VERBATIM = /(?:https?:\/\/|www\.)[^\s<>"“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[^\s<>"“”]*\/[^\s<>"“”]*\b[a-z0-9]+-[a-z0-9]+-[a-z0-9]+[^\s<>"“”]*|(?<![\p{L}\p{M}\p{N}.-])[\w-]+(?:\.[\w-]+)*\.(?:vn|com|org|net|gov|edu|int|info|io)(?:\/[^\s<>"“”]*)?(?![\w-])|[^\s()[\]{}<>"“”|,;]+\.(?:docx?|xlsx?|pptx?|pdf|html?|txt|zip|rar|jpe?g|png|xml|json)\b/giu;

const MAYBE_VERBATIM = /:\/\/|www\.|@|\.(?:vn|com|org|net|gov|edu|int|info|io|docx?|xlsx?|pptx?|pdf|html?|txt|zip|rar|jpe?g|png|xml|json)\b|\/\S*[a-z0-9]-[a-z0-9]+-/i;

/** [start, end) ranges of a line that are URLs, e-mail addresses or file names. */
export function verbatimSpans(line: string): [number, number][] {
  if (!MAYBE_VERBATIM.test(line)) return [];
  const out: [number, number][] = [];
  for (const m of line.matchAll(VERBATIM)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}
