/** The engine's small parts, tested directly. */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/engine/atomicWrite.js';
import { candidacy } from '../../src/engine/candidate.js';
import { outputIsCurrent } from '../../src/engine/changed.js';
import { expandInputs } from '../../src/engine/inputs.js';
import { assignOutputs } from '../../src/engine/outputs.js';
import { preflight } from '../../src/engine/preflight.js';
import { BROKEN, tempDir } from './support.js';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('candidacy: which files in a folder are plans', () => {
  it('goes by content, with plan extensions always taken', () => {
    expect(candidacy('a.dat', text('%PDF-1.7\n'))).toEqual({ take: true });
    expect(candidacy('scan', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toEqual({ take: true });
    expect(candidacy('broken.pdf', new Uint8Array([0, 1, 2]))).toEqual({ take: true });
    expect(candidacy('README', text('Kế hoạch'))).toEqual({ take: true });
    expect(candidacy('x.bin', new Uint8Array([0, 1, 2]))).toEqual({ take: false, reason: 'binary data, not a plan' });
    expect(candidacy('x.json', text('{}'))).toMatchObject({ take: false });
    expect(candidacy('x.json', text('{}'), true)).toEqual({ take: true });
  });
});

describe('expandInputs', () => {
  const root = tempDir('tthc-expand-');
  mkdirSync(join(root, 'in/sub/deeper'), { recursive: true });
  mkdirSync(join(root, 'in/.hidden'));
  mkdirSync(join(root, 'in/node_modules'));
  writeFileSync(join(root, 'in/a.txt'), 'a');
  writeFileSync(join(root, 'in/sub/b.pdf'), '%PDF-1.4');
  writeFileSync(join(root, 'in/sub/deeper/c.txt'), 'c');
  writeFileSync(join(root, 'in/.hidden/d.txt'), 'd');
  writeFileSync(join(root, 'in/node_modules/e.txt'), 'e');
  writeFileSync(join(root, 'in/notes.md'), '# notes');
  symlinkSync(join(root, 'in'), join(root, 'in/sub/loop'));

  it('walks folders (no hidden, node_modules or symlinked folders), keeping paths relative to the root', async () => {
    const { items, skipped } = await expandInputs(['in'], { cwd: root });
    expect(items.map((i) => i.rel)).toEqual(['a.txt', 'sub/b.pdf', 'sub/deeper/c.txt']);
    expect(items[0]!.path).toBe('in/a.txt');
    expect(skipped).toEqual([{ path: 'in/notes.md', reason: '.md text is not a plan format' }]);
  });

  it('takes globs relative to their fixed part, and a file once however it is named', async () => {
    const { items } = await expandInputs(['in/**/*.txt', 'in/a.txt', join(root, 'in/a.txt')], { cwd: root });
    expect(items.map((i) => i.rel)).toEqual(['a.txt', 'sub/deeper/c.txt']);
  });

  it('leaves out the output folder and reports what names nothing', async () => {
    const { items, missing } = await expandInputs(['in', 'nope.txt', 'none/*.pdf', '-'], { cwd: root, exclude: [join(root, 'in/sub')] });
    expect(items.map((i) => i.rel)).toEqual(['a.txt', 'stdin']);
    expect(missing).toEqual([
      { path: 'nope.txt', reason: 'no such file' },
      { path: 'none/*.pdf', reason: 'no file matches this pattern' },
    ]);
  });
});

describe('outputs', () => {
  it('maps each input to one output and refuses clashes and overwriting inputs', () => {
    const item = (rel: string, abs: string) => ({ path: rel, abs, rel, stdin: false });
    const slots = assignOutputs([item('a.txt', '/in/a.txt'), item('a.pdf', '/in/a.pdf'), item('b.json', '/out/b.json'), item('sub/c.txt', '/in/sub/c.txt')], '/out', '.json');
    expect(slots[0]).toEqual({ ok: true, out: '/out/a.json' });
    expect(slots[1]).toMatchObject({ ok: false, reason: expect.stringMatching(/would also be written for a\.txt/) });
    expect(slots[2]).toMatchObject({ ok: false, reason: expect.stringMatching(/is an input of this batch/) });
    expect(slots[3]).toEqual({ ok: true, out: '/out/sub/c.json' });
  });

  it('writes atomically (no temp file left) and knows a current output by its hash', async () => {
    const dir = tempDir('tthc-atomic-');
    const out = join(dir, 'deep/x.json');
    await writeFileAtomic(out, JSON.stringify({ source: { sha256: 'abc' } }));
    expect(readdirSync(join(dir, 'deep'))).toEqual(['x.json']);
    expect(await outputIsCurrent(out, 'abc')).toBe(true);
    expect(await outputIsCurrent(out, 'abd')).toBe(false);
    expect(await outputIsCurrent(join(dir, 'none.json'), 'abc')).toBe(false);
    writeFileSync(out, '{"source": {"sha2');
    expect(await outputIsCurrent(out, 'abc')).toBe(false);
  });
});

describe('preflight', () => {
  it('refuses a 20000 × 20000 image from its header, and lets normal ones by', () => {
    const huge = preflight(readFileSync(join(BROKEN, 'huge.png')));
    expect(huge).toMatchObject({ ruleId: 'load/image-too-large', fatal: true });
    expect(huge!.message).toMatch(/20000 × 20000 pixels \(400 megapixels\)/);
    const png = Buffer.from(readFileSync(join(BROKEN, 'huge.png')));
    png.writeUInt32BE(2480, 16);
    png.writeUInt32BE(3508, 20);
    expect(preflight(png)).toBeNull();
    // a JPEG whose SOF0 says 30000 × 30000
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0x75, 0x30, 0x75, 0x30, 1, 1, 0x11, 0]);
    expect(preflight(jpeg)?.ruleId).toBe('load/image-too-large');
    expect(preflight(text('Kế hoạch'))).toBeNull();
  });
});
