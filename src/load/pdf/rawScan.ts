/**
 * The page image of a plain scan, read straight from the PDF file: the page object, its content
 * stream (the `cm` placing the image) and the image's JPEG stream, decoded by pdfjs's own JPEG
 * decoder (JavaScript: malformed bytes are an exception, never a crash) to one gray channel.
 *
 * pdfjs's operator list would decode the same JPEG, expand it to RGB (3 bytes a pixel) and hand
 * it over as a 26 MB copy for an A4 page at 300 dpi, which we then turn back to gray: this path
 * costs about half the CPU and a third of the memory. It only takes the simple, common shape
 * (scanners, img2pdf: unencrypted, plain objects, a Flate or unfiltered content stream with
 * q/cm/Do, one DCT image in DeviceGray or DeviceRGB); anything else returns null and the caller
 * uses pdfjs.
 */
import { inflateSync } from 'node:zlib';
import { multiply } from './geometry.js';
import type { PdfPage } from './document.js';
import { newGray, toGray, type Gray } from '../image/gray.js';
import { jpegDecoder } from '../image/jpeg.js';

interface Ref {
  ref: [number, number];
}
type Value = number | string | boolean | null | Ref | Value[] | Dict;
interface Dict {
  dict: Map<string, Value>;
}

export interface RawScan {
  gray: Gray;
  /** the image's placement matrix on the (unrotated) page, before the viewport transform */
  ctm: number[];
  width: number;
  height: number;
}

const isRef = (v: Value | undefined): v is Ref => typeof v === 'object' && v !== null && 'ref' in v;
const isDict = (v: Value | undefined): v is Dict => typeof v === 'object' && v !== null && 'dict' in v;

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

class Bail extends Error {}
function bail(why: string): never {
  throw new Bail(why);
}

/** A tokenizer/parser for PDF objects and content streams over raw bytes. */
class Lexer {
  pos: number;
  constructor(private readonly b: Uint8Array, pos = 0, private readonly end = b.length) {
    this.pos = pos;
  }

  private skip(): void {
    const b = this.b;
    while (this.pos < this.end) {
      const c = b[this.pos]!;
      if (WHITE.has(c)) this.pos++;
      else if (c === 0x25) while (this.pos < this.end && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      else break;
    }
  }

  /** The next token: a number, a '/Name', a delimiter ('<<', '[' …), a keyword, a string marker; null at the end. */
  token(): string | number | null {
    this.skip();
    const b = this.b;
    if (this.pos >= this.end) return null;
    const c = b[this.pos]!;
    if (c === 0x3c && b[this.pos + 1] === 0x3c) return (this.pos += 2), '<<';
    if (c === 0x3e && b[this.pos + 1] === 0x3e) return (this.pos += 2), '>>';
    if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) return this.pos++, String.fromCharCode(c);
    if (c === 0x28) return this.skipString(), '(string)';
    if (c === 0x3c) {
      const close = b.indexOf(0x3e, this.pos);
      if (close < 0 || close >= this.end) bail('unterminated hex string');
      this.pos = close + 1;
      return '(string)';
    }
    const start = this.pos;
    if (c === 0x2f) this.pos++;
    while (this.pos < this.end && !WHITE.has(b[this.pos]!) && !DELIM.has(b[this.pos]!)) this.pos++;
    if (this.pos === start) bail('unexpected delimiter');
    const text = String.fromCharCode(...b.subarray(start, this.pos));
    if (c !== 0x2f && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return Number(text);
    return text;
  }

  private skipString(): void {
    const b = this.b;
    let depth = 0;
    for (; this.pos < this.end; this.pos++) {
      const c = b[this.pos]!;
      if (c === 0x5c) this.pos++;
      else if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) {
        this.pos++;
        return;
      }
    }
    bail('unterminated string');
  }

