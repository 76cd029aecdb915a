/**
 * One tesseract.js worker with the Vietnamese model from @tesseract.js-data/vie, read from disk:
 * no download, no cache file, timeouts around start-up and recognition, errors as Errors.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// must load before tesseract.js (see threadGuard.ts)
import { liveOcrThreads, terminateThreads } from './threadGuard.js';
import { createWorker, OEM, type Worker } from 'tesseract.js';

const require = createRequire(import.meta.url);

export class ImageDecodeError extends Error {}

export interface OcrWord {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  confidence: number;
}

export interface OcrTimeouts {
  startMs: number;
  pageMs: number;
}

export const DEFAULT_TIMEOUTS: OcrTimeouts = {
  startMs: Number(process.env.TTHC_OCR_INIT_TIMEOUT_MS ?? 90_000),
  pageMs: Number(process.env.TTHC_OCR_PAGE_TIMEOUT_MS ?? 180_000),
};

/** The folder holding vie.traineddata.gz inside the installed @tesseract.js-data/vie package. */
export function vieLangPath(): string {
  const pkg = dirname(require.resolve('@tesseract.js-data/vie/package.json'));
  return join(pkg, '4.0.0_best_int');
}

/** Our thread entry (workerScript.ts, compiled); when running from sources, the built copy in dist/. */
function workerPath(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'workerScript.js'), join(here, '..', '..', '..', 'dist', 'src', 'load', 'ocr', 'workerScript.js')];
  return candidates.find((p) => existsSync(p));
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface RawSymbol {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

interface RawWord extends RawSymbol {
  symbols?: RawSymbol[] | null;
}

/**
 * Tesseract's LSTM sometimes runs words together ("Báocáotình") although the gap is plain in
 * the image. Split a word where the gap between two of its letters is several times the usual
 * letter gap; drop a trailing dot or colon the model is unsure of (specks after a word), and a
 * trailing dot that does not reach past the letter before it.
 */
export function splitWord(w: RawWord): OcrWord[] {
  const whole: OcrWord = { text: w.text, x0: w.bbox.x0, y0: w.bbox.y0, x1: w.bbox.x1, y1: w.bbox.y1, confidence: w.confidence };
  const symbols = [...(w.symbols ?? [])];
  if (symbols.length < 2 || symbols.map((s) => s.text).join('').normalize('NFC') !== w.text.normalize('NFC')) return [whole];
  const last = symbols[symbols.length - 1]!;
  const before = symbols[symbols.length - 2]!;
  // (a dot placed inside the letter before it, not after it, is not on the page at all: the model
  // ends a cell's last word with one now and then, "văn bản." where the page has "văn bản")
  if (/^[.:]$/.test(last.text) && (last.confidence < 75 || (last.text === '.' && last.bbox.x1 <= before.bbox.x1))) symbols.pop();
  const gaps = symbols.slice(1).map((s, i) => s.bbox.x0 - symbols[i]!.bbox.x1);
  const positive = gaps.filter((g) => g > 0).sort((a, b) => a - b);
  const typical = positive.length ? positive[Math.floor(positive.length / 2)]! : 0;
  const height = w.bbox.y1 - w.bbox.y0;
  const limit = Math.max(3 * typical, 0.25 * height);
  const words: OcrWord[] = [];
  let cur: RawSymbol[] = [symbols[0]!];
  const flush = () => {
    words.push({
      text: cur.map((s) => s.text).join(''),
      x0: cur[0]!.bbox.x0,
      x1: Math.max(...cur.map((s) => s.bbox.x1)),
      y0: w.bbox.y0,
      y1: w.bbox.y1,
      confidence: w.confidence,
    });
  };
  gaps.forEach((g, i) => {
    if (g > limit) {
      flush();
      cur = [];
    }
    cur.push(symbols[i + 1]!);
  });
  flush();
  return words;
}

export class OcrEngine {
  private constructor(private readonly worker: Worker, private readonly timeouts: OcrTimeouts) {}

  static async start(timeouts: OcrTimeouts = DEFAULT_TIMEOUTS): Promise<OcrEngine> {
    let failed: ((error: Error) => void) | null = null;
    const failure = new Promise<never>((_, reject) => (failed = reject));
    const before = liveOcrThreads();
    const entry = workerPath();
    const creating = createWorker('vie', OEM.LSTM_ONLY, {
      langPath: vieLangPath(),
      gzip: true,
      cacheMethod: 'none',
      ...(entry ? { workerPath: entry } : {}),
      errorHandler: (error: unknown) => failed?.(new Error(`OCR engine failed: ${String((error as Error)?.message ?? error)}`)),
      logger: () => {},
    });
    let worker: Worker;
    try {
      worker = await withTimeout(
        Promise.race([creating, failure]),
        timeouts.startMs,
        `OCR engine did not start within ${Math.round(timeouts.startMs / 1000)} s (Vietnamese model could not be loaded)`,
      );
    } catch (error) {
      // the thread of a failed start is still running: end it, or the process cannot exit
      const started = [...liveOcrThreads()].filter((w) => !before.has(w));
      await terminateThreads(started);
      throw error instanceof Error ? error : new Error(`OCR engine failed: ${String(error)}`);
    }
    await worker.setParameters({ preserve_interword_spaces: '1' } as never);
    return new OcrEngine(worker, timeouts);
  }

  /**
   * Recognise one page image (any format Leptonica reads; we hand it uncompressed TIFF). `params` are
   * tesseract variables for this job only (e.g. a single-line mode and a character whitelist).
   */
  async words(image: Uint8Array, params: Record<string, string> = {}): Promise<OcrWord[]> {
    const job = this.worker.recognize(
      Buffer.from(image.buffer, image.byteOffset, image.byteLength),
      { rotateAuto: false, ...params } as never,
      { blocks: true, text: false },
    );
    let result;
    try {
      result = await withTimeout(job, this.timeouts.pageMs, `OCR of a page took longer than ${Math.round(this.timeouts.pageMs / 1000)} s`);
    } catch (error) {
      await this.stop();
      throw error instanceof Error ? error : new Error(`OCR failed: ${String(error)}`);
    }
    const out: OcrWord[] = [];
    for (const block of result.data.blocks ?? []) {
      for (const para of block.paragraphs) {
        for (const line of para.lines) {
          for (const w of line.words) out.push(...splitWord(w));
        }
      }
    }
    return out;
  }

  /**
   * Decode any image Leptonica reads (PNG, JPEG, TIFF …) to a grayscale PNG, inside the WebAssembly
   * worker: a malformed file becomes a rejected promise, never a native crash in this process.
   */
  async grayPng(image: Uint8Array): Promise<Buffer> {
    const job = this.worker.recognize(
      Buffer.from(image.buffer, image.byteOffset, image.byteLength),
      { rotateAuto: false },
      { text: false, blocks: false, hocr: false, tsv: false, imageGrey: true } as never,
    );
    let result;
    try {
      result = await withTimeout(job, this.timeouts.pageMs, 'decoding the image took too long');
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).replace(/^(Error:\s*)+/, '');
      throw new ImageDecodeError(`the image cannot be decoded (${message})`);
    }
    const url = (result.data as { imageGrey?: string | null }).imageGrey;
    if (!url) throw new ImageDecodeError('the image cannot be decoded');
    return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
  }

  async stop(): Promise<void> {
    try {
      await withTimeout(this.worker.terminate(), 5_000, 'terminate timed out');
    } catch {
      /* the thread is gone or stuck; nothing else to do */
    }
  }
}
