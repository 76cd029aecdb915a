/**
 * Read one file's structure: find the document part(s), read each part's header, preamble,
 * body and signature, then assemble the plan's `document` and the decision `wrapper`.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import { placeOf, type RawTable, type SourceLine } from '../core/lines.js';
import type { StructureResult } from '../pipeline/planFile.js';
import type { PlanDocument, Section, Wrapper } from '../schema/plan.js';
import { DOCUMENT_TYPES, type DocumentType } from '../vocab/documentTypes.js';
import { findAppendixHeading, isAppendixHeading } from './appendix.js';
import { readAttachedNote, type AttachedNote } from './attachedNote.js';
import { readDateLine, type DateLine } from './dateLine.js';
import { startsWithPhrase } from './fuzzy.js';
import { readHeading } from './headings.js';
import { readAuthorityLine, readIssuerBlock, type IssuerRead } from './issuer.js';
import { isLegalBasisOpener, isPreambleOther, readLegalBases } from './legalBases.js';
import { cutMotto } from './motto.js';
import { readNumber, type NumberRead } from './number.js';
import { findParts, typeLineAt, type Part } from './parts.js';
import { readSections } from './sections.js';
import { plausible, reconcilePlace } from './spelling.js';
import { readRecipientsHeading, readSignature, type Signature } from './signature.js';
import { isTableHeader } from './tableHeader.js';
import { isOperativeLine, readTitle } from './typeLine.js';
import { yearInBody, yearInTitle } from './year.js';

interface PartRead {
  type: DocumentType | null;
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

function readPart(lines: SourceLine[], part: Part, diagnostics: Diagnostic[], tableLines: Set<number>, attached: boolean): PartRead {
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

/** Pages out of order can put the signature after the appendix heading: look there when none came before. */
function signatureAfter(lines: SourceLine[], from: number): Signature | null {
  for (let i = from; i < lines.length; i++) {
    if (readRecipientsHeading(lines[i]!.text)) return readSignature(lines, i, lines.length, (k) => typeLineAt(lines, k) !== null || isTableHeader(lines[k]!.text));
  }
  return null;
}