  /** One object value (dicts, arrays, `n g R` references); keywords other than true/false/null bail. */
  value(first: string | number | null = this.token()): Value {
    if (first === null) return bail('unexpected end');
    if (typeof first === 'number') {
      const save = this.pos;
      const g = this.token();
      if (typeof g === 'number' && Number.isInteger(first) && Number.isInteger(g)) {
        const r = this.token();
        if (r === 'R') return { ref: [first, g] };
      }
      this.pos = save;
      return first;
    }
    if (first === '<<') {
      const dict = new Map<string, Value>();
      for (;;) {
        const key = this.token();
        if (key === '>>') return { dict };
        if (typeof key !== 'string' || !key.startsWith('/')) return bail('bad dictionary key');
        dict.set(key, this.value());
      }
    }
    if (first === '[') {
      const items: Value[] = [];
      for (;;) {
        const t = this.token();
        if (t === ']') return items;
        items.push(this.value(t));
      }
    }
    if (first === 'true' || first === 'false') return first === 'true';
    if (first === 'null') return null;
    if (first === '(string)' || first.startsWith('/')) return first;
    return bail(`unexpected ${first}`);
  }
}

class RawPdf {
  private readonly cache = new Map<string, { value: Value; streamAt: number }>();
  constructor(private readonly b: Buffer) {
    if (b.includes('/Encrypt')) bail('encrypted');
  }

