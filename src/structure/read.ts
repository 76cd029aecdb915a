/**
 * Read one file's structure: find the document part(s), read each part's header, preamble,
 * body and signature, then assemble the plan's `document` and the decision `wrapper`.
 */
import type { Diagnostic } from '../core/diagnostic.js';
import type { RawTable, SourceLine } from '../core/lines.js';
import type { StructureResult } from '../pipeline/planFile.js';
import type { PlanDocument, Wrapper } from '../schema/plan.js';
import { DOCUMENT_TYPES, type DocumentType } from '../vocab/documentTypes.js';
import { findAppendixHeading } from './appendix.js';
import { missingFields } from './checks.js';
import { startsWithPhrase } from './fuzzy.js';
import { findParts, typeLineAt } from './parts.js';
import { readPart } from './readPart.js';
import { readRecipientsHeading, readSignature, type Signature } from './signature.js';
import { reconcilePlace } from './spelling.js';
import { isTableHeader } from './tableHeader.js';
import { yearInBody, yearInTitle } from './year.js';

/** Pages out of order can put the signature after the appendix heading: look there when none came before. */
function signatureAfter(lines: SourceLine[], from: number): Signature | null {
  for (let i = from; i < lines.length; i++) {
    if (readRecipientsHeading(lines[i]!.text)) return readSignature(lines, i, lines.length, (k) => typeLineAt(lines, k) !== null || isTableHeader(lines[k]!.text));
  }
  return null;
}

/** "Ban hành Kế hoạch …": the plan a decision issues, when the plan itself is not in the file. */
function issuedPlan(title: string | null): { type: DocumentType; title: string | null } | null {
  if (!title) return null;
  // "Ban hành Kế hoạch …", also "Về việc ban hành Kế hoạch …"
  const about = startsWithPhrase(title, 'Về việc', { maxRatio: 0.15 });
  const m = startsWithPhrase(about ? title.slice(about.end) : title, 'Ban hành', { maxRatio: 0.15 });
  if (m && about) m.end += about.end;
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

  diagnostics.push(...found, ...missingFields(document, wrapper, head, lines));
  return { document, wrapper, legalBases, sections: [...(decision?.sections ?? []), ...plan.sections], appendixStart };
}
