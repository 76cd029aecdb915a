/**
 * Page images are large ArrayBuffers (8.7 MB for a 300 dpi A4 page, more for the JPEG decoder's
 * coefficient blocks) with tiny JS handles: V8 collects them only when its external-memory
 * allowance is used up, so a few pages' worth of dead images linger. A full collection on the
 * main thread (~15-30 ms, the JS heap is small) returns that memory at once: measured, peak RSS
 * of a 6-page scan 521 -> 463 MB with one per page (when pdfjs still made a 26 MB RGB copy of
 * each page). It now runs only when ArrayBuffer memory passes RECLAIM_ABOVE. Each OCR thread
 * collects after every whole page it reads (the page's copy, its file in the virtual FS, the
 * result objects): 30-page scan, 2 workers, peak RSS 571-580 MB without, 523 MB with, same CPU.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) collect = exposed;
    else {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    }
  } catch {
    collect = null;
  }
  return collect;
}

/** ArrayBuffer memory above which a collection is worth its cost: ~4 live page images, a JPEG being decoded, and some slack. */
const RECLAIM_ABOVE = 80 << 20;

/** A full collection now, when the runtime allows it (`TTHC_NO_RECLAIM=1` turns it off). */
export function collectGarbage(): void {
  if (process.env.TTHC_NO_RECLAIM) return;
  collector()?.();
}

/** Collect garbage now if page buffers pile up (when the runtime allows it); `TTHC_NO_RECLAIM=1` turns it off. */
export function reclaim(): void {
  if (process.env.TTHC_NO_RECLAIM) return;
  if (process.memoryUsage().arrayBuffers < RECLAIM_ABOVE) return;
  collector()?.();
}
