/**
 * A small pool of OCR engines (one thread each), sized to the cores. `warm()` starts them all
 * before the first page is ready (model loading overlaps page preparation). An engine is
 * replaced after `recycleAfter` whole pages (tesseract.js's WebAssembly heap only grows: it
 * fragments over pages, see RECYCLE_AFTER), right when it reaches the count, so the restart
 * does not wait for the next job; small crop re-reads do not count. A failed engine is replaced.
 */
import { availableParallelism } from 'node:os';
import { OcrEngine, DEFAULT_TIMEOUTS, ImageDecodeError, type OcrTimeouts, type OcrWord } from './engine.js';

/**
 * Whole pages an engine reads before it is replaced. Measured on 300 dpi A4 scans
 * (2479×3508 px): the heap grows by ~90 MB with the first page, then to ~165 MB after eight
 * pages; a restart costs ~0.3 s of CPU once the WebAssembly module is compiled.
 */
export const RECYCLE_AFTER = Number(process.env.TTHC_OCR_RECYCLE_AFTER ?? 12);

export interface OcrPoolOptions {
  size?: number;
  recycleAfter?: number;
  timeouts?: OcrTimeouts;
}

interface Slot {
  engine: Promise<OcrEngine> | null;
  pages: number;
  busy: boolean;
}

export class OcrPool {
  readonly size: number;
  private readonly recycleAfter: number;
  private readonly timeouts: OcrTimeouts;
  private readonly slots: Slot[];
  private readonly waiting: { resolve: () => void; urgent: boolean; cost: number }[] = [];
  private closed = false;

  constructor(options: OcrPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
    this.recycleAfter = options.recycleAfter ?? RECYCLE_AFTER;
    this.timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
    this.slots = Array.from({ length: this.size }, () => ({ engine: null, pages: 0, busy: false }));
  }

  /**
   * A free engine slot. Waiting jobs are served: `urgent` ones first (small re-reads that finish
   * a page), then the costliest page (longest first: the engines run out of work together at the
   * end of a document instead of one finishing a big page alone), first come first served on ties.
   */
  private async acquire(urgent = false, cost = 0): Promise<Slot> {
    for (;;) {
      if (this.closed) throw new Error('OCR pool is closed');
      const free = this.slots.find((s) => !s.busy);
      if (free) {
        free.busy = true;
        return free;
      }
      await new Promise<void>((resolve) => this.waiting.push({ resolve, urgent, cost }));
    }
  }

  private release(slot: Slot): void {
    slot.busy = false;
    if (!this.waiting.length) return;
    let pick = this.waiting.findIndex((w) => w.urgent);
    if (pick < 0) {
      pick = 0;
      this.waiting.forEach((w, i) => {
        if (w.cost > this.waiting[pick]!.cost) pick = i;
      });
    }
    this.waiting.splice(pick, 1)[0]!.resolve();
  }

  /**
   * Recognise an image. A job with tesseract variables (`params`: a crop read in a single-line
   * mode …) is a small one: it does not count towards recycling, and it goes ahead of waiting
   * pages (it finishes a page, whose image can then go); a plain job is a page. `cost` (e.g.
   * `inkAmount` of the page) orders waiting pages, costliest first.
   */
  async recognize(image: Uint8Array, params: Record<string, string> = {}, cost = 0): Promise<OcrWord[]> {
    const page = Object.keys(params).length === 0;
    return this.run((engine) => engine.words(image, params), page, !page, cost);
  }

  /** Decode an image file to a grayscale PNG inside an OCR worker (see OcrEngine.grayPng). */
  async grayPng(image: Uint8Array): Promise<Buffer> {
    return this.run((engine) => engine.grayPng(image), false);
  }

  /** Start every engine now (model loading in parallel with whatever the caller does next). */
  warm(): void {
    if (this.closed) return;
    for (const slot of this.slots) if (!slot.engine && !slot.busy) this.startEngine(slot);
  }

  private startEngine(slot: Slot, after: Promise<unknown> = Promise.resolve()): void {
    slot.pages = 0;
    const engine = after.then(() => {
      if (this.closed) throw new Error('OCR pool is closed');
      return OcrEngine.start(this.timeouts);
    });
    engine.catch(() => {
      if (slot.engine === engine) slot.engine = null;
    });
    slot.engine = engine;
  }

  private async run<T>(job: (engine: OcrEngine) => Promise<T>, countsAsPage: boolean, urgent = false, cost = 0): Promise<T> {
    const slot = await this.acquire(urgent, cost);
    try {
      if (!slot.engine) this.startEngine(slot);
      let engine: OcrEngine;
      try {
        engine = await slot.engine!;
      } catch (error) {
        slot.engine = null;
        throw error;
      }
      if (countsAsPage) slot.pages++;
      try {
        return await job(engine);
      } catch (error) {
        if (!(error instanceof ImageDecodeError)) slot.engine = null; // a timed-out engine was stopped
        throw error;
      } finally {
        // replace a worn engine now: the restart overlaps other work instead of delaying the next job
        if (slot.engine && slot.pages >= this.recycleAfter && !this.closed) {
          const old = slot.engine;
          this.startEngine(slot, old.then((e) => e.stop()).catch(() => {}));
        }
      }
    } finally {
      this.release(slot);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w.resolve();
    await Promise.all(
      this.slots.map(async (s) => {
        const e = s.engine;
        s.engine = null;
        if (e) await (await e.catch(() => null))?.stop();
      }),
    );
  }
}
