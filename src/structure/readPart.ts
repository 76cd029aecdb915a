/**
 * Read one document part (a plan, or the decision that issues it): number and issuer block,
 * type and title, the attached-document note, place and date, the preamble's legal bases, the
 * body's sections and the signature block.
 */
import type { Diagnostic } from '../core/diagnostic.js';
import type { SourceLine } from '../core/lines.js';
import type { StructureResult } from '../pipeline/planFile.js';
import type { Section } from '../schema/plan.js';
import { DOCUMENT_TYPES, type DocumentType } from '../vocab/documentTypes.js';
import { isAppendixHeading } from './appendix.js';
import { readAttachedNote, type AttachedNote } from './attachedNote.js';
import { readDateLine, type DateLine } from './dateLine.js';
import { readHeading } from './headings.js';
import { readAuthorityLine, readIssuerBlock, type IssuerRead } from './issuer.js';
import { isLegalBasisOpener, isPreambleOther, readLegalBases } from './legalBases.js';
import { cutMotto } from './motto.js';
import { readNumber, type NumberRead } from './number.js';
import { typeLineAt, type Part } from './parts.js';
import { readSections } from './sections.js';
import { readSignature, type Signature } from './signature.js';
import { isTableHeader } from './tableHeader.js';
import { isOperativeLine, readTitle } from './typeLine.js';

export interface PartRead {
  type: DocumentType | null;
  /** the type line, where the header is: missing-field diagnostics point there */
  typeIndex: number | null;
  number: NumberRead | null;
  numberIndex: number | null;
  date: DateLine | null;
  title: string | null;
  issuer: IssuerRead | null;
  authority: string | null;
  note: AttachedNote | null;
  legalBases: StructureResult['legalBases'];
  sections: Section[];
  signature: Signature | null;
  consumed: Set<number>;
}

/** How far from its type line an attached plan's own "Số:" line may be. */
const ATTACHED_NUMBER_WINDOW = 8;

export function readPart(lines: SourceLine[], part: Part, diagnostics: Diagnostic[], tableLines: Set<number>, attached: boolean): PartRead {
  const consumed = new Set<number>();
  const skip = (i: number) => consumed.has(i) || tableLines.has(i);
  const typeIndex = part.typeLine?.index ?? null;
  const bodyEnd = part.signature ?? part.to;
  if (typeIndex !== null) consumed.add(typeIndex);

  // the number: anywhere in the part before its signature (OCR may put the header block inside the body)
  let number: NumberRead | null = null;
  let numberIndex: number | null = null;
  const numberFrom = attached && typeIndex !== null ? Math.max(part.from, typeIndex - ATTACHED_NUMBER_WINDOW) : part.from;
  const numberTo = attached && typeIndex !== null ? Math.min(bodyEnd, typeIndex + ATTACHED_NUMBER_WINDOW) : bodyEnd;
  // "Số:" with its colon first; then "Số 89/KH-UBND" at a line start, if no labelled number exists
  for (const bareLabel of [false, true]) {
    for (let i = numberFrom; i < numberTo && !number; i++) {
      number = readNumber(lines[i]!.text, { bareLabel });
      if (number) numberIndex = i;
    }
  }
  if (numberIndex !== null) consumed.add(numberIndex);

  // the issuer block above "Số:" (or above the type line when there is no number)
  const blockAt = numberIndex ?? (attached ? null : typeIndex);
  const issuer = blockAt !== null ? readIssuerBlock(lines, blockAt) : null;
  for (const i of issuer?.lines ?? []) consumed.add(i);

  // the title after the type line
  const startsOther = (i: number) => {
    const text = lines[i]!.text.trim();
    return (
      text.startsWith('(') ||
      isLegalBasisOpener(text) ||
      isPreambleOther(text) ||
      isOperativeLine(text) ||
      readAuthorityLine(text) !== null ||
      isTableHeader(text) ||
      readHeading(text) !== null ||
      readDateLine(text) !== null ||
      readNumber(text) !== null
    );
  };
  const titleRead = typeIndex !== null ? readTitle(lines, typeIndex, startsOther, bodyEnd) : null;
  let afterHead = titleRead ? titleRead.last + 1 : part.from;
  if (titleRead) for (let i = typeIndex!; i <= titleRead.last; i++) consumed.add(i);

  // "(Ban hành kèm theo Quyết định số …)" right under the title, possibly wrapped
  let note: AttachedNote | null = null;
  let k = afterHead;
  while (k < bodyEnd && !lines[k]!.text.trim()) k++;
  if (k < bodyEnd && lines[k]!.text.trim().startsWith('(')) {
    let text = lines[k]!.text.trim();
    let end = k;
    while (!text.includes(')') && end + 1 < bodyEnd && end - k < 3) text += ` ${lines[++end]!.text.trim()}`;
    note = readAttachedNote(text);
    if (note) {
      for (let i = k; i <= end; i++) consumed.add(i);
      afterHead = end + 1;
    }
  }

  // the end of the preamble: the operative line, the first heading or table
  let preambleEnd = bodyEnd;
  let authority: string | null = null;
  for (let i = afterHead; i < bodyEnd; i++) {
    if (skip(i)) continue;
    const text = lines[i]!.text.trim();
    const h = readHeading(text);
    if (isOperativeLine(text) || isTableHeader(text) || (h && h.kind !== 'letter' && h.kind !== 'dotted')) {
      preambleEnd = i;
      break;
    }
    if (!authority && !isLegalBasisOpener(text)) {
      authority = readAuthorityLine(text);
      if (authority) consumed.add(i);
    }
  }

  // place and date: in the head, else on or near the number line
  let date: DateLine | null = null;
  const headEnd = Math.min(preambleEnd, firstOpener(lines, afterHead, preambleEnd));
  const dateCandidates: number[] = [];
  for (let i = part.from; i < headEnd; i++) dateCandidates.push(i);
  if (numberIndex !== null) for (let i = numberIndex - 3; i <= numberIndex + 3; i++) if (i >= part.from && i < bodyEnd) dateCandidates.push(i);
  for (const i of dateCandidates) {
    if (date) break;
    const text = i === numberIndex ? lines[i]!.text.slice(number!.end) : lines[i]!.text;
    for (const piece of text.split('\t')) {
      date = readDateLine(cutMotto(piece).rest.trim());
      if (date) {
        consumed.add(i);
        break;
      }
    }
  }

  const legalBases = readLegalBases(lines, afterHead, preambleEnd, skip, (i) => i >= preambleEnd);
  const bodyFrom = preambleEnd < bodyEnd && isOperativeLine(lines[preambleEnd]!.text) ? preambleEnd + 1 : preambleEnd;
  const { sections } = readSections(lines, bodyFrom, bodyEnd, skip, diagnostics, { articles: part.typeLine?.type.code === 'QĐ' });

  const stop = (i: number) => typeLineAt(lines, i) !== null || isTableHeader(lines[i]!.text) || isAppendixHeading(lines[i]!.text);
  const signature = part.signature !== null ? readSignature(lines, part.signature, part.to, stop) : null;

  return {
    type: part.typeLine?.type ?? (number?.typeCode ? DOCUMENT_TYPES.find((t) => t.code === number!.typeCode) ?? null : null),
    typeIndex,
    number,
    numberIndex,
    date,
    title: titleRead?.title ?? null,
    issuer,
    authority,
    note,
    legalBases,
    sections,
    signature,
    consumed,
  };
}

function firstOpener(lines: SourceLine[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (isLegalBasisOpener(lines[i]!.text.trim())) return i;
  return to;
}

