/** Table headers in OCR text: where they are, what kind of table they head, which columns they name. */
import type { SourceLine } from '../core/lines.js';
import type { ColumnRole } from '../schema/plan.js';
import { COLUMN_HEADERS, INDICATOR_CONTENT_KEYWORDS } from '../vocab/columnHeaders.js';
import { compact } from './fuzzy.js';
import { anchorCandidate, groupLine, headerAt, headerFragment, type HeaderSpan } from './ocrLines.js';
import { headerRolesIn, settleRoles } from './columnRoles.js';

export type Kind = 'tasks' | 'indicators';

export interface Header extends HeaderSpan {
  kind: Kind;
}

/** Indicator tables name a target, or "Chỉ tiêu" as their content column; anything else holds tasks. */
export function headerKind(h: HeaderSpan): Kind {
  const keys = new Set(h.roles.map((r) => r.keyword));
  if (h.roles.some((r) => r.role === 'target')) return 'indicators';
  const { always, unlessTaskContent, taskContent } = INDICATOR_CONTENT_KEYWORDS;
  if (always.some((k) => keys.has(compact(k)))) return 'indicators';
  return unlessTaskContent.some((k) => keys.has(compact(k))) && !keys.has(compact(taskContent)) ? 'indicators' : 'tasks';
}

export function headerCells(h: HeaderSpan): { header: string[]; roles: ColumnRole[] } {
  const roles: ColumnRole[] = ['stt', 'content'];
  const kind = headerKind(h);
  // the roles named, "Nhiệm vụ" and "Mục tiêu" settled by the rest of the header
  for (const role of settleRoles(h.roles.map((hit) => hit.role))) {
    // a task table's "Đơn vị" is the unit doing the task, not a unit of measure
    if (kind === 'tasks' && (role === 'unit' || role === 'target')) continue;
    if (!roles.includes(role)) roles.push(role);
  }
  if (kind === 'indicators' && !roles.includes('unit')) roles.splice(2, 0, 'unit');
  if (kind === 'indicators' && !roles.includes('target')) roles.splice(3, 0, 'target');
  const name = (role: ColumnRole) => COLUMN_HEADERS.find((e) => e.role === role)?.canonical ?? role;
  return { header: roles.map(name), roles };
}

export function findHeaders(lines: SourceLine[], taken: Set<number>): Header[] {
  const headers: Header[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (taken.has(i)) continue;
    const h = headerAt(lines, i);
    if (!h) continue;
    let { start, end } = h;
    // header lines printed above or below the main one ("Co quan Co quan Thei gian Két qua")
    for (let k = start - 1, seen = 0; k >= 0 && seen < 2; k--) {
      if (lines[k]!.text.trim() === '') continue;
      seen++;
      if (!headerFragment(lines[k]!.text) || headers.some((x) => x.end >= k)) break;
      start = k;
    }
    for (let k = end + 1, seen = 0; k < lines.length && seen < 2; k++) {
      if (lines[k]!.text.trim() === '') continue;
      seen++;
      if (!headerFragment(lines[k]!.text) || anchorCandidate(lines[k]!.text)) break;
      end = k;
    }
    // header cells broken over short lines below it ("thuc hi0", "ph6i hop", "Thad", "gian")
    for (let k = end + 1, seen = 0; k < lines.length && seen < 10; k++) {
      const t = lines[k]!.text.trim();
      if (t === '') continue;
      seen++;
      if (t.length > 12 || anchorCandidate(t) || groupLine(t)) break;
      end = k;
    }
    // roles named only on the lines around the main header line come after its own
    const around = [...lines.slice(start, h.start), ...lines.slice(h.end + 1, end + 1)].map((l) => l.text).join(' ');
    const roles = [...h.roles, ...headerRolesIn(around).filter((r) => !h.roles.some((x) => x.role === r.role))];
    headers.push({ ...h, start, end, roles, kind: headerKind(h) });
    i = end;
  }
  return headers;
}

