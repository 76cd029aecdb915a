/**
 * A file is one document part (a plan), or two when a decision issues the plan: the decision
 * (QUYẾT ĐỊNH … Điều 1 … Nơi nhận … signer) followed by the plan (KẾ HOẠCH, title, "(Ban hành
 * kèm theo Quyết định …)"). This finds the type lines and the signature blocks that delimit them.
 */
import type { SourceLine } from '../core/lines.js';
import type { DocumentType } from '../vocab/documentTypes.js';
import { DECISION_TYPE_CODE } from '../vocab/documentTypes.js';
import { cutMotto } from './motto.js';
import { readRecipientsHeading } from './signature.js';
import { readTypeLine } from './typeLine.js';

export interface TypeLine {
  index: number;
  type: DocumentType;
}

export interface Part {
  from: number;
  to: number;
  typeLine: TypeLine | null;
  /** the "Nơi nhận" line of this part, if it has one */
  signature: number | null;
}

export function typeLineAt(lines: SourceLine[], i: number): DocumentType | null {
  for (const piece of lines[i]!.text.split('\t')) {
    const type = readTypeLine(cutMotto(piece).rest);
    if (type) return type;
  }
  return null;
}

export function findTypeLines(lines: SourceLine[], limit: number): TypeLine[] {
  const found: TypeLine[] = [];
  for (let i = 0; i < limit; i++) {
    const type = typeLineAt(lines, i);
    if (type) found.push({ index: i, type });
  }
  return found;
}

function firstSignature(lines: SourceLine[], from: number, to: number): number | null {
  for (let i = from; i < to; i++) if (readRecipientsHeading(lines[i]!.text)) return i;
  return null;
}

/**
 * Split [0, limit) into parts. A decision is a wrapper when a plan-like type line follows it
 * after its signature block (or at least after its first type line).
 */
export function findParts(lines: SourceLine[], limit: number): { decision: Part | null; plan: Part } {
  const types = findTypeLines(lines, limit);
  const first = types[0] ?? null;
  if (first && first.type.code === DECISION_TYPE_CODE) {
    const plan = types.find((t) => t.index > first.index && t.type.plan);
    if (plan) {
      return {
        decision: { from: 0, to: plan.index, typeLine: first, signature: firstSignature(lines, first.index, plan.index) },
        plan: { from: plan.index, to: limit, typeLine: plan, signature: firstSignature(lines, plan.index, limit) },
      };
    }
  }
  return { decision: null, plan: { from: 0, to: limit, typeLine: first, signature: firstSignature(lines, 0, limit) } };
}
