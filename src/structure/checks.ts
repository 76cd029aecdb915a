/** Diagnostics for what the header should carry and does not, or carries in a doubtful read. */
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import { placeOf, type SourceLine } from '../core/lines.js';
import type { PlanDocument, Wrapper } from '../schema/plan.js';
import type { PartRead } from './readPart.js';
import { plausible } from './spelling.js';

export function missingFields(document: PlanDocument, wrapper: Wrapper | null, head: PartRead, lines: SourceLine[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const numberPlace = head.numberIndex !== null ? placeOf(lines[head.numberIndex]!) : null;
  // a missing field is reported at the header (the type line), else at the first line of text
  const first = lines.findIndex((l) => l.text.trim() !== '');
  const headerAt = head.typeIndex ?? head.numberIndex ?? (first >= 0 ? first : null);
  const header = headerAt !== null ? placeOf(lines[headerAt]!) : null;
  if (!document.type) out.push(diagnostic('warning', 'structure/no-type', 'no document type (KẾ HOẠCH, QUYẾT ĐỊNH …) found', header));
  if (!document.number && !wrapper?.number) out.push(diagnostic('warning', 'structure/no-number', 'no document number ("Số: …") found', header));
  if (head.number?.doubtful) out.push(diagnostic('warning', 'structure/doubtful-number', `document number "${head.number.number}" is not all digits: check the scan`, numberPlace));
  if (!document.issuedDate) out.push(diagnostic('warning', 'structure/no-date', 'no issue date ("…, ngày … tháng … năm …") found', header));
  if (!document.issuer) out.push(diagnostic('warning', 'structure/no-issuer', 'no issuing body found', header));
  for (const field of ['issuer', 'parentIssuer', 'place'] as const) {
    const value = document[field];
    if (value && !value.split(' ').every(plausible)) {
      out.push(diagnostic('info', 'structure/doubtful-read', `${field} "${value}" has a word OCR seems to have damaged`, numberPlace));
    }
  }
  if (!document.title) out.push(diagnostic('warning', 'structure/no-title', 'no title (trích yếu) found', header));
  if (!document.signer.position && !document.signer.name) out.push(diagnostic('info', 'structure/no-signer', 'no signer found', header));
  return out;
}

