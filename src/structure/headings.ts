/**
 * Section headings of the body: "I. MỤC ĐÍCH, YÊU CẦU" (roman), "1. …" (arabic), "1.1. …",
 * "a) …", and a decision's "Điều 1.". OCR damages roman numerals ("I11." = III., "H." = II.),
 * so a roman heading is read against the numeral expected next.
 */
import { ARTICLE_WORD } from '../vocab/structureKeywords.js';
import { fold } from '../core/text.js';
import { upperRatio } from './fuzzy.js';

export type HeadingKind = 'roman' | 'arabic' | 'dotted' | 'letter' | 'article';

export interface Heading {
  kind: HeadingKind;
  /** as printed, before any correction */
  printed: string;
  /** the rest of the line after the number */
  rest: string;
}

const ROMAN_HEAD = /^\s*([IVXLHl1|!]{1,6})\s*[.):]\s*(\S.*)$/u;
/** "II- NỘI DUNG": a dash after a roman numeral, accepted when the title is in capitals */
const ROMAN_DASH_HEAD = /^\s*([IVX]{1,6})\s*[-–]\s*(\p{Lu}.*)$/u;
const ARABIC_HEAD = /^\s*(\d{1,2})\s*[.)]\s+(\p{L}.*)$/u;
const DOTTED_HEAD = /^\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\p{L}.*)$/u;
const LETTER_HEAD = /^\s*([a-zđ])\s*(?:\)\s+(\S.*)|\.\s+(\p{Lu}.*))$/u;
const ARTICLE_KEY = fold(ARTICLE_WORD);
const ARTICLE_HEAD = /^\s*(\S+)\s+(\d{1,3})\s*[.:]\s*(.*)$/u;

export function readHeading(text: string): Heading | null {
  if (text.includes('\t') || text.includes(' | ')) return null; // a table row, not a heading
  let m = ROMAN_HEAD.exec(text);
  if (m && /[IVXLH]/.test(m[1]!)) return { kind: 'roman', printed: m[1]!, rest: m[2]! };
  m = ROMAN_DASH_HEAD.exec(text);
  if (m && upperRatio(m[2]!) >= 0.8) return { kind: 'roman', printed: m[1]!, rest: m[2]! };
  m = DOTTED_HEAD.exec(text);
  if (m) return { kind: 'dotted', printed: m[1]!, rest: m[2]! };
  m = ARABIC_HEAD.exec(text);
  if (m) return { kind: 'arabic', printed: m[1]!, rest: m[2]! };
  m = LETTER_HEAD.exec(text);
  if (m) return { kind: 'letter', printed: m[1]!, rest: (m[2] ?? m[3])! };
  m = ARTICLE_HEAD.exec(text);
  if (m && fold(m[1]!) === ARTICLE_KEY) return { kind: 'article', printed: m[2]!, rest: m[3]! };
  return null;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

export function romanValue(numeral: string): number | null {
  if (!/^(XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(numeral) || numeral === '') return null;
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN_VALUES[numeral[i]!]!;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [[40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/** Undo OCR slips in a roman numeral: 1, l, | and ! for I; H for II. */
export function repairRoman(printed: string): string {
  return printed.replace(/[1l|!]/g, 'I').replace(/H/g, 'II');
}

export interface RomanRead {
  value: number;
  doubtful: boolean;
}

/**
 * Accept a roman heading as the numeral `expected` (or the one after it, when one was lost), or
 * as `expected` when the numeral is unreadable but the title is in capitals like a heading.
 */
export function readRoman(heading: Heading, expected: number): RomanRead | null {
  const value = romanValue(repairRoman(heading.printed));
  const capitals = upperRatio(heading.rest) >= 0.7;
  if (value === expected) return { value, doubtful: repairRoman(heading.printed) !== heading.printed };
  if (value === expected + 1 && capitals) return { value, doubtful: true };
  if (value === null && capitals && heading.printed.length <= toRoman(expected).length + 1) return { value: expected, doubtful: true };
  return null;
}
