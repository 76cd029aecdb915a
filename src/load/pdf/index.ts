/**
 * PDF input: per page, a sane text layer is read from its geometry (pdfjs items and ruling
 * lines); a page without one (a scan) or with a garbled one is read by OCR from its embedded
 * image or a rendering. Pages are handled in order with a bounded number in flight.
 */
import { availableParallelism } from 'node:os';
import type { PlanFile } from '../../pipeline/planFile.js';
import type { ParseOptions } from '../../pipeline/stage.js';
import { diagnostic } from '../../core/diagnostic.js';
import type { RawTable, SourceLine } from '../../core/lines.js';
import { openPdf, type PdfPage } from './document.js';
import { InputError } from '../text.js';
import { pageTextPieces } from './textItems.js';
import { pageRules } from './rules.js';
import { judgeTextLayer } from './garbled.js';
import { layoutPage, type PageLayout } from './pageLayout.js';
import type { PlacedLine } from './freeLines.js';
import { assembleTables } from './assemble.js';
import type { TableFragment } from './fragments.js';
import { enginesFor, type OcrPool } from '../ocr/pool.js';
import { documentPool, releasePool } from '../ocr/documentPool.js';
import { ocrPage } from '../ocr/page.js';
import { pageImage, type PageImage } from './pageImage.js';
import { isUppercaseTitle } from './title.js';

export interface LoadedPages {
  layouts: PageLayout[];
  ocrPages: number[];
  textPages: number[];
}

export async function loadPdf(file: PlanFile, options: ParseOptions): Promise<void> {
  const doc = await openPdf(file.bytes, options.password);
  const total = options.maxPages ? Math.min(doc.numPages, options.maxPages) : doc.numPages;
  file.pageCount = doc.numPages;
  let pool: OcrPool | null = null;
  // OCR workers: --jobs, else one per core (OcrPool's default)
  const jobs = enginesFor(options.jobs);
  const layouts: PageLayout[] = new Array(total);
  const ocrPages: number[] = [];
  let done = 0;
  let clean = false;
  const inFlight = new Set<Promise<void>>();
  // page images waiting for or in OCR: bounded, so memory does not grow with the page count;
  // one beyond the engines, so that an engine finishing a page finds the next one prepared (a page
  // stays in flight while its crops are re-read). Two beyond cost ~45 MB more at the peak of a
  // 30-page scan (583-597 against 533-546 MB) and were no faster (6 pages, 1 and 2 engines).
  // (the pool may grow while the document is read: a batch gives it the cores other files left)
  const limit = (): number => (pool?.size ?? jobs ?? availableParallelism()) + 1;
  try {
    for (let n = 1; n <= total; n++) {
      const page: PdfPage = await doc.getPage(n).catch((error: unknown) => {
        // a broken page tree ("Pages tree contains circular reference", a missing page object)
        throw new InputError('load/pdf-invalid', `not a readable PDF (page ${n}: ${error instanceof Error ? error.message : String(error)})`);
      });
      const pieces = await pageTextPieces(page);
      const verdict = judgeTextLayer(pieces.map((p) => p.text).join(' '));
      const hasText = verdict.letters >= 20;
      if (hasText && verdict.usable) {
        layouts[n - 1] = layoutPage(pieces, await pageRules(page), n, 'pdf');
        page.cleanup();
        options.onProgress?.(++done, total);
        continue;
      }
      if (hasText && !verdict.usable) {
        file.diagnostics.push(
          diagnostic('warning', 'load/garbled-text-layer', `page ${n}: ${verdict.reason}; reading it by OCR instead`, { page: n, line: null }),
        );
      }
      ocrPages.push(n);
      if (!pool) {
        // engines load their model while this first page image is decoded and prepared
        pool = await documentPool(jobs);
        pool.warm();
      }
      const image = await pageImage(page, !hasText, file.bytes);
      page.cleanup();
      // the last page may be cut into bands for the engines that would otherwise idle
      if (n === total) pool.noMorePages();
      const task = ocrPage(pool, image as { gray: PageImage['gray'] | null }, image.dpi, image.offset).then((r) => {
        layouts[n - 1] = layoutPage(r.pieces, r.segments, n, 'ocr');
        options.onProgress?.(++done, total);
      });
      inFlight.add(task);
      task.then(
        () => inFlight.delete(task),
        () => inFlight.delete(task),
      );
      if (inFlight.size >= limit()) await Promise.race(inFlight);
    }
    pool?.noMorePages();
    await Promise.all(inFlight);
    clean = true;
  } finally {
    if (pool) await releasePool(pool, clean);
    await doc.destroy();
  }
  applyLayouts(file, layouts.filter(Boolean), ocrPages.length, total);
}

/** Turn page layouts into the PlanFile's lines and raw tables. */
export function applyLayouts(file: PlanFile, layouts: PageLayout[], ocrCount: number, total: number): void {
  const lines: SourceLine[] = [];
  const sourceLine = (pl: PlacedLine): SourceLine => ({ text: pl.text, raw: pl.text, page: pl.page, line: pl.line });
  for (const l of layouts) for (const pl of l.lines) lines.push(sourceLine(pl));
  const fragments: TableFragment[] = [];
  const rowLine = new Map<TableFragment, number[]>();
  const byPage = new Map<number, PageLayout>();
  for (const l of layouts) {
    byPage.set(l.page, l);
    l.fragments.forEach((f, i) => {
      fragments.push(f);
      rowLine.set(f, l.rowLines[i]!);
    });
  }
  const tables: RawTable[] = assembleTables(fragments, {
    lineOf: (f, i) => rowLine.get(f)?.[i] ?? 0,
    titleOf: (f) => {
      const above = (byPage.get(f.page)?.lines ?? [])
        .filter((l) => l.y < f.box.y0 && l.y > f.box.y0 - 90)
        .sort((a, b) => b.y - a.y);
      return above.find((l) => isUppercaseTitle(l.text))?.text ?? null;
    },
    adjacent: (prev, next) => {
      const a = byPage.get(prev.page);
      const b = byPage.get(next.page);
      if (!a || !b) return false;
      const lastOnPrev = a.fragments[a.fragments.length - 1] === prev;
      const firstOnNext = b.fragments[0] === next;
      const below = a.lines.filter((l) => l.y > prev.box.y1 && l.text.length > 4);
      const above = b.lines.filter((l) => l.y < next.box.y0 && l.text.length > 4);
      return lastOnPrev && firstOnNext && below.length === 0 && above.length === 0;
    },
    dropped: (f) => {
      // back among the page's free lines, in line order (free lines keep their reading order)
      for (const pl of byPage.get(f.page)?.tentativeLines.get(f) ?? []) {
        const at = lines.findIndex((l) => l.page > pl.page || (l.page === pl.page && l.line > pl.line));
        lines.splice(at < 0 ? lines.length : at, 0, sourceLine(pl));
      }
    },
  });
  file.lines = lines;
  file.rawTables = tables;
  file.textSource = ocrCount === 0 ? 'pdf-text' : ocrCount === total ? 'ocr' : 'mixed';
}
