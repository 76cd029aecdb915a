/**
 * A small pool of OCR engines (one thread each), sized to the cores. `warm()` starts them all
 * before the first page is ready (model loading overlaps page preparation). An engine is
 * replaced after `recycleAfter` whole pages (tesseract.js's WebAssembly heap only grows: it
 * fragments over pages, see RECYCLE_AFTER), right when it reaches the count, so the restart
 * does not wait for the next job; small crop re-reads do not count, a band counts as its share
 * of the page. A failed engine is replaced.
 *
 * A page that would leave engines idle (no other page waiting, and no more coming or an engine
 * free right now) is cut into bands read on several engines at once (see bands.ts): the end of a
 * document, a one-page image. The bands are sized so that the engines finish together: an
 * engine still busy with another page gets less (time estimates learnt from the pages read).
 */
import { availableParallelism } from 'node:os';
import { OcrEngine, DEFAULT_TIMEOUTS, ImageDecodeError, type OcrTimeouts, type OcrWord } from './engine.js';
import { mergeBandWords, type Band } from './bands.js';

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
  /** whole pages read by the current engine (bands count as their share) */
  pages: number;
  busy: boolean;
  /** the engine has started (false while it loads its model, or none) */
  ready: boolean;
  /** the page or band being read: when it started and how long it should take (ms), if known */
  reading: { since: number; ms: number } | null;
}

/** A page to read: whole, or cut into bands when engines would otherwise idle. */
export interface PageToRead {
  /** the whole page as an uncompressed TIFF file */
  whole(): Uint8Array;
  /**
   * The page cut into bands with about these shares of its OCR work (ink), top band first;
   * none when it cannot be cut.
   */
  bands(shares: number[]): Band[];
  /** OCR cost estimate (e.g. inkAmount): waiting pages are read costliest first */
  cost: number;
}

/**
 * When pages are cut into bands: `idle` (default) when engines would otherwise idle, `never`,
 * or `always` (every page, in as many bands as engines and at least two: for measuring what
 * band reading does to accuracy).
 */
const BANDS = process.env.TTHC_OCR_BANDS ?? 'idle';

/** a band smaller than this share of a page is not worth an engine's start on it */
const MIN_BAND = 0.12;

/** Waiting jobs are served by rank, then cost: crop re-reads that finish a page, bands of a page, pages. */
const RANK = { page: 0, band: 1, urgent: 2 } as const;

/** What the engines did, for benchmarks: busy time, the span from the first job to the last. */
export interface PoolActivity {
  size: number;
  busyMs: number;
  spanMs: number;
  pages: number;
  splitPages: number;
  bands: number;
  /** per page read in bands: each band's share of the page's ink, top band first */
  splits: number[][];
}

let lastActivity: PoolActivity | null = null;

/** The activity of the pool closed last in this process (benchmarks). */
export function lastPoolActivity(): PoolActivity | null {
  return lastActivity;
}

/** The engine count `--jobs` asks for; undefined (one per core) when it names none. */
export function enginesFor(jobs: number | undefined): number | undefined {
  return jobs && jobs > 0 ? Math.floor(jobs) : undefined;
}

export class OcrPool {
  private readonly recycleAfter: number;
  private readonly timeouts: OcrTimeouts;
  private readonly slots: Slot[];
  private readonly waiting: { resolve: () => void; rank: number; cost: number }[] = [];
  private closed = false;
  /** no page will be added after those already given (the loader says so) */
  private lastPageGiven = false;
  /**
   * engines were added during this document (grow): its pages are no longer cut into bands, so
   * that its text is what the engines it started with read (a band's edges change a few words)
   */
  private grown = false;
  private activity = OcrPool.noActivity();
  /** this document's activity is already in lastPoolActivity (finishDocument) */
  private activityRecorded = false;
  /** what reading took so far: ms per unit of page cost, crop re-reads' ms per page (to share out a last page) */
  private readonly learned = { pageMs: 0, pageCost: 0, cropMs: 0, pages: 0 };

  constructor(options: OcrPoolOptions = {}) {
    const size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
    this.recycleAfter = options.recycleAfter ?? RECYCLE_AFTER;
    this.timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
    this.slots = Array.from({ length: size }, OcrPool.emptySlot);
  }

