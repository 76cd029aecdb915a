import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fold } from '../../src/core/text.js';
import { BIN, ROOT } from '../helpers.js';

// One run of the real CLI (real tesseract.js, real Vietnamese model) on a small page image,
// with every network entry point patched in the main thread and in worker threads.
const tmp = mkdtempSync(join(tmpdir(), 'tthc-ocr-'));
const netLog = join(tmp, 'net.log');
writeFileSync(netLog, '');
const image = join(ROOT, 'fixtures', 'scan-image', 'table.png');
const run = spawnSync(process.execPath, ['--import', join(ROOT, 'test', 'load', 'noNetwork.preload.mjs'), BIN, image], {
  cwd: tmp, // nothing may be written into the working directory
  env: { ...process.env, TTHC_NET_LOG: netLog, NO_COLOR: '1' },
  encoding: 'utf8',
  timeout: 120_000,
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const expected = (
  JSON.parse(readFileSync(join(ROOT, 'fixtures', 'scan-300dpi', 'expected-cells.json'), 'utf8')) as {
    tables: { header: string[]; rows: string[][] }[];
  }
).tables[0]!;

describe('OCR of a page image (tesseract.js, offline)', () => {
  it('runs without opening any network connection, in any thread', () => {
    const log = readFileSync(netLog, 'utf8').trim().split('\n');
    expect(log).toContain(`loaded main 0`);
    expect(log.some((l) => l.startsWith('loaded worker'))).toBe(true); // the OCR worker thread was covered
    expect(log.filter((l) => l.startsWith('attempt'))).toEqual([]);
    expect(run.status, run.stderr).not.toBe(2);
  });

  it('writes nothing into the working directory (no model cache)', () => {
    expect(spawnSync('ls', ['-A', tmp], { encoding: 'utf8' }).stdout.trim().split('\n').sort()).toEqual(['net.log']);
  });

  it('says the text came from OCR and finds the table with its rows', () => {
    const plan = JSON.parse(run.stdout);
    expect(plan.source.textSource).toBe('ocr');
  });
});

describe('OCR result: table cells from rules found in the pixels', async () => {
  const { parsePlan } = await import('../../src/pipeline/parsePlan.js');
  const { file } = await parsePlan({ bytes: readFileSync(image), path: image });
  it('cuts the ruled table into the six columns and keeps Stt and content', () => {
    expect(file.textSource).toBe('ocr');
    expect(file.mediaType).toBe('image/png');
    const table = file.rawTables.find((t) => t.layout === 'ocr-grid');
    expect(table).toBeDefined();
    expect(table!.header).toHaveLength(6);
    expect(fold(table!.header.join(' '))).toContain(fold('Nội dung công việc'));
    // the image shows the group row I and tasks 1–4 whole (task 5 is cut by the crop)
    const rows = table!.rows.map((r) => r.cells);
    expect(rows[0]![0]).toBe('I');
    for (let i = 1; i <= 4; i++) {
      const want = expected.rows[i]!;
      const got = rows[i]!;
      expect(got[0]).toBe(want[0]);
      // OCR is not exact (the benchmark measures how exact): the content must be this row's
      const a = fold(got[1]!).replace(/\s/g, '');
      const b = fold(want[1]!).replace(/\s/g, '');
      expect(a.length).toBeGreaterThan(0.85 * b.length);
      expect(b.endsWith(a.slice(-20)) && b.includes(a.slice(5, 25))).toBe(true);
    }
    expect(file.lines.some((l) => fold(l.text).includes('phu luc'))).toBe(true);
  });

  it('a corrupt image is a clean load error, not a crash', async () => {
    const png = readFileSync(image);
    for (const bytes of [png.subarray(0, 4000), Buffer.concat([png.subarray(0, 8), Buffer.from('not really a png at all')])]) {
      const r = await parsePlan({ bytes, path: 'bad.png' });
      expect(r.fatal).toBe(true);
      expect(r.diagnostics.find((d) => d.fatal)!.ruleId).toBe('load/image-invalid');
    }
  });
});
