/**
 * A small pool of OCR engines (one thread each), sized to the cores. Engines are recycled after
 * a dozen pages (tesseract.js's WebAssembly heap only grows, it leaks over many pages and it
 * adapts to what it has read), and a failed engine is replaced.
 */
import { availableParallelism } from 'node:os';
import { OcrEngine, DEFAULT_TIMEOUTS, ImageDecodeError, type OcrTimeouts, type OcrWord } from './engine.js';

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
  private readonly waiting: (() => void)[] = [];
  private closed = false;

  constructor(options: OcrPoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
    this.recycleAfter = options.recycleAfter ?? 12;
    this.timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
    this.slots = Array.from({ length: this.size }, () => ({ engine: null, pages: 0, busy: false }));
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      if (this.closed) throw new Error('OCR pool is closed');
      const free = this.slots.find((s) => !s.busy);
      if (free) {
        free.busy = true;
        return free;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private release(slot: Slot): void {
    slot.busy = false;
    this.waiting.shift()?.();
  }

  async recognize(image: Uint8Array, params: Record<string, string> = {}): Promise<OcrWord[]> {
    return this.run((engine) => engine.words(image, params), true);
  }

  /** Decode an image file to a grayscale PNG inside an OCR worker (see OcrEngine.grayPng). */
  async grayPng(image: Uint8Array): Promise<Buffer> {
    return this.run((engine) => engine.grayPng(image), false);
  }

  private async run<T>(job: (engine: OcrEngine) => Promise<T>, countsAsPage: boolean): Promise<T> {
    const slot = await this.acquire();
    try {
      if (slot.engine && slot.pages >= this.recycleAfter) {
        const old = slot.engine;
        slot.engine = null;
        await (await old).stop();
      }
      if (!slot.engine) {
        slot.pages = 0;
        slot.engine = OcrEngine.start(this.timeouts);
        slot.engine.catch(() => {});
      }
      let engine: OcrEngine;
      try {
        engine = await slot.engine;
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
      }
    } finally {
      this.release(slot);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w();
    await Promise.all(
      this.slots.map(async (s) => {
        const e = s.engine;
        s.engine = null;
        if (e) await (await e.catch(() => null))?.stop();
      }),
    );
  }
}
