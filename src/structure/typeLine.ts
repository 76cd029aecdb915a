/**
 * The document type printed in capitals on its own line ("KẾ HOẠCH", "QUYẾT ĐỊNH") and the
 * trích yếu (title) on the lines after it. "QUYẾT ĐỊNH:" with a colon is a decision's operative
 * line, not a type line.
 */
import { DOCUMENT_TYPES, type DocumentType } from '../vocab/documentTypes.js';
import { OPERATIVE_LINES } from '../vocab/structureKeywords.js';
import { sentenceCase } from '../core/text.js';
import { lineIsPhrase, upperRatio } from './fuzzy.js';
import type { SourceLine } from '../core/lines.js';

export function readTypeLine(text: string): DocumentType | null {
  const t = text.trim();
  if (!t || /:\s*$/.test(t) || upperRatio(t) < 0.5) return null;
  return DOCUMENT_TYPES.find((d) => lineIsPhrase(t, d.name, { maxRatio: 0.15 })) ?? null;
}

export function isOperativeLine(text: string): boolean {
  const t = text.trim();
  return /:\s*$/.test(t) && upperRatio(t) >= 0.5 && OPERATIVE_LINES.some((p) => lineIsPhrase(t.replace(/:\s*$/, ''), p, { maxRatio: 0.15 }));
}

export interface TitleRead {
  title: string | null;
  /** index of the last line used (the type line itself when there is no title) */
  last: number;
}

/**
 * The title: the non-blank lines right after the type line, up to a blank line or a line that
 * starts something else (`stops`). A title printed in capitals is put in sentence case.
 */
export function readTitle(lines: SourceLine[], typeIndex: number, stops: (i: number) => boolean, limit: number): TitleRead {
  let i = typeIndex + 1;
  while (i < limit && lines[i]!.text.trim() === '') i++;
  const parts: string[] = [];
  let last = typeIndex;
  for (; i < limit && parts.length < 5; i++) {
    const text = lines[i]!.text.trim();
    if (text === '' || /^[-_=–—.*\s]{3,}$/.test(text) || stops(i)) break;
    // a title has no closing full stop: a line after one is a paragraph of the body
    if (parts.length && /[.;:]$/.test(parts[parts.length - 1]!)) break;
    parts.push(text);
    last = i;
  }
  if (!parts.length) return { title: null, last };
  let title = parts.join(' ').replace(/\s+/g, ' ').replace(/[.;,:]+$/u, '').trim();
  if (upperRatio(title) > 0.8) title = sentenceCase(title);
  return { title: title || null, last };
}