function firstOpener(lines: SourceLine[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (isLegalBasisOpener(lines[i]!.text.trim())) return i;
  return to;
}

/** "Ban hành Kế hoạch …": the plan a decision issues, when the plan itself is not in the file. */
function issuedPlan(title: string | null): { type: DocumentType; title: string | null } | null {
  if (!title) return null;
  const m = startsWithPhrase(title, 'Ban hành', { maxRatio: 0.15 });
  if (!m) return null;
  const rest = title.slice(m.end).trim();
  for (const type of DOCUMENT_TYPES.filter((t) => t.plan)) {
    const t = startsWithPhrase(rest, type.name, { maxRatio: 0.15 });
    if (t) {
      const own = rest.slice(t.end).trim();
      return { type, title: own ? own.charAt(0).toLocaleUpperCase('vi') + own.slice(1) : null };
    }
  }
  return null;
}

function appendixFallback(lines: SourceLine[], signatureEnd: number | null, hasHeader: boolean): number | null {
  if (signatureEnd !== null) {
    for (let i = signatureEnd + 1; i < lines.length; i++) if (isTableHeader(lines[i]!.text)) return i;
    return null;
  }
  // no header and no signature: the file is appendix material (a bare table) from its first line
  if (hasHeader) return null;
  return lines.some((l) => isTableHeader(l.text)) ? 0 : null;
}

export function readStructure(lines: SourceLine[], diagnostics: Diagnostic[], rawTables: RawTable[] = []): StructureResult {
  const tableLines = new Set<number>();
  for (const t of rawTables) if (t.lineRange) for (let i = t.lineRange[0]; i <= t.lineRange[1]; i++) tableLines.add(i);

  const heading = findAppendixHeading(lines);
  const limit = heading ?? lines.length;
  const parts = findParts(lines, limit);
  const found: Diagnostic[] = [];
  const decision = parts.decision ? readPart(lines, parts.decision, found, tableLines, false) : null;
  const plan = readPart(lines, parts.plan, found, tableLines, decision !== null);

  let wrapper: Wrapper | null = null;
  let docType = plan.type;
  let docTitle = plan.title;
  if (decision) {
    wrapper = {
      type: decision.type?.name ?? null,
      typeCode: decision.number?.typeCode ?? decision.type?.code ?? null,
      number: decision.number?.number ?? null,
      issuedDate: decision.date?.issuedDate ?? null,
      title: decision.title,
    };
  } else if (plan.type?.code === 'QĐ' && issuedPlan(plan.title)) {
    // only the decision is in the file: it is the wrapper, the plan it issues is the document
    const issued = issuedPlan(plan.title)!;
    wrapper = { type: plan.type.name, typeCode: plan.number?.typeCode ?? 'QĐ', number: plan.number?.number ?? null, issuedDate: plan.date?.issuedDate ?? null, title: plan.title };
    docType = issued.type;
    docTitle = issued.title;
    plan.number = null;
  } else if (plan.note?.type?.code === 'QĐ') {
    wrapper = { type: plan.note.type.name, typeCode: 'QĐ', number: plan.note.number, issuedDate: plan.note.issuedDate, title: null };
  }

  // An attached plan rarely has a number, date or issuer of its own: it is issued by the decision,
  // so it takes the decision's issuer, place and date (the number stays null: it has none).
  const head = decision ?? plan;
  const issuer = plan.issuer ?? decision?.issuer ?? null;
  const signature =
    (plan.signature?.position || plan.signature?.name ? plan.signature : decision?.signature ?? plan.signature) ??
    signatureAfter(lines, limit);
  const issuedDate = plan.date?.issuedDate ?? decision?.date?.issuedDate ?? plan.note?.issuedDate ?? null;
  const document: PlanDocument = {
    type: docType?.name ?? null,
    typeCode: plan.number?.typeCode ?? docType?.code ?? null,
    number: plan.number?.number ?? null,
    issuer: issuer?.issuer ?? head.authority ?? plan.authority ?? plan.note?.issuer ?? null,
    parentIssuer: issuer?.parentIssuer ?? null,
    place: plan.date?.place ?? decision?.date?.place ?? null,
    issuedDate,
    year: null,
    title: docTitle,
    signer: { position: signature?.position ?? null, name: signature?.name ?? null },
    recipients: signature?.recipients ?? [],
  };

  if (document.issuer && document.place) Object.assign(document, reconcilePlace(document.issuer, document.place));
  if (document.parentIssuer && document.place) {
    const r = reconcilePlace(document.parentIssuer, document.place);
    document.parentIssuer = r.issuer;
    document.place = r.place;
  }

  const legalBases = [...(decision?.legalBases ?? []), ...plan.legalBases];
  const legalLines = new Set(legalBases.map((b) => b.place.line));
  document.year =
    yearInTitle(docTitle) ??
    yearInBody(lines.filter((l) => !legalLines.has(l.line)).map((l) => l.text)) ??
    (issuedDate ? Number(issuedDate.slice(0, 4)) : null);

  const lastSignature = plan.signature ?? decision?.signature ?? null;
  const appendixStart = heading ?? appendixFallback(lines, lastSignature?.end ?? null, plan.type !== null || plan.number !== null || decision !== null);

  diagnostics.push(...found, ...missing(document, wrapper, head, lines));
  return { document, wrapper, legalBases, sections: [...(decision?.sections ?? []), ...plan.sections], appendixStart };
}

function missing(document: PlanDocument, wrapper: Wrapper | null, head: PartRead, lines: SourceLine[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const numberPlace = head.numberIndex !== null ? placeOf(lines[head.numberIndex]!) : null;
  if (!document.type) out.push(diagnostic('warning', 'structure/no-type', 'no document type (KẾ HOẠCH, QUYẾT ĐỊNH …) found'));
  if (!document.number && !wrapper?.number) out.push(diagnostic('warning', 'structure/no-number', 'no document number ("Số: …") found'));
  if (head.number?.doubtful) out.push(diagnostic('warning', 'structure/doubtful-number', `document number "${head.number.number}" is not all digits: check the scan`, numberPlace));
  if (!document.issuedDate) out.push(diagnostic('warning', 'structure/no-date', 'no issue date ("…, ngày … tháng … năm …") found'));
  if (!document.issuer) out.push(diagnostic('warning', 'structure/no-issuer', 'no issuing body found'));
  for (const field of ['issuer', 'parentIssuer', 'place'] as const) {
    const value = document[field];
    if (value && !value.split(' ').every(plausible)) {
      out.push(diagnostic('info', 'structure/doubtful-read', `${field} "${value}" has a word OCR seems to have damaged`, numberPlace));
    }
  }
  if (!document.title) out.push(diagnostic('warning', 'structure/no-title', 'no title (trích yếu) found'));
  if (!document.signer.position && !document.signer.name) out.push(diagnostic('info', 'structure/no-signer', 'no signer found'));
  return out;
}

