/**
 * Which files found in a directory or by a glob are plans to parse. Chosen by content
 * (src/load/detect.ts), with the extension only as a hint: a damaged file that is named
 * like a plan (.pdf, .txt, an image) is still taken, so it gets an error naming it instead
 * of silently vanishing from the batch.
 */
import { extname } from 'node:path';
import { detectKind, isPdfOrImage } from '../load/detect.js';
import { officeFormat, officeFormatMessage, READABLE_OFFICE } from '../load/officeFormats.js';

const PLAN_EXTENSIONS = new Set(['.txt', '.text', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff']);
/** parsed plans (the output of `parse`), which `check` also reads */
export const PLAN_DATA_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

export type Candidacy = { take: true } | { take: false; reason: string };

export function candidacy(name: string, head: Uint8Array, acceptPlanData = false): Candidacy {
  const ext = extname(name).toLowerCase();
  const kind = detectKind(head);
  if (isPdfOrImage(kind)) return { take: true };
  if (PLAN_EXTENSIONS.has(ext)) return { take: true };
  if (acceptPlanData && PLAN_DATA_EXTENSIONS.has(ext) && kind === 'text') return { take: true };
  if (kind === 'text' && ext === '') return { take: true };
  if (kind === 'binary') {
    const office = officeFormat(head);
    if (office !== null && office in READABLE_OFFICE) return { take: true };
    return { take: false, reason: office ? officeFormatMessage(office) : 'binary data, not a plan' };
  }
  if (kind === 'empty') return { take: false, reason: 'empty file' };
  return { take: false, reason: `${ext} text is not a plan format` };
}
