/**
 * PDF and scan benchmark: table cells and task rows against the source plans' expected cells,
 * text-layer speed, OCR speed next to native tesseract, 1 vs 2 OCR workers, peak memory on a
 * 30-page scan. Run with `npm run bench:pdf` (native tesseract is optional: apt-get install
 * tesseract-ocr tesseract-ocr-vie). Prints figures; machine load is reported with them.
 * `bench-pdf.js workers` runs the worker/memory part alone; BENCH_ROUNDS=n repeats its 1 vs 2
 * worker pair n times (median speed-up), and the one-page image with --jobs 1 vs 2;
 * BENCH_MEMORY=0 skips the 30-page run. Next to wall time it prints CPU seconds per page of the
 * main thread and of all threads, which contention from other jobs on the machine barely
 * changes, the share of the OCR span the engines were busy and the pages read in bands
 * (TTHC_OCR_BANDS=never|always switches band reading off or on for every page, for A/B runs).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parsePlan } from '../src/pipeline/parsePlan.js';
import type { RawTable } from '../src/core/lines.js';
import { openPdf } from '../src/load/pdf/document.js';
import { pageImage } from '../src/load/pdf/pageImage.js';
import { estimateSkew, rotate } from '../src/load/image/deskew.js';
import { toTiff } from '../src/load/image/gray.js';
import { OcrPool, lastPoolActivity } from '../src/load/ocr/pool.js';
import { vieLangPath } from '../src/load/ocr/engine.js';
import { gunzipSync } from 'node:zlib';
import { pdfFromObjects } from './fixtures/pdfObjects.js';

const root = resolve(import.meta.dirname, '..', '..');
const fixtures = join(root, 'fixtures');
const withCells = (prefix: string) =>
  readdirSync(fixtures)
    .filter((d) => d.startsWith(prefix) && existsSync(join(fixtures, d, 'expected-cells.json')))
    // BENCH_ONLY=own-i: only the fixtures whose name holds it
    .filter((d) => !process.env.BENCH_ONLY || d.includes(process.env.BENCH_ONLY))
    .sort();
const TEXT = withCells('pdf-');
const SCANS = withCells('scan-');

interface ExpectedTable {
  header: string[];
  rows: string[][];
}
interface Expected {
  tables: ExpectedTable[];
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function similarity(a: string, b: string): number {
  a = norm(a);
  b = norm(b);
  if (a === b) return 1;
  if (!a || !b) return 0;
  // 1 - normalised Levenshtein distance
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return 1 - prev[n]! / Math.max(m, n);
}

function rowScore(e: string[], f: string[]): number {
  let s = 0;
  for (let i = 0; i < e.length; i++) s += similarity(e[i]!, f[i] ?? '');
  return s / e.length;
}

/** Align expected rows to found rows in order (LCS on row similarity ≥ 0.5). */
function align(expected: string[][], found: string[][]): (number | null)[] {
  const m = expected.length;
  const n = found.length;
  const score = expected.map((e) => found.map((f) => rowScore(e, f)));
  const dp = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const take = score[i]![j]! >= 0.5 ? score[i]![j]! + dp[i + 1]![j + 1]! : -1;
      dp[i]![j] = Math.max(take, dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const out: (number | null)[] = new Array(m).fill(null);
  let i = 0;
  let j = 0;
  while (i < m && j < n) {
    if (score[i]![j]! >= 0.5 && dp[i]![j] === score[i]![j]! + dp[i + 1]![j + 1]!) {
      out[i] = j;
      i++;
      j++;
    } else if (dp[i]![j] === dp[i + 1]![j]) i++;
    else j++;
  }
  return out;
}

interface TableFigures {
  cells: number;
  exact: number;
  taskRows: number;
  taskRowsFound: number;
  rightBoundaries: number;
  headerExact: number;
  headerCells: number;
}

function compare(expected: Expected, tables: RawTable[]): TableFigures {
  const found = tables.flatMap((t) => t.rows.map((r) => r.cells));
  const rows = expected.tables.flatMap((t) => t.rows);
  const map = align(rows, found);
  const f: TableFigures = { cells: 0, exact: 0, taskRows: 0, taskRowsFound: 0, rightBoundaries: 0, headerExact: 0, headerCells: 0 };
  expected.tables.forEach((t, ti) => {
    const header = tables[ti]?.header ?? [];
    f.headerCells += t.header.length;
    t.header.forEach((h, i) => (f.headerExact += norm(h) === norm(header[i] ?? '') ? 1 : 0));
  });
  rows.forEach((e, i) => {
    const j = map[i];
    const row = j === null || j === undefined ? null : found[j]!;
    const isTask = /^\d+(\.\d+)*$/.test(e[0]!);
    f.cells += e.length;
    if (row) e.forEach((c, k) => (f.exact += norm(c) === norm(row[k] ?? '') ? 1 : 0));
    if (process.env.BENCH_VERBOSE) {
      if (!row) console.log(`   missing row: ${JSON.stringify(e)}`);
      else e.forEach((c, k) => norm(c) !== norm(row[k] ?? '') && console.log(`   cell ${e[0]}/${k}: want ${JSON.stringify(c)} got ${JSON.stringify(row[k])}`));
    }
    if (isTask) {
      f.taskRows++;
      if (row && norm(row[0] ?? '') === e[0]) f.taskRowsFound++;
      // right boundaries: every cell mostly its own text (nothing of a neighbour row, nothing lost)
      if (row && e.every((c, k) => similarity(c, row[k] ?? '') >= 0.8)) f.rightBoundaries++;
    }
  });
  return f;
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + ' %' : 'n/a');

function pageCount(bytes: Uint8Array): number {
  return (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function textLayer(): Promise<void> {
  console.log('\n## Text-layer PDFs (table cells vs the source plan)');
  const sum: TableFigures = { cells: 0, exact: 0, taskRows: 0, taskRowsFound: 0, rightBoundaries: 0, headerExact: 0, headerCells: 0 };
  let pages = 0;
  const inputs: Uint8Array[] = [];
  for (const name of TEXT) {
    const bytes = readFileSync(join(fixtures, name, 'plan.pdf'));
    inputs.push(bytes);
    const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected-cells.json'), 'utf8')) as Expected;
    const r = await parsePlan({ bytes, path: name });
    const f = compare(expected, r.file.rawTables);
    pages += r.file.pageCount ?? 0;
    for (const k of Object.keys(sum) as (keyof TableFigures)[]) sum[k] += f[k];
    console.log(
      `${name.padEnd(32)} pages ${r.file.pageCount}  tables ${r.file.rawTables.length} (${r.file.rawTables.map((t) => t.layout).join(',')})  ` +
        `cells exact ${pct(f.exact, f.cells)} (${f.exact}/${f.cells})  header ${f.headerExact}/${f.headerCells}  numbered rows found ${f.taskRowsFound}/${f.taskRows}`,
    );
  }
  console.log(`ALL text-layer: cells exact ${pct(sum.exact, sum.cells)} (${sum.exact}/${sum.cells}), numbered (task/indicator) rows found ${sum.taskRowsFound}/${sum.taskRows}, header cells ${sum.headerExact}/${sum.headerCells}`);
  // speed, end to end (whole pipeline), warm
  const rounds = 15;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) for (const bytes of inputs) await parsePlan({ bytes });
  const secs = (performance.now() - started) / 1000;
  console.log(`text-layer speed: ${((rounds * pages) / secs).toFixed(1)} pages/s end to end (${rounds * pages} pages in ${secs.toFixed(2)} s, one process, warm)`);
}

async function scans(): Promise<void> {
  console.log('\n## Scanned PDFs (OCR; cells compared after the whole pipeline, repair stage included)');
  for (const name of SCANS) {
    const bytes = readFileSync(join(fixtures, name, 'plan.pdf'));
    const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected-cells.json'), 'utf8')) as Expected;
    const t = performance.now();
    const r = await parsePlan({ bytes, path: name }, { jobs: 2 });
    const secs = (performance.now() - t) / 1000;
    const f = compare(expected, r.file.rawTables);
    const pool = lastPoolActivity();
    console.log(
      `${name.padEnd(24)} pages ${r.file.pageCount} (${r.file.textSource})  numbered rows with right boundaries ${f.rightBoundaries}/${f.taskRows} (${pct(f.rightBoundaries, f.taskRows)})  ` +
        `found ${f.taskRowsFound}/${f.taskRows}  cells exact ${pct(f.exact, f.cells)} (${f.exact}/${f.cells})  header ${f.headerExact}/${f.headerCells}  ${secs.toFixed(1)} s` +
        (pool ? `  (read in bands: ${pool.splitPages} of ${pool.pages} pages)` : ''),
    );
  }
}

/** The straightened page images of a scan, as the OCR path hands them to tesseract (TIFF), and the same pixels as PGM. */
async function pageImages(file: string): Promise<{ tiff: Uint8Array; pgm: Uint8Array }[]> {
  const doc = await openPdf(readFileSync(file));
  const out: { tiff: Uint8Array; pgm: Uint8Array }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const img = await pageImage(page, true);
    const straight = rotate(img.gray, estimateSkew(img.gray));
    const head = Buffer.from(`P5\n${straight.width} ${straight.height}\n255\n`, 'latin1');
    out.push({ tiff: toTiff(straight), pgm: Buffer.concat([head, straight.data]) });
  }
  await doc.destroy();
  return out;
}

async function ocrSpeed(): Promise<void> {
  console.log('\n## OCR speed per page: tesseract.js (1 worker) vs native tesseract (OMP_THREAD_LIMIT=1), same 300 dpi images, interleaved');
  const images = await pageImages(join(fixtures, 'scan-300dpi', 'plan.pdf'));
  const dir = mkdtempSync(join(tmpdir(), 'tthc-bench-'));
  let native: string | null = null;
  try {
    native = execFileSync('tesseract', ['--version'], { encoding: 'utf8' }).split('\n')[0]!;
  } catch {
    /* not installed */
  }
  const pool = new OcrPool({ size: 1 });
  try {
    await pool.recognize(images[0]!.tiff); // start the worker (model load) outside the timing
    // the model tesseract.js uses, unpacked for native tesseract (Debian ships the smaller "fast" model)
    const same = join(dir, 'tessdata');
    execFileSync('mkdir', ['-p', same]);
    writeFileSync(join(same, 'vie.traineddata'), gunzipSync(readFileSync(join(vieLangPath(), 'vie.traineddata.gz'))));
    images.forEach((img, i) => {
      writeFileSync(join(dir, `p${i}.tif`), img.tiff);
      writeFileSync(join(dir, `p${i}.pgm`), img.pgm);
    });
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
    const total: Record<string, number> = {};
    const time = async (name: string, run: () => unknown) => {
      const t = performance.now();
      await run();
      total[name] = (total[name] ?? 0) + performance.now() - t;
    };
    const tess = (input: string, out: string, ...args: string[]) => () => spawnSync('tesseract', [join(dir, input), join(dir, out), '-l', 'vie', ...args], { env });
    for (let i = 0; i < images.length; i++) {
      await time('js', () => pool.recognize(images[i]!.tiff));
      await time('jsPgm', () => pool.recognize(images[i]!.pgm));
      if (!native) continue;
      await time('nat', tess(`p${i}.tif`, `out${i}`, '--psm', '3'));
      await time('natSame', tess(`p${i}.tif`, `same${i}`, '--tessdata-dir', same, '--psm', '3'));
      await time('natSamePgm', tess(`p${i}.pgm`, `samepgm${i}`, '--tessdata-dir', same, '--psm', '3'));
      // what our engine asks for: single-block page segmentation (the API's default), spaces
      // between words kept, words with their boxes (TSV)
      await time('natOurs', tess(`p${i}.tif`, `ours${i}`, '--tessdata-dir', same, '--psm', '6', '-c', 'preserve_interword_spaces=1', 'tsv'));
    }
    const n = images.length;
    const per = (name: string) => `${(total[name]! / n / 1000).toFixed(2)} s/page`;
    const ratio = (a: string, b: string) => `${(total[a]! / total[b]!).toFixed(2)}×`;
    console.log(`tesseract.js 7 (vie 4.0.0_best_int), page handed over as uncompressed TIFF (what the OCR path does): ${per('js')} over ${n} pages`);
    console.log(`tesseract.js 7, the same pixels as PGM (the OCR path before 2026-11-23): ${per('jsPgm')}`);
    if (native) {
      console.log(`native ${native}, Debian vie (fast model), TIFF: ${per('nat')}; ratio js/native ${ratio('js', 'nat')}`);
      console.log(`native ${native}, same model as tesseract.js, same TIFF files: ${per('natSame')}; ratio js/native ${ratio('js', 'natSame')}  <- the target's figure`);
      console.log(`native ${native}, same model, same pixels as PGM (native reads PGM slowly too): ${per('natSamePgm')}; ratio js-on-PGM/native-on-PGM ${ratio('jsPgm', 'natSamePgm')}`);
      console.log(`native ${native}, same model and settings as our engine (psm 6, word boxes), TIFF: ${per('natOurs')}; ratio js/native ${ratio('js', 'natOurs')}`);
    } else console.log('native tesseract not installed: skipped');
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PDF of `count` pages cycling through the JPEG page images of a scanned fixture (img2pdf-style). */
function repeatScan(src: Uint8Array, count: number): Uint8Array {
  const text = Buffer.from(src).toString('latin1');
  const jpegs: { data: Buffer; w: number; h: number }[] = [];
  // img2pdf writes one image object per page: << … /Filter /DCTDecode /Height h /Length n … /Width w >> stream
  const re = /<<((?:(?!>>)[\s\S])*?\/DCTDecode(?:(?!>>)[\s\S])*?)>>\s*stream\r?\n/g;
  for (let m; (m = re.exec(text)); ) {
    const dict = m[1]!;
    const num = (key: string) => Number(new RegExp(`/${key}\\s+(\\d+)`).exec(dict)?.[1] ?? NaN);
    const start = m.index + m[0].length;
    jpegs.push({ data: Buffer.from(src.subarray(start, start + num('Length'))), w: num('Width'), h: num('Height') });
  }
  if (!jpegs.length) throw new Error('no JPEG pages found in the scan fixture');
  const objs: Buffer[] = [];
  const kids: number[] = [];
  const add = (b: Buffer) => objs.push(b) && objs.length;
  add(Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'));
  add(Buffer.from('')); // pages, filled below
  for (let i = 0; i < count; i++) {
    const j = jpegs[i % jpegs.length]!;
    const wPt = (j.w * 72) / 300;
    const hPt = (j.h * 72) / 300;
    const img = add(Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${j.w} /Height ${j.h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${j.data.length} >>\nstream\n`, 'latin1'), j.data, Buffer.from('\nendstream')]));
    const content = `q ${wPt.toFixed(2)} 0 0 ${hPt.toFixed(2)} 0 0 cm /Im0 Do Q`;
    const c = add(Buffer.from(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`));
    kids.push(add(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${wPt.toFixed(2)} ${hPt.toFixed(2)}] /Resources << /XObject << /Im0 ${img} 0 R >> >> /Contents ${c} 0 R >>`)));
  }
  objs[1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${count} >>`);
  return new Uint8Array(pdfFromObjects(objs));
}

interface ChildRun {
  secs: number;
  pages: number;
  rssMb: number;
  /** CPU seconds of the main thread and of the whole process (main + OCR threads) during parsePlan */
  mainCpu: number;
  totalCpu: number;
  ok: boolean;
  diagnostics: string[];
  /** the OCR pool's activity (see lastPoolActivity) */
  pool: { size: number; busyMs: number; spanMs: number; pages: number; splitPages: number; bands: number } | null;
}

/** Parse a PDF in a child process; returns seconds, pages, CPU seconds and the child's peak RSS in MB. */
function runChild(file: string, jobs: number): ChildRun {
  const entry = join(root, 'dist', 'src', 'pipeline', 'parsePlan.js');
  const poolEntry = join(root, 'dist', 'src', 'load', 'ocr', 'pool.js');
  const code = `
    import { parsePlan } from ${JSON.stringify(entry)};
    import { lastPoolActivity } from ${JSON.stringify(poolEntry)};
    import { readFileSync } from 'node:fs';
    // CPU of the main thread alone (Linux: its task's utime + stime, in clock ticks of 1/100 s)
    const mainTicks = () => { try { const f = readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / 100; } catch { return NaN; } };
    const bytes = readFileSync(${JSON.stringify(file)});
    const main0 = mainTicks();
    const cpu0 = process.cpuUsage();
    const t = performance.now();
    const r = await parsePlan({ bytes }, { jobs: ${jobs} });
    const secs = (performance.now() - t) / 1000;
    const cpu = process.cpuUsage(cpu0);
    console.log(JSON.stringify({ secs, pages: r.file.pageCount, rssMb: process.resourceUsage().maxRSS / 1024, mainCpu: mainTicks() - main0, totalCpu: (cpu.user + cpu.system) / 1e6, ok: !r.fatal, diagnostics: r.diagnostics.filter(d => d.severity === 'error').map(d => d.ruleId + ': ' + d.message), pool: lastPoolActivity() }));
  `;
  // a script file, not --input-type=module -e: worker threads inherit execArgv, and tesseract.js's
  // worker would then fail to start
  const script = join(tmpdir(), `tthc-bench-child-${process.pid}-${jobs}.mjs`);
  writeFileSync(script, code);
  let out: string;
  try {
    out = execFileSync(process.execPath, [script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  } finally {
    rmSync(script, { force: true });
  }
  const result = JSON.parse(out.trim().split('\n').pop()!);
  if (!result.ok || result.diagnostics.length) console.log(`   (jobs ${jobs}: ${result.ok ? 'ok' : 'FAILED'} ${result.diagnostics.join('; ')})`);
  return result;
}

async function throughputAndMemory(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-bench-'));
  try {
    const scan = readFileSync(join(fixtures, 'scan-300dpi', 'plan.pdf'));
    const six = join(dir, 'six.pdf');
    writeFileSync(six, repeatScan(scan, 6));
    console.log('\n## OCR workers: 6-page scanned PDF (300 dpi), whole pipeline in a child process, start-up included');
    // BENCH_ROUNDS > 1 repeats the 1-worker / 2-worker pair (interleaved, so both see the same load)
    const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1));
    const ratios: number[] = [];
    const cpu = (r: ChildRun) =>
      `main thread ${(r.mainCpu / r.pages).toFixed(2)} s CPU/page, all threads ${(r.totalCpu / r.pages).toFixed(2)} s CPU/page` +
      (r.pool && r.pool.size > 1 ? `; engines busy ${pct(r.pool.busyMs, r.pool.size * r.pool.spanMs)} of the OCR span, ${r.pool.splitPages} of ${r.pool.pages} pages read in bands` : '');
    for (let round = 1; round <= rounds; round++) {
      const before = loadavg()[0]!.toFixed(2);
      const one = runChild(six, 1);
      const two = runChild(six, 2);
      ratios.push(one.secs / two.secs);
      if (rounds > 1) console.log(`round ${round} (load average ${before} → ${loadavg()[0]!.toFixed(2)}):`);
      console.log(`1 worker: ${(one.pages / one.secs).toFixed(3)} pages/s (${one.secs.toFixed(1)} s); ${cpu(one)}`);
      console.log(`2 workers: ${(two.pages / two.secs).toFixed(3)} pages/s (${two.secs.toFixed(1)} s); speed-up ${(one.secs / two.secs).toFixed(2)}×; ${cpu(two)}`);
      // contention-proof: the best 2-worker speed-up two cores allow with this CPU split, 2·O/(O+M),
      // O = OCR-thread CPU per page, M = main-thread CPU per page (start-up and tail not counted)
      const o = (two.totalCpu - two.mainCpu) / two.pages;
      const m = two.mainCpu / two.pages;
      console.log(`   CPU-bound ceiling for 2 workers on 2 cores 2·O/(O+M) = ${((2 * o) / (o + m)).toFixed(2)}× (O ${o.toFixed(2)} s, M ${m.toFixed(2)} s per page)`);
    }
    if (rounds > 1) {
      const sorted = [...ratios].sort((a, b) => a - b);
      console.log(`speed-up over ${rounds} rounds: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)}× (${ratios.map((r) => r.toFixed(2)).join(', ')})`);
    }
    console.log('\n## OCR workers: one-page image (fixtures/scan-image/table.png, 1653×1000), --jobs 1 vs 2, whole pipeline in a child process, start-up included');
    const image = join(fixtures, 'scan-image', 'table.png');
    const imageRatios: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const before = loadavg()[0]!.toFixed(2);
      const one = runChild(image, 1);
      const two = runChild(image, 2);
      imageRatios.push(one.secs / two.secs);
      console.log(
        `jobs 1: ${one.secs.toFixed(2)} s, ${one.totalCpu.toFixed(2)} s CPU; jobs 2: ${two.secs.toFixed(2)} s, ${two.totalCpu.toFixed(2)} s CPU` +
          `${two.pool ? ` (${two.pool.splitPages ? `read in ${two.pool.bands} bands` : 'read whole'})` : ''}; speed-up ${(one.secs / two.secs).toFixed(2)}× (load average ${before} → ${loadavg()[0]!.toFixed(2)})`,
      );
    }
    if (rounds > 1) {
      const sorted = [...imageRatios].sort((a, b) => a - b);
      console.log(`one-page speed-up over ${rounds} rounds: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)}×`);
    }
    // throughput as a script sees it: the CLI over a folder of scanned plans (every scan fixture),
    // --jobs 1 against --jobs 2 (files at once; each file's OCR engines shared out of --jobs)
    const folder = join(dir, 'scans');
    execFileSync('mkdir', ['-p', folder]);
    let batchPages = 0;
    for (const name of SCANS) {
      const bytes = readFileSync(join(fixtures, name, 'plan.pdf'));
      const doc = await openPdf(new Uint8Array(bytes));
      batchPages += doc.numPages;
      await doc.destroy();
      writeFileSync(join(folder, `${name}.pdf`), bytes);
    }
    console.log(`\n## Batch throughput: the CLI over a folder of ${SCANS.length} scanned plans (${batchPages} pages), --jobs 1 vs 2, start-up included`);
    const batchRatios: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const before = loadavg()[0]!.toFixed(2);
      const secs = (jobs: number) => {
        const out = join(dir, `out-${jobs}`);
        rmSync(out, { recursive: true, force: true });
        const t = performance.now();
        const r = spawnSync(process.execPath, [join(root, 'bin', 'tthc-parse'), 'parse', folder, '--out-dir', out, '--jobs', String(jobs), '--quiet'], { encoding: 'utf8' });
        const elapsed = (performance.now() - t) / 1000;
        if (r.status !== 0) console.log(`   (jobs ${jobs}: exit ${r.status} ${r.stderr.trim().split('\n').slice(-2).join(' ')})`);
        return elapsed;
      };
      const one = secs(1);
      const two = secs(2);
      batchRatios.push(one / two);
      console.log(`jobs 1: ${one.toFixed(1)} s (${(batchPages / one).toFixed(3)} pages/s); jobs 2: ${two.toFixed(1)} s (${(batchPages / two).toFixed(3)} pages/s); speed-up ${(one / two).toFixed(2)}× (load average ${before} → ${loadavg()[0]!.toFixed(2)})`);
    }
    if (rounds > 1) {
      const sorted = [...batchRatios].sort((a, b) => a - b);
      console.log(`batch speed-up over ${rounds} rounds: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)}×`);
    }
    if (process.env.BENCH_MEMORY === '0') return; // speed pairs only (for repeated runs)
    const thirty = join(dir, 'thirty.pdf');
    writeFileSync(thirty, repeatScan(scan, 30));
    console.log('\n## Memory: 30-page scanned PDF (300 dpi), 2 workers');
    const big = runChild(thirty, 2);
    console.log(`peak RSS ${big.rssMb.toFixed(0)} MB; ${big.pages} pages in ${big.secs.toFixed(1)} s (${(big.secs / big.pages).toFixed(2)} s/page); ${(big.mainCpu / big.pages).toFixed(2)} s main-thread CPU/page, ${(big.totalCpu / big.pages).toFixed(2)} s CPU/page in all`);
    // the same long document with one worker: throughput once start-up and the last pages' tail
    // weigh less (the 6-page pairs above stay the headline)
    const single = runChild(thirty, 1);
    console.log(`1 worker on the same 30 pages: ${single.secs.toFixed(1)} s (${(single.secs / single.pages).toFixed(2)} s/page), peak RSS ${single.rssMb.toFixed(0)} MB; 2 workers' speed-up on 30 pages ${(single.secs / big.secs).toFixed(2)}×`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only === 'repeat') {
    // write a long scanned PDF for manual runs: bench-pdf.js repeat <pages> <out.pdf>
    writeFileSync(process.argv[4]!, repeatScan(readFileSync(join(fixtures, 'scan-300dpi', 'plan.pdf')), Number(process.argv[3])));
    return;
  }
  console.log(`# bench:pdf  node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log('(the machine is shared with other jobs: speed figures are measured under that contention)');
  if (!only || only === 'text') await textLayer();
  if (!only || only === 'scan') await scans();
  if (!only || only === 'ocr') await ocrSpeed();
  if (!only || only === 'workers') await throughputAndMemory();
  console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (!existsSync(fixtures)) process.exitCode = 1;
}

await main();