  private static emptySlot(): Slot {
    return { engine: null, pages: 0, busy: false, ready: false, reading: null };
  }

  /** The number of engines (slots), which only grows (see grow). */
  get size(): number {
    return this.slots.length;
  }

  /**
   * Take more engines while a document is being read: the batch gives a file the cores that
   * other files no longer use. The new engines start loading at once; waiting pages (and bands
   * of pages started from now on) go to them as soon as they are up. A page already being read
   * is not re-cut, and from now on to the end of the document no page is cut into bands: the new
   * engines read whole pages side by side, and the document's text is the same as without them.
   * Never shrinks.
   */
  grow(size: number): void {
    const want = Math.floor(size);
    if (this.closed || !(want > this.slots.length)) return;
    this.grown = true;
    while (this.slots.length < want) {
      const slot = OcrPool.emptySlot();
      this.slots.push(slot);
      this.startEngine(slot);
    }
  }

  /**
   * A free engine slot, one whose engine has started if there is one. Waiting jobs are served:
   * urgent ones first (small re-reads that finish a page), then bands of a page being read, then
   * the costliest page (longest first: the engines run out of work together at the end of a
   * document instead of one finishing a big page alone), first come first served on ties. A band
   * never waits for an engine to load while another engine will be free sooner (a busy one, or
   * one that has started): the band's page is done when its last band is.
   */
  private async acquire(rank: number = RANK.page, cost = 0): Promise<Slot> {
    for (;;) {
      if (this.closed) throw new Error('OCR pool is closed');
      const free = this.slots.filter((s) => !s.busy);
      let slot = free.find((s) => s.ready);
      if (!slot && free.length && (rank !== RANK.band || !this.slots.some((s) => s.busy || (s.engine && !s.ready)))) slot = free[0];
      if (slot) {
        slot.busy = true;
        return slot;
      }
      await new Promise<void>((resolve) => this.waiting.push({ resolve, rank, cost }));
    }
  }

  private release(slot: Slot): void {
    slot.busy = false;
    this.wake();
  }

  /** Let the waiting jobs try again for a slot, best first (a job that gets none waits again, in its place). */
  private wake(): void {
    if (!this.waiting.length || !this.slots.some((s) => !s.busy)) return;
    const order = this.waiting.splice(0).map((w, i) => ({ w, i }));
    order.sort((a, b) => b.w.rank - a.w.rank || b.w.cost - a.w.cost || a.i - b.i);
    for (const { w } of order) w.resolve();
  }

  private static noActivity() {
    return { busyMs: 0, first: Infinity, last: 0, pages: 0, splitPages: 0, bands: 0, splits: [] as number[][] };
  }

  private recordActivity(): void {
    const a = this.activity;
    lastActivity = { size: this.size, busyMs: a.busyMs, spanMs: Math.max(0, a.last - a.first), pages: a.pages, splitPages: a.splitPages, bands: a.bands, splits: a.splits };
    this.activityRecorded = true;
  }

  /**
   * The document being read is done (no job of it still runs): its activity goes to
   * lastPoolActivity, and the engines, still running, can read another document's pages. What was
   * learnt of reading times is kept.
   */
  finishDocument(): void {
    this.recordActivity();
    this.activity = OcrPool.noActivity();
    this.lastPageGiven = false;
    this.grown = false;
  }

  /** Tell the pool that no page will follow those already given: the last ones may be cut into bands. */
  noMorePages(): void {
    this.lastPageGiven = true;
  }

  /** How long a page of this cost should take on one engine (ms), once a page has been read. */
  private estimate(cost: number): number | null {
    return this.learned.pageCost > 0 && cost > 0 ? (cost * this.learned.pageMs) / this.learned.pageCost : null;
  }

