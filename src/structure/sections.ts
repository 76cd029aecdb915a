/**
 * The body's section tree: roman → arabic → dotted → letter (a decision's "Điều" at the top).
 * Lines inside tables are skipped until the next roman heading in sequence, so numbered table
 * rows never become sections.
 */
import type { Diagnostic } from '../core/diagnostic.js';
import { diagnostic } from '../core/diagnostic.js';
import type { SourceLine } from '../core/lines.js';
import { placeOf } from '../core/lines.js';
import type { Section } from '../schema/plan.js';
import { upperRatio } from './fuzzy.js';
import { readHeading, readRoman, toRoman, type Heading, type HeadingKind } from './headings.js';
import { isTableHeader } from './tableHeader.js';

const RANK: Record<HeadingKind, number> = { article: 0, roman: 1, arabic: 2, dotted: 3, letter: 4 };
const MAX_TITLE_LINES = 8;
/** a line that is only a number is a page number (or a lone cell), not body text */
const PAGE_NUMBER = /^\s*-?\s*\d{1,3}\s*-?\s*$/;

interface Open {
  rank: number;
  section: Section;
  text: string[];
  /** the number of the last child of each kind, to check sequences */
  lastChild: Partial<Record<HeadingKind, number>>;
}

export interface SectionsRead {
  sections: Section[];
  /** index of the first heading, or null when there is none */
  first: number | null;
}

export function isBullet(text: string): boolean {
  return /^\s*[-–+•*]/.test(text);
}

function sequenceValue(h: Heading): number {
  if (h.kind === 'letter') return 'abcdđefghiklmnopqrstuvxy'.indexOf(h.printed) + 1;
  if (h.kind === 'dotted') return Number(h.printed.split('.').pop());
  return Number(h.printed);
}

/** Build the tree from lines [from, to) that `skip` does not exclude. */
export function readSections(
  lines: SourceLine[],
  from: number,
  to: number,
  skip: (i: number) => boolean,
  diagnostics: Diagnostic[],
  options: { articles?: boolean } = {},
): SectionsRead {
  const root: Open = { rank: -1, section: { number: null, title: null, text: null, children: [] }, text: [], lastChild: {} };
  const stack: Open[] = [root];
  let expectedRoman = 1;
  let inTable = false;
  let first: number | null = null;

  const close = (o: Open) => {
    const text = o.text.join(' ').replace(/\s+/g, ' ').trim();
    o.section.text = text || null;
  };

  /** Does line i open a section under the current stack? Returns its number and rank. */
  const accept = (i: number, h: Heading): { number: string; rank: number; value: number } | null => {
    if (h.kind === 'article') return options.articles ? { number: `Điều ${h.printed}`, rank: 0, value: Number(h.printed) } : null;
    if (h.kind === 'roman') {
      const r = readRoman(h, expectedRoman);
      if (!r) return null;
      if (r.doubtful) {
        diagnostics.push(diagnostic('info', 'structure/doubtful-numeral', `read section numeral "${h.printed}" as ${toRoman(r.value)}`, placeOf(lines[i]!)));
      }
      return { number: toRoman(r.value), rank: 1, value: r.value };
    }
    if (inTable) return null;
    const rank = RANK[h.kind];
    // the parent is the nearest open section of a lower rank
    let k = stack.length - 1;
    while (k > 0 && stack[k]!.rank >= rank) k--;
    const parent = stack[k]!;
    const last = parent.lastChild[h.kind] ?? 0;
    const value = sequenceValue(h);
    if (value !== last + 1 && value !== last + 2) return null; // out of sequence: a wrapped line, not a heading
    return { number: h.printed, rank, value };
  };

  for (let i = from; i < to; i++) {
    if (skip(i)) continue;
    const text = lines[i]!.text.trim();
    if (!text || PAGE_NUMBER.test(text)) continue;
    const h = readHeading(text);
    const opened = h ? accept(i, h) : null;
    if (!opened) {
      if (isTableHeader(text)) inTable = true;
      else if (!inTable && stack.length > 1) stack[stack.length - 1]!.text.push(text);
      continue;
    }
    inTable = false;
    if (opened.rank === 1) expectedRoman = opened.value + 1;
    if (first === null) first = i;
    while (stack.length > 1 && stack[stack.length - 1]!.rank >= opened.rank) close(stack.pop()!);
    const parent = stack[stack.length - 1]!;
    parent.lastChild[h!.kind] = opened.value;
    // the title: the heading line, and for a roman heading the capital lines after it,
    // for the others the lines of its first sentence
    const titleParts = [h!.rest.trim()];
    while (titleParts.length < MAX_TITLE_LINES && i + 1 < to && !skip(i + 1)) {
      const next = lines[i + 1]!.text.trim();
      if (!next || readHeading(next) || isBullet(next) || isTableHeader(next)) break;
      const previous = titleParts[titleParts.length - 1]!;
      if (opened.rank === 1 ? upperRatio(next) < 0.8 : /[.:;!?]$/.test(previous)) break;
      titleParts.push(next);
      i++;
    }
    const title = titleParts.join(' ').replace(/\s+/g, ' ').replace(/[.:;,]+$/u, '').trim();
    const section: Section = { number: opened.number, title: title || null, text: null, children: [] };
    parent.section.children.push(section);
    stack.push({ rank: opened.rank, section, text: [], lastChild: {} });
  }
  while (stack.length > 1) close(stack.pop()!);
  return { sections: root.section.children, first };
}