  /** The last definition of object `n g` in the file (later updates come later), with its stream offset. */
  private object(n: number, g: number): { value: Value; streamAt: number } {
    const key = `${n} ${g}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const needle = `${n} ${g} obj`;
    let at = this.b.lastIndexOf(needle);
    while (at > 0 && !WHITE.has(this.b[at - 1]!)) at = this.b.lastIndexOf(needle, at - 1);
    if (at < 0) bail(`object ${key} not found (in an object stream?)`);
    const lex = new Lexer(this.b, at + needle.length);
    const value = lex.value();
    const next = lex.token();
    let streamAt = -1;
    if (next === 'stream') {
      streamAt = lex.pos;
      if (this.b[streamAt] === 0x0d) streamAt++;
      if (this.b[streamAt] === 0x0a) streamAt++;
    } else if (next !== 'endobj') bail(`object ${key} is not closed`);
    const out = { value, streamAt };
    this.cache.set(key, out);
    return out;
  }

  resolve(v: Value | undefined): Value | undefined {
    for (let i = 0; i < 8 && isRef(v); i++) v = this.object(v.ref[0], v.ref[1]).value;
    return isRef(v) ? bail('reference chain') : v;
  }

  dict(v: Value | undefined): Map<string, Value> {
    const d = this.resolve(v);
    return isDict(d) ? d.dict : bail('not a dictionary');
  }

  /** The raw (still filtered) bytes of a stream object, with its dictionary. */
  stream(v: Value | undefined): { dict: Map<string, Value>; bytes: Uint8Array } {
    if (!isRef(v)) return bail('stream is not a reference');
    const { value, streamAt } = this.object(v.ref[0], v.ref[1]);
    if (!isDict(value) || streamAt < 0) return bail('not a stream');
    const length = this.resolve(value.dict.get('/Length'));
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || streamAt + length > this.b.length) return bail('bad stream length');
    // the length must land on `endstream` (a wrong /Length is a damaged file: pdfjs copes with those)
    const after = new Lexer(this.b, streamAt + length, Math.min(this.b.length, streamAt + length + 64)).token();
    if (after !== 'endstream') bail('stream length does not reach endstream');
    return { dict: value.dict, bytes: this.b.subarray(streamAt, streamAt + length) };
  }
}

function filterOf(dict: Map<string, Value>): string | null {
  const f = dict.get('/Filter');
  if (f === undefined) return null;
  if (typeof f === 'string') return f;
  if (Array.isArray(f) && f.length === 1 && typeof f[0] === 'string') return f[0];
  return bail('filter chain');
}

function contentBytes(pdf: RawPdf, contents: Value | undefined): Uint8Array {
  const resolved = isRef(contents) ? (pdf.resolve(contents) as Value) : contents;
  const refs = Array.isArray(resolved) ? resolved : [contents!];
  const parts: Uint8Array[] = [];
  for (const r of refs) {
    const { dict, bytes } = pdf.stream(r);
    const filter = filterOf(dict);
    if (dict.has('/DecodeParms')) bail('content stream with decode parameters');
    if (filter === null) parts.push(bytes);
    else if (filter === '/FlateDecode') parts.push(inflateSync(bytes, { maxOutputLength: 8 << 20 }));
    else bail(`content filter ${filter}`);
    parts.push(Buffer.from('\n'));
  }
  return Buffer.concat(parts);
}

interface Placement {
  name: string;
  ctm: number[];
}

/** The images painted by a content stream (q/Q/cm/Do only; inline images and marked content with dictionaries bail). */
function placements(content: Uint8Array): Placement[] {
  const lex = new Lexer(content);
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  const operands: (string | number)[] = [];
  const out: Placement[] = [];
  for (let t = lex.token(); t !== null; t = lex.token()) {
    if (typeof t === 'number' || t.startsWith('/') || t === '(string)') {
      operands.push(t);
      continue;
    }
    if (t === '[') {
      lex.value('['); // an array operand (a dash pattern, TJ): skipped
      operands.push('[]');
      continue;
    }
    if (t === '<<') {
      lex.value('<<');
      operands.push('<<>>');
      continue;
    }
    if (t === 'BI' || t === 'ID') bail('inline image');
    if (t === 'q') stack.push(ctm);
    else if (t === 'Q') ctm = stack.pop() ?? ctm;
    else if (t === 'cm') {
      const m = operands.slice(-6);
      if (m.length !== 6 || m.some((x) => typeof x !== 'number')) bail('bad cm');
      ctm = multiply(ctm, m as number[]);
    } else if (t === 'Do') {
      const name = operands[operands.length - 1];
      if (typeof name !== 'string' || !name.startsWith('/')) bail('bad Do');
      out.push({ name: name as string, ctm });
    }
    operands.length = 0;
  }
  return out;
}

/**
 * The largest image a scanned page paints, decoded to gray, when the page has the simple shape
 * described above; null when it has not (the caller then asks pdfjs).
 * `minArea` (in the units of `view`, the page's viewport transform) drops pages whose largest
 * image is small.
 */
const opened = new WeakMap<Uint8Array, RawPdf | null>();

export async function rawScanImage(file: Uint8Array, page: PdfPage, view: number[], minArea: number): Promise<RawScan | null> {
  try {
    let pdf = opened.get(file);
    if (pdf === undefined) {
      pdf = null;
      try {
        pdf = new RawPdf(Buffer.from(file.buffer, file.byteOffset, file.byteLength));
      } finally {
        opened.set(file, pdf);
      }
    }
    if (!pdf) return null;
    if (!page.ref) return null;
    const pageDict = pdf.dict(pdf.resolve({ ref: [page.ref.num, page.ref.gen] }) as Value);
    if (pageDict.get('/Type') !== '/Page') bail('not a page object');
    if (!pageDict.has('/Resources')) bail('inherited resources');
    const xobjects = pdf.dict(pdf.dict(pageDict.get('/Resources')).get('/XObject'));
    let best: { placement: Placement; area: number } | null = null;
    for (const placement of placements(contentBytes(pdf, pageDict.get('/Contents')))) {
      const m = multiply(view, placement.ctm);
      const area = Math.abs(m[0]! * m[3]! - m[1]! * m[2]!);
      if (!best || area > best.area) best = { placement, area };
    }
    if (!best || best.area < minArea) return null;
    const { dict, bytes } = pdf.stream(xobjects.get(best.placement.name));
    const width = dict.get('/Width');
    const height = dict.get('/Height');
    const space = pdf.resolve(dict.get('/ColorSpace'));
    if (dict.get('/Subtype') !== '/Image' || filterOf(dict) !== '/DCTDecode') bail('not a JPEG image');
    if (['/DecodeParms', '/Decode', '/SMask', '/Mask', '/ImageMask'].some((k) => dict.has(k))) bail('image with a mask or decode parameters');
    if (space !== '/DeviceGray' && space !== '/DeviceRGB') bail('colour space');
    if (pdf.resolve(dict.get('/BitsPerComponent')) !== 8 || typeof width !== 'number' || typeof height !== 'number') bail('image size');
    const Jpeg = await jpegDecoder();
    const jpeg = new Jpeg();
    jpeg.parse(bytes);
    const components = space === '/DeviceGray' ? 1 : 3;
    if (jpeg.width !== width || jpeg.height !== height || jpeg.numComponents !== components) bail('JPEG does not match its dictionary');
    const data = jpeg.getData({ width, height, forceRGB: false, isSourcePDF: true });
    let gray: Gray;
    if (components === 1) {
      gray = newGray(width, height);
      gray.data.set(data.subarray(0, width * height));
    } else gray = toGray(width, height, data, 2);
    return { gray, ctm: best.placement.ctm, width, height };
  } catch (error) {
    if (process.env.TTHC_DEBUG_RAWSCAN) console.error(`raw scan path: ${(error as Error).message}`);
    return null;
  }
}