  /**
   * Shares of this page for the engines that would otherwise idle while it is read whole, this
   * engine's first ([] for a whole read). While pages are still coming, a page is shared out only
   * when no other page waits to start, with the engines free right now. Once no more pages are
   * coming, the aim is that all engines finish together: the work left (this page, the pages
   * waiting, what the busy engines are still reading and the crop re-reads that follow) is
   * shared out, so a big page started while a small one waits keeps only this engine's part and
   * leaves the rest as a band for the engine that frees up first, and the last page goes to all
   * engines, less to one still busy. Times are estimated from the pages read so far (ms per unit
   * of ink); before any, the last page is cut in equal shares.
   */
  private shares(slot: Slot, cost: number): number[] {
    if (BANDS === 'never' || this.size < 2 || this.grown) return [];
    if (BANDS === 'always') return new Array<number>(Math.max(2, this.size)).fill(1);
    const pagesWaiting = this.waiting.filter((w) => w.rank === RANK.page);
    if (!this.lastPageGiven) {
      if (pagesWaiting.length) return [];
      const free = this.slots.filter((s) => !s.busy).length;
      return free ? new Array<number>(free + 1).fill(1) : [];
    }
    const now = performance.now();
    const whole = this.estimate(cost);
    if (whole === null) return pagesWaiting.length ? [] : new Array<number>(this.size).fill(1);
    const cropMs = this.learned.pages ? this.learned.cropMs / this.learned.pages : 0;
    // when each other engine can start on a band, ms from now (a page's crop re-reads follow it)
    const ready: number[] = [];
    for (const s of this.slots) {
      if (s === slot) continue;
      ready.push(s.busy && s.reading ? Math.max(0, s.reading.ms - (now - s.reading.since)) + cropMs : 0);
    }
    // bands already queued are read before any waiting page
    const queued = this.waiting.reduce((sum, w) => sum + (w.rank === RANK.band ? (this.estimate(w.cost) ?? 0) : 0), 0);
    if (pagesWaiting.length) {
      // this engine's part of all the work left; the rest of the page goes to whoever frees up first
      const left = whole + queued + ready.reduce((a, b) => a + b, 0) + pagesWaiting.reduce((sum, w) => sum + (this.estimate(w.cost) ?? whole) + cropMs, 0);
      const keep = left / this.size / whole;
      return keep >= 1 - MIN_BAND ? [] : [Math.max(MIN_BAND, keep), 1 - Math.max(MIN_BAND, keep)];
    }
    // the last page: fill up the engines that are ready soonest, so that they all finish at `end`
    const order = [0, ...ready.map((r) => r + queued / ready.length)].sort((a, b) => a - b);
    for (let k = order.length; k >= 2; k--) {
      const used = order.slice(0, k);
      const end = (whole + used.reduce((a, b) => a + b, 0)) / k;
      const shares = used.map((r) => (end - r) / whole);
      if (shares[k - 1]! >= MIN_BAND) return shares;
    }
    return [];
  }

  /**
   * Read a page: whole, or, when other engines would idle (see shares; decided once an engine
   * is ready to start it), as bands read on several engines at once, the words merged back into
   * page coordinates. Bands wait ahead of pages; an engine that frees up first takes the next one.
   */
  async readPage(page: PageToRead): Promise<OcrWord[]> {
    let bands: Band[] = [];
    let rest: Promise<OcrWord[]>[] = [];
    const first = await this.run(
      (engine, slot) => {
        const whole = this.estimate(page.cost);
        const shares = this.shares(slot, page.cost);
        bands = shares.length > 1 ? page.bands(shares) : [];
        this.activity.pages++;
        if (bands.length < 2) {
          bands = [];
          slot.pages++;
          return this.timed(slot, page.cost, whole, () => engine.words(page.whole()));
        }
        this.activity.splitPages++;
        this.activity.bands += bands.length;
        this.activity.splits.push(bands.map((b) => b.work));
        rest = bands.slice(1).map((band) =>
          this.run((e, s) => {
            s.pages += band.share;
            return this.timed(s, page.cost * band.work, whole === null ? null : whole * band.work, () => e.words(band.image));
          }, RANK.band, page.cost * band.work),
        );
        // (a failure of the first band is the page's failure: the others must not go unhandled)
        for (const r of rest) r.catch(() => {});
        const band = bands[0]!;
        slot.pages += band.share;
        return this.timed(slot, page.cost * band.work, whole === null ? null : whole * band.work, () => engine.words(band.image));
      },
      RANK.page,
      page.cost,
    );
    if (!bands.length) {
      this.learned.pages++;
      return first;
    }
    const words = mergeBandWords(bands, [first, ...(await Promise.all(rest))]);
    this.learned.pages++;
    return words;
  }

