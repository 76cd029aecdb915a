/**
 * A page image cut into horizontal bands that separate OCR engines read at once (the last page
 * of a document, a one-page image: otherwise one engine reads it while the others idle).
 *
 * A cut only goes through a white gap: rows with no text ink (dark pixels of vertical rules do
 * not count), several pixels tall, so never through a text line, and never through a horizontal
 * rule (a rule cut in two at a band's edge merges with the text next to it into garbled words).
 * Among the gaps, the cut goes where the bands get the shares of ink asked for (OCR time grows
 * with it, see inkAmount), the white strip along a table rule preferred over a blank between
 * two text lines. A band is a plain copy of its rows behind a TIFF header (one memcpy of
 * contiguous rows, white rows added at the cut), measured cheaper than handing every engine the
 * whole page with tesseract's `rectangle` (which also read worse); its words are shifted back by
 * the band's top.
 */
import { newGray, toTiff, type Gray } from '../image/gray.js';
import type { Segment } from '../pdf/geometry.js';
import type { OcrWord } from './engine.js';

export interface Band {
  /** the band's rows as an uncompressed TIFF file */
  image: Uint8Array;
  /** the page row of the band image's first row (white padding above a cut included) */
  top: number;
  /** the band's share of the page's rows (what it counts towards an engine's recycling) */
  share: number;
  /** the band's share of the page's ink (of the OCR work, see inkAmount) */
  work: number;
}

/** a pixel darker than this is ink, or the faint edge of a glyph (OCR's binarisation may keep it) */
const INK = 160;

export interface CutOptions {
  /** shortest white gap (pixels) a cut may go through; default from the page width (≈1 mm at 300 dpi … 12 px) */
  minGap?: number;
  /** a band gets at least this share of the ink, or the page is not cut there */
  minShare?: number;
}

/** pixels around a ruling line that belong to it (ragged, grey edges of a scanned rule) */
const RULE_EDGE = 2;

/**
 * Dark pixels per row that are not part of a ruling line (pixel coordinates, as imageRules
 * gives them: horizontal runs one row tall, vertical runs one column wide).
 */
export function textInkPerRow(img: Gray, rules: Segment[]): Int32Array {
  const { width: w, height: h, data } = img;
  const ink = new Int32Array(h);
  // rules grown by their edges, swept top down: the ones covering the current row mask their pixels
  const spans = rules
    .map((s) => ({
      x0: Math.max(0, Math.floor(s.x0) - RULE_EDGE),
      x1: Math.min(w, Math.ceil(s.x1) + RULE_EDGE),
      y0: Math.max(0, Math.floor(s.y0) - RULE_EDGE),
      y1: Math.min(h, Math.ceil(s.y1) + RULE_EDGE),
    }))
    .sort((a, b) => a.y0 - b.y0);
  const mask = new Uint8Array(w);
  let next = 0;
  let open: typeof spans = [];
  for (let y = 0; y < h; y++) {
    while (next < spans.length && spans[next]!.y0 <= y) open.push(spans[next++]!);
    if (open.some((s) => s.y1 <= y)) open = open.filter((s) => s.y1 > y);
    for (const s of open) mask.fill(1, s.x0, s.x1);
    const row = y * w;
    let n = 0;
    for (let x = 0; x < w; x++) if (data[row + x]! < INK && !mask[x]) n++;
    for (const s of open) mask.fill(0, s.x0, s.x1);
    ink[y] = n;
  }
  return ink;
}

interface Gap {
  /** where to cut: the clearest row nearest the gap's middle */
  y: number;
  /** the gap's height */
  size: number;
  /** the gap runs along a table's horizontal rule */
  rule: boolean;
}

/**
 * Rows where the page may be cut into bands holding the given shares of its ink (a number n:
 * n equal shares), top band first: at most one cut less than shares, increasing; fewer (none)
 * when the page has no suitable white gap near where a cut should go.
 */
