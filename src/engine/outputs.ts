/**
 * Where each input's output goes under --out-dir: its path relative to its input root,
 * with the format's extension. Two inputs never share an output and no input is ever an
 * output: such an input gets an error instead.
 */
import { extname, resolve } from 'node:path';
import type { InputItem } from './inputs.js';

export type OutputSlot = { ok: true; out: string } | { ok: false; reason: string };

export function outputPathFor(item: InputItem, outDir: string, ext: string): string {
  const rel = item.rel;
  const stem = extname(rel) ? rel.slice(0, -extname(rel).length) : rel;
  return resolve(outDir, stem + ext);
}

export function assignOutputs(items: InputItem[], outDir: string, ext: string): OutputSlot[] {
  const inputs = new Set(items.map((i) => i.abs).filter((p): p is string => p !== null));
  const taken = new Map<string, InputItem>();
  return items.map((item): OutputSlot => {
    const out = outputPathFor(item, outDir, ext);
    if (inputs.has(out)) return { ok: false, reason: `its output ${out} is an input of this batch; choose another --out-dir` };
    const other = taken.get(out);
    if (other) return { ok: false, reason: `its output ${out} would also be written for ${other.path}; rename one of them` };
    taken.set(out, item);
    return { ok: true, out };
  });
}

export function extensionFor(format: 'json' | 'yaml'): string {
  return format === 'yaml' ? '.yaml' : '.json';
}

