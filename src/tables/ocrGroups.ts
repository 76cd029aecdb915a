/** Group rows in OCR text: their titles over one or more lines, and their numbers when lost or misread. */
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { SourceLine } from '../core/lines.js';
import { placeOf } from '../core/lines.js';
import { successorCost, toRoman } from './numbering.js';
import { anchorCandidate, groupLine, headerFragment, isCapsTitle } from './ocrLines.js';

export interface GroupItem {
  type: 'group';
  line: number;
  value: number | null;
  /** lettered A, B, C … (value 1, 2, 3 …) instead of numbered I, II, III */
  lettered?: boolean;
  damaged: boolean;
  title: string | null;
}

/** The title lines after a group numeral or a long group line. */
export function groupTitle(lines: SourceLine[], i: number, g: { title: string | null; titleOnNext: boolean }, used: Set<number>): string | null {
  let title = g.title;
  let k = i + 1;
  const next = () => {
    while (k < lines.length && lines[k]!.text.trim() === '') k++;
    return k < lines.length ? lines[k]!.text.trim() : null;
  };
  if (g.titleOnNext) {
    const t = next();
    if (t == null || !isCapsTitle(t)) return null;
    title = t;
    used.add(k++);
  }
  for (let extra = 0; extra < 2 && title; extra++) {
    const t = next();
    if (t == null || groupLine(t) || headerFragment(t)) break;
    // a number that cannot open the group ("23 tháng 6 năm 2022") continues the title
    const cand = anchorCandidate(t);
    if (cand && cand.readings.some((r) => successorCost(null, r.path) != null)) break;
    const capsTitle = isCapsTitle(title);
    const continues = capsTitle
      ? isCapsTitle(t) || (t === t.toUpperCase() && t.length < 40)
      : title.length >= 60 && (/^\p{Ll}/u.test(t) || /[,\-]$/.test(title) || cand != null);
    if (!continues) break;
    title = `${title} ${t}`;
    used.add(k++);
  }
  return title;
}

/** Numbers for groups whose numeral was lost or misread, from their neighbours. */
export function resolveGroupNumbers(groups: GroupItem[], start: number, lines: SourceLine[], diagnostics: Diagnostic[]): void {
  let prev = start;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.value != null) {
      // a damaged numeral that leaves no room for the numeral-less groups before the next one
      let unknown = 0;
      let j = i + 1;
      while (j < groups.length && groups[j]!.value == null) (unknown++, j++);
      const nextKnown = groups[j]?.value ?? null;
      if (unknown > 0 && nextKnown != null && g.damaged && nextKnown - g.value - 1 < unknown && g.value - 1 > prev) {
        const fixed = Math.max(prev + 1, nextKnown - unknown - 1);
        diagnostics.push(diagnostic('warning', 'table/group-number-repaired', `group numeral read as ${toRoman(g.value)} taken as ${toRoman(fixed)} (groups around it)`, placeOf(lines[g.line]!)));
        g.value = fixed;
      }
      prev = g.value;
      continue;
    }
    g.value = prev + 1;
    prev = g.value;
    diagnostics.push(diagnostic('warning', 'table/group-number-lost', `group without its numeral, taken as ${toRoman(g.value)}`, placeOf(lines[g.line]!)));
  }
}


/**
 * A group numeral that repeats or goes back on the one before ("II" read for III) while the rows
 * under it are numbered on from the next group (3.1, 3.2 …): the rows' numbers tell the group's.
 */
export function groupsFromRowNumbers(
  items: ({ type: string; line: number } | GroupItem)[],
  firstPath: (item: { type: string; line: number }) => number[] | null,
  lines: SourceLine[],
  diagnostics: Diagnostic[],
): void {
  let prev: number | null = null;
  for (let k = 0; k < items.length; k++) {
    const g = items[k]!;
    if (g.type !== 'group') continue;
    const group = g as GroupItem;
    if (group.value == null) continue;
    if (prev != null && group.value <= prev) {
      const next = items.slice(k + 1).find((x) => x.type === 'anchor' || x.type === 'group');
      const path = next && next.type === 'anchor' ? firstPath(next) : null;
      if (path && path.length >= 2 && path[0] === prev + 1) {
        diagnostics.push(diagnostic('warning', 'table/group-number-repaired', `group numeral read as ${toRoman(group.value)} taken as ${toRoman(prev + 1)} (the rows under it are numbered ${path[0]}.x)`, placeOf(lines[group.line]!)));
        group.value = prev + 1;
        group.damaged = true;
      }
    }
    prev = group.value;
  }
}
