/**
 * OCR of one page image: cap the resolution, straighten it, find table rules in the pixels,
 * recognise words, and return both in page points so the text-layer grid code can cut cells.
 * A first-column cell left empty in a row that has text is read again alone (one line, digits
 * and roman numerals only): OCR tends to drop lone Stt numbers next to ruling lines.
 */
import { alignOrdinalDots, dropMidLineDots, hasInk, uncoveredLine } from './wordFixes.js';
import { centerX, centerY, contains, type Box, type Segment, type TextPiece } from '../pdf/geometry.js';
import { findGrids } from '../pdf/grid.js';
import { crop, downscale, inkAmount, toTiff, type Gray } from '../image/gray.js';
import { estimateSkew, rotate } from '../image/deskew.js';
import { imageRules } from '../image/rules.js';
import type { OcrPool } from './pool.js';
import type { OcrWord } from './engine.js';
import { reclaim } from './reclaim.js';
import { fillHeadingNumerals } from './headingNumerals.js';
import { splitPage } from './bands.js';
import { paperLevel, whitenPaper } from '../image/paper.js';
import { DASH_CONFIDENCE, dropLoneSigns, hasBarUnder, keepListDashes, SIGN, SIGN_CONFIDENCE, signText } from './signs.js';

export interface OcrPageResult {
  pieces: TextPiece[];
  segments: Segment[];
  skew: number;
  dpi: number;
}

/** bars OCR reads from ruling lines next to words */
const RULE_BARS = /^[|¦[\]{}]+|[|¦[\]{}]+$/g;
/** dots and colons OCR adds from specks after a word, when it is unsure of them */
const SPECKS = /(?<=[\p{L}\p{N}])[.:…]+$/u;