  /** Read a page or a band, noting on the slot how long it should take and learning how long it took. */
  private async timed<T>(slot: Slot, cost: number, ms: number | null, read: () => Promise<T>): Promise<T> {
    const since = performance.now();
    slot.reading = ms === null ? null : { since, ms };
    try {
      const result = await read();
      if (cost > 0) {
        this.learned.pageMs += performance.now() - since;
        this.learned.pageCost += cost;
      }
      return result;
    } finally {
      slot.reading = null;
    }
  }

  /**
   * Recognise an image. A job with tesseract variables (`params`: a crop read in a single-line
   * mode …) is a small one: it does not count towards recycling, and it goes ahead of waiting
   * pages (it finishes a page, whose image can then go); a plain job is a whole page, never cut
   * into bands (readPage does that). `cost` (e.g. `inkAmount` of the page) orders waiting
   * pages, costliest first.
   */
  async recognize(image: Uint8Array, params: Record<string, string> = {}, cost = 0): Promise<OcrWord[]> {
    const page = Object.keys(params).length === 0;
    return this.run(
      async (engine, slot) => {
        if (page) {
          slot.pages++;
          return engine.words(image, params);
        }
        const since = performance.now();
        const words = await engine.words(image, params);
        this.learned.cropMs += performance.now() - since;
        return words;
      },
      page ? RANK.page : RANK.urgent,
      cost,
    );
  }

  /** Decode an image file to a grayscale PNG inside an OCR worker (see OcrEngine.grayPng). */
  async grayPng(image: Uint8Array): Promise<Buffer> {
    return this.run((engine) => engine.grayPng(image), RANK.page);
  }

  /** Start every engine now (model loading in parallel with whatever the caller does next). */
  warm(): void {
    if (this.closed) return;
    for (const slot of this.slots) if (!slot.engine && !slot.busy) this.startEngine(slot);
  }

  private startEngine(slot: Slot, after: Promise<unknown> = Promise.resolve()): void {
    slot.pages = 0;
    slot.ready = false;
    const engine = after.then(() => {
      if (this.closed) throw new Error('OCR pool is closed');
      return OcrEngine.start(this.timeouts);
    });
    engine.then(
      () => {
        if (slot.engine !== engine) return;
        slot.ready = true;
        this.wake();
      },
      () => {
        if (slot.engine === engine) slot.engine = null;
        this.wake();
      },
    );
    slot.engine = engine;
  }

  /** Run a job on an engine slot; the job adds what it reads to the slot's page count. */
  private async run<T>(job: (engine: OcrEngine, slot: Slot) => Promise<T>, rank: number, cost = 0): Promise<T> {
    const slot = await this.acquire(rank, cost);
    try {
      if (!slot.engine) this.startEngine(slot);
      let engine: OcrEngine;
      try {
        engine = await slot.engine!;
      } catch (error) {
        slot.engine = null;
        slot.ready = false;
        throw error;
      }
      const started = performance.now();
      this.activity.first = Math.min(this.activity.first, started);
      this.activityRecorded = false;
      try {
        return await job(engine, slot);
      } catch (error) {
        if (!(error instanceof ImageDecodeError)) {
          slot.engine = null; // a timed-out engine was stopped
          slot.ready = false;
        }
        throw error;
      } finally {
        const ended = performance.now();
        this.activity.busyMs += ended - started;
        this.activity.last = Math.max(this.activity.last, ended);
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
    if (!this.closed && !this.activityRecorded) this.recordActivity();
    this.closed = true;
    for (const w of this.waiting.splice(0)) w.resolve();
    await Promise.all(
      this.slots.map(async (s) => {
        const e = s.engine;
        s.engine = null;
        s.ready = false;
        if (e) await (await e.catch(() => null))?.stop();
      }),
    );
  }
}
