/**
 * The year the plan is for: from its title ("… năm 2024"), else the year most often named in the
 * body ("năm 2025"), else the issue year. A plan issued in December is often for the next year.
 */
import { fold } from '../core/text.js';

// A plan year is a year of the state's administration (the schema allows 1945–2200), never 1900.
const YEAR_PHRASE = /\bn\S{1,2}m\s*(19[4-9]\d|2\d{3})\b/gu;
const ANY_YEAR = /\b(19[4-9]\d|2[01]\d{2})\b/g;
const plausible = (y: number) => y >= 1945 && y <= 2200;

export function yearInTitle(title: string | null): number | null {
  if (!title) return null;
  const folded = fold(title);
  const phrase = [...folded.matchAll(YEAR_PHRASE)].map((m) => Number(m[1])).filter(plausible);
  if (phrase.length) return phrase[phrase.length - 1]!;
  const any = [...folded.matchAll(ANY_YEAR)].map((m) => Number(m[1])).filter(plausible);
  return any.length ? any[0]! : null;
}

/** The year named most often as "năm YYYY" in these texts (the later one on a tie). */
export function yearInBody(texts: string[]): number | null {
  const counts = new Map<number, number>();
  for (const text of texts) for (const m of fold(text).matchAll(YEAR_PHRASE)) if (plausible(Number(m[1]))) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && year > best)) best = year;
  return best;
}