function cleanWord(w: OcrWord): string {
  let text = w.text.trim().replace(RULE_BARS, '').trim();
  // a dash read alone may open a list item: kept when sure, and kept only before a word (keepListDashes)
  if (/^[-–]$/.test(text)) return w.confidence >= DASH_CONFIDENCE ? text : '';
  if (/^[|¦_—–-]+$/.test(text)) return '';
  // a comparison sign before a number ("≥ 80" is read "> 80"; see signs.ts)
  if (/^[<>]$/.test(text)) return w.confidence >= SIGN_CONFIDENCE ? text : '';
  // unsure readings full of symbols are specks and rule ends, not words
  if (w.confidence < 25 && /[^\p{L}\p{N}\s.,;:()/%\-–"'’“”]/u.test(text)) return '';
  if (!/[\p{L}\p{N}%]/u.test(text)) return '';
  // a lone unsure letter is a speck or the end of a rule ("J" next to a border)
  if (w.confidence < 30 && /^\p{L}$/u.test(text)) return '';
  // (a number is surer of its digits than of a dot after it: "2024." at the end of a cell)
  if (w.confidence < 70 || /\.\.+$/.test(text) || (w.confidence < 80 && /\d[.:]$/.test(text))) text = text.replace(SPECKS, '');
  return text;
}

/** a word below this confidence makes its cell worth reading alone */
const WEAK_WORD = 30;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** a row number (1, 1.2, 2.1.3), a group numeral (II), with or without a dot */
const ORDINAL = /^([0-9]+(?:\.[0-9]+)*|[IVXLC]+)\.?$/;
const HEADER_PARAMS = { tessedit_pageseg_mode: '6' };
const ORDINAL_PARAMS = { tessedit_pageseg_mode: '7', tessedit_char_whitelist: '0123456789IVXLC.' };

/** Whether any pixel is darker than mid-grey (every pixel looked at, not a sample: one short word counts). */
function anyDarkPixel(img: Gray): boolean {
  const data = img.data;
  for (let i = 0; i < data.length; i++) if (data[i]! < 128) return true;
  return false;
}

export async function ocrPage(pool: OcrPool, source: { gray: Gray | null }, dpi: number, offset: [number, number] = [0, 0]): Promise<OcrPageResult> {
  const factor = dpi > 420 ? Math.floor(dpi / 300) : 1;
  let img = downscale(source.gray!, factor);
  source.gray = null; // the caller's copy is not needed any more: let it go while OCR runs
  // a page without one dark pixel (a blank page of a PDF, a separator sheet) has no words: no
  // engine is asked (500 blank pages took 84 s). Its image is let go as after OCR, and the event
  // loop turns once so that the canvas it was rendered on is freed too (pages rendered back to
  // back without a turn kept every canvas: 3 GB at 50 blank pages)
  if (!anyDarkPixel(img)) {
    reclaim();
    await new Promise((resolve) => setImmediate(resolve));
    return { pieces: [], segments: [], skew: 0, dpi: dpi / factor };
  }
  const effDpi = dpi / factor;
  const skew = estimateSkew(img);
  if (Math.abs(skew) > 0.0009) img = rotate(img, skew);
  const k = 72 / effDpi;
  const toPoints = (b: Box): Box => ({
    x0: offset[0] + b.x0 * k,
    y0: offset[1] + b.y0 * k,
    x1: offset[0] + b.x1 * k,
    y1: offset[1] + b.y1 * k,
  });
  const toPixels = (b: Box): Box => ({
    x0: (b.x0 - offset[0]) / k,
    y0: (b.y0 - offset[1]) / k,
    x1: (b.x1 - offset[0]) / k,
    y1: (b.y1 - offset[1]) / k,
  });
  const rules = imageRules(img);
  const segments = rules.map(toPoints);
  const grids = findGrids(segments);
  // (painting the rules white before OCR was tried: it changed tesseract's page segmentation
  // and lost more than it won on the scan fixtures, so the page goes in as scanned)
  reclaim(); // the decoded and unrotated copies of this page are garbage now
  const page = img;
  // crops read alone get the page's paper made white (see paper.ts)
  const paperFrom = paperLevel(page);
  // whole, or in bands cut at white gaps when other engines would idle (see pool.readPage)
  const words = await pool.readPage({
    whole: () => toTiff(page),
    bands: (shares) => splitPage(page, rules, shares),
    cost: inkAmount(page),
  });
  const pieces: TextPiece[] = [];
  const add = (w: OcrWord, dx = 0, dy = 0) => {
    let text = cleanWord(w);
    if (!text) return;
    const px = { x0: w.x0 + dx, y0: w.y0 + dy, x1: w.x1 + dx, y1: w.y1 + dy };
    if (SIGN.test(text)) text = signText(text, hasBarUnder(page, px, text.length > 1));
    const box = toPoints(px);
    pieces.push({ ...box, text, font: '', size: box.y1 - box.y0, confidence: w.confidence });
  };
  for (const w of words) add(w);

  // Cells read again alone. A dry run first, on a copy of the words with every crop answered
  // "nothing found", asks for the crops the real run will want (which cells a run re-reads does
  // not depend on what other cells' re-reads found): they are all queued at once, so that free
  // engines read them side by side; the real run then takes each reading in the same order as
  // reading one crop at a time would, and reads any crop the dry run did not foresee.
  const asked = new Map<string, Promise<OcrWord[]>>();
  const rereadCells = async (pieces: TextPiece[], dryRun: boolean) => {
    const readCrop = (x0: number, y0: number, x1: number, y1: number, params: Record<string, string>): Promise<OcrWord[]> | null => {
      const key = `${params.tessedit_pageseg_mode}:${x0},${y0},${x1},${y1}`;
      let reading = asked.get(key);
      if (!reading) {
        const part = crop(img, x0, y0, x1, y1);
        if (!part) return null;
        whitenPaper(part, paperFrom);
        reading = pool.recognize(toTiff(part), params);
        // (a reading the real run does not take must not end as an unhandled rejection)
        reading.catch(() => {});
        asked.set(key, reading);
      }
      return dryRun ? Promise.resolve([]) : reading;
    };
    for (const grid of grids) {
      // header cells read one by one: a bold one-line header squeezed between rules is where
      // full-page OCR garbles most (and the tables stage needs the header to name the columns)
      const firstRow = grid.cells.filter((c) => c.r0 === 0);
      if (firstRow.length >= 3 && grid.ys.length > 2) {
        for (const cell of firstRow) {
          const px = toPixels(cell);
          const inset = Math.max(3, Math.round(2.5 / k));
          const read = readCrop(px.x0 + inset, px.y0 + inset, px.x1 - inset, px.y1 - inset, HEADER_PARAMS);
          if (!read) continue;
          const found = (await read).filter((w) => cleanWord(w));
          if (!found.length) continue;
          const inCell = (p: TextPiece) => contains(cell, centerX(p), centerY(p));
          const before = pieces.filter(inCell);
          // keep whichever reading tesseract is surer of, or the one that has the line the page's reading lost
          const lost = uncoveredLine(img, { x0: px.x0 + inset, y0: px.y0 + inset, x1: px.x1 - inset, y1: px.y1 - inset }, before.map(toPixels));
          if (!(lost && found.length > before.length) && mean(found.map((w) => w.confidence)) <= mean(before.map((p) => p.confidence ?? 0)) + 5) continue;
          for (const p of before) pieces.splice(pieces.indexOf(p), 1);
          for (const w of found) add(w, Math.floor(px.x0 + inset) - 12, Math.floor(px.y0 + inset) - 12);
        }
      }
      for (let r = 1; r < grid.ys.length - 1; r++) {
        const cell = grid.cells[grid.at[r]![0]!]!;
        if (cell.r0 !== r || cell.c1 !== 0) continue;
        const inCell = (p: TextPiece) => contains(cell, centerX(p), centerY(p));
        const current = pieces.filter(inCell);
        const text = current.map((p) => p.text).join('');
        // re-read when empty, when a short reading is not an ordinal ("Em" for a bold "II"), or
        // when tesseract is unsure of every word ("Kgujpc" for a bold "I" beside a rule)
        const unsure = current.every((p) => (p.confidence ?? 100) < WEAK_WORD);
        if (current.length && (ORDINAL.test(text) || text.length > 4) && !unsure) continue;
        // (or ink: a line the page's reading lost, read again with the body cells below)
        const inset = Math.max(3, Math.round(2 / k));
        const rowHasText =
          pieces.some((p) => centerY(p) > grid.ys[r]! && centerY(p) < grid.ys[r + 1]! && centerX(p) > cell.x1 && centerX(p) < grid.x1) ||
          [...new Set(grid.at[r]!.slice(1))].some((ci) => {
            const c = toPixels({ ...grid.cells[ci]!, y0: grid.ys[r]!, y1: grid.ys[r + 1]! });
            return hasInk(img, { x0: c.x0 + inset, y0: c.y0 + inset, x1: c.x1 - inset, y1: c.y1 - inset });
          });
        if (!rowHasText) continue;
        const px = toPixels(cell);
        const read = readCrop(px.x0 + inset, px.y0 + inset, px.x1 - inset, Math.min(px.y1 - inset, px.y0 + 60 / k), ORDINAL_PARAMS);
        if (!read) continue;
        const found = await read;
        const good = found.filter((w) => w.confidence >= 40 && ORDINAL.test(w.text));
        if (!good.length) {
          // an unsure reading that is no ordinal, and nothing there when read alone: a speck
          if (current.length && current.every((p) => (p.confidence ?? 100) < 50)) for (const p of current) pieces.splice(pieces.indexOf(p), 1);
          continue;
        }
        for (const p of current) pieces.splice(pieces.indexOf(p), 1);
        for (const w of good) add(w, Math.floor(px.x0 + inset) - 12, Math.floor(px.y0 + inset) - 12);
      }
    }
    for (const grid of grids) {
      // body cells read badly in the whole page (a short row squeezed by a page break, a lone "%"
      // dropped next to a rule): read alone, kept when tesseract is surer of them. Every such cell:
      // tesseract now and then reads a whole ruled table as a few page-wide words of noise ("gi",
      // "ni", confidence 0: plan I's indicator page; a cap of 24 cells left its last row empty)
      for (const cell of grid.cells) {
        if (cell.r0 === 0 || cell.c1 === 0) continue;
        const inCell = (p: TextPiece) => contains(cell, centerX(p), centerY(p));
        const current = pieces.filter(inCell);
        const px = toPixels(cell);
        const inset = Math.max(3, Math.round(2.5 / k));
        const inner = { x0: px.x0 + inset, y0: px.y0 + inset, x1: px.x1 - inset, y1: px.y1 - inset };
        // a line of the cell the page's reading lost, next to lines it kept
        const lost = current.length > 0 && uncoveredLine(img, inner, current.map(toPixels));
        const weak = current.length ? lost || current.some((p) => (p.confidence ?? 100) < WEAK_WORD) : hasInk(img, inner);
        if (!weak) continue;
        const read = readCrop(inner.x0, inner.y0, inner.x1, inner.y1, HEADER_PARAMS);
        if (!read) continue;
        const found = (await read).filter((w) => cleanWord(w));
        if (!found.length) continue;
        const sure = mean(found.map((w) => w.confidence));
        if (current.length ? !(lost && found.length > current.length && sure >= 60) && sure <= mean(current.map((p) => p.confidence ?? 0)) + 5 : sure < 60) continue;
        for (const p of current) pieces.splice(pieces.indexOf(p), 1);
        for (const w of found) add(w, Math.floor(inner.x0) - 12, Math.floor(inner.y0) - 12);
      }
      if (dryRun) continue;
      const numbers = pieces.filter((p) => grid.cells.some((c) => c.r0 > 0 && c.c1 === 0 && contains(c, centerX(p), centerY(p))));
      alignOrdinalDots(numbers);
    }
  };
  await rereadCells([...pieces], true);
  await rereadCells(pieces, false);
  dropLoneSigns(pieces);
  keepListDashes(pieces);
  fillHeadingNumerals(grids, pieces);
  dropMidLineDots(pieces, grids.flatMap((g) => g.cells));
  return { pieces, segments, skew, dpi: effDpi };
}