export function bandCuts(img: Gray, rules: Segment[], shares: number | number[], options: CutOptions = {}, ink = textInkPerRow(img, rules)): number[] {
  const parts = typeof shares === 'number' ? Array.from({ length: Math.max(0, Math.floor(shares)) }, () => 1) : shares;
  const n = parts.length;
  if (n < 2 || img.height < 64) return [];
  const sum = parts.reduce((a, b) => a + b, 0);
  const h = img.height;
  const minGap = options.minGap ?? Math.max(6, Math.round(img.width / 200));
  // next to a rule a thinner white strip will do: the rule keeps the text lines apart
  const minRuleGap = Math.max(3, Math.round(minGap / 2));
  // a band gets at least this share of the ink (60 % of the smallest share asked for)
  const minShare = options.minShare ?? (0.6 * Math.min(...parts)) / sum;
  // a row is clear with only specks in it: at most a few dark pixels outside the rules
  const speck = Math.max(2, Math.round(img.width / 800));
  // rows of long horizontal rules (and their grey edges): never cut through one, cut next to one
  const ruleRows = new Uint8Array(h);
  for (const s of rules) {
    if (s.y1 - s.y0 > s.x1 - s.x0 || s.x1 - s.x0 < img.width / 8) continue;
    for (let y = Math.max(0, Math.floor(s.y0) - RULE_EDGE); y < Math.min(h, Math.ceil(s.y1) + RULE_EDGE); y++) ruleRows[y] = 1;
  }
  const gaps: Gap[] = [];
  for (let y = 0; y < h; ) {
    if (ink[y]! > speck || ruleRows[y]) {
      y++;
      continue;
    }
    let e = y;
    while (e < h && ink[e]! <= speck && !ruleRows[e]) e++;
    const rule = (y > 0 && ruleRows[y - 1] === 1) || (e < h && ruleRows[e] === 1);
    // gaps touching the page's edges are margins, not cuts
    if (y > 0 && e < h && e - y >= (rule ? minRuleGap : minGap)) {
      const middle = (y + e - 1) / 2;
      let cut = Math.floor(middle);
      for (let r = y; r < e; r++) if (ink[r]! < ink[cut]! || (ink[r] === ink[cut] && Math.abs(r - middle) < Math.abs(cut - middle))) cut = r;
      gaps.push({ y: cut, size: e - y, rule });
    }
    y = e;
  }
  if (!gaps.length) return [];
  const cumulative = new Float64Array(h + 1);
  for (let y = 0; y < h; y++) cumulative[y + 1] = cumulative[y]! + ink[y]!;
  const total = cumulative[h]!;
  if (total <= 0) return [];
  const cuts: number[] = [];
  let previous = 0;
  let asked = 0;
  for (let k = 1; k < n; k++) {
    asked += parts[k - 1]! / sum;
    const target = asked * total;
    let best: { y: number; score: number } | null = null;
    for (const g of gaps) {
      const y = g.y;
      if (y <= previous) continue;
      const before = (cumulative[y]! - cumulative[previous]!) / total;
      const after = (total - cumulative[y]!) / total;
      if (before < minShare || after < minShare * (n - k)) continue;
      // distance from the split asked for, in shares of the page's ink; a rule, a wide gap are worth a small detour
      const score = Math.abs(cumulative[y]! - target) / total - (g.rule ? 0.04 : 0) - Math.min(0.02, g.size / h);
      if (!best || score < best.score) best = { y, score };
    }
    if (!best) break;
    cuts.push(best.y);
    previous = best.y;
  }
  return cuts;
}

/** white rows added at a band's cut edges: the text next to a cut gets the margin it had on the page */
const PAD = 16;

/**
 * The page cut into bands holding about the given shares of its ink (see bandCuts), or none
 * when it cannot be cut.
 */
export function splitPage(img: Gray, rules: Segment[], shares: number[]): Band[] {
  const ink = textInkPerRow(img, rules);
  const cuts = bandCuts(img, rules, shares, {}, ink);
  return cuts.length ? cutBands(img, cuts, ink) : [];
}

/** The page cut at `cuts` (rows, increasing) into bands, each a TIFF copy of its rows with white padding at the cuts. */
export function cutBands(img: Gray, cuts: number[], ink?: Int32Array): Band[] {
  const edges = [0, ...cuts, img.height];
  const { width: w, height: total } = img;
  let inkTotal = 0;
  if (ink) for (const v of ink) inkTotal += v;
  const bands: Band[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const top = edges[i]!;
    const bottom = edges[i + 1]!;
    const above = i > 0 ? PAD : 0;
    const below = i + 2 < edges.length ? PAD : 0;
    const band = newGray(w, above + bottom - top + below);
    band.data.fill(255, 0, above * w);
    band.data.set(img.data.subarray(top * w, bottom * w), above * w);
    band.data.fill(255, (above + bottom - top) * w);
    let work = (bottom - top) / total;
    if (ink && inkTotal > 0) {
      let sum = 0;
      for (let y = top; y < bottom; y++) sum += ink[y]!;
      work = sum / inkTotal;
    }
    bands.push({ image: toTiff(band), top: top - above, share: (bottom - top) / total, work });
  }
  return bands;
}

/** Words read from bands, back in page coordinates, top band first. */
export function mergeBandWords(bands: { top: number }[], words: OcrWord[][]): OcrWord[] {
  const out: OcrWord[] = [];
  bands.forEach((b, i) => {
    for (const w of words[i] ?? []) out.push({ ...w, y0: w.y0 + b.top, y1: w.y1 + b.top });
  });
  return out;
}
