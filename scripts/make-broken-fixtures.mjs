#!/usr/bin/env node
/**
 * Writes the deliberately broken inputs of fixtures/broken/ (run: node scripts/make-broken-fixtures.mjs).
 * Every file is generated here, byte for byte, so the set can be remade and reviewed; the
 * PDFs are written by hand (objects, xref, trailer) to need no PDF tool. Each file is one
 * way an input goes wrong in a real batch; test/engine/batch.test.ts says what the batch must report for each.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/broken');
const write = (name, data) => writeFileSync(join(here, name), data);

/** A PDF from object bodies (object n is bodies[n-1]); `trailer` adds to the trailer dict. */
function pdf(bodies, trailer = '') {
  const chunks = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets = [];
  bodies.forEach((body, i) => {
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    offset += b.length;
    chunks.push(b);
  });
  const xref = [`xref\n0 ${bodies.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

function stream(content, dict = '') {
  const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'latin1');
  return Buffer.concat([Buffer.from(`<< /Length ${data.length} ${dict}>>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

const textPage = (lines) =>
  'BT /F1 12 Tf 14 TL 72 770 Td ' + lines.map((l) => `(${l}) Tj T*`).join(' ') + ' ET';

/** A one-page PDF with a text layer. */
function textPdf(lines) {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    stream(textPage(lines)),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

const PLAN_LINES = [
  'UY BAN NHAN DAN XA AN BINH',
  'So: 12/KH-UBND',
  'KE HOACH',
  'Kiem soat thu tuc hanh chinh nam 2025',
  'STT  Noi dung  Co quan chu tri  Thoi gian thuc hien',
  '1  Ra soat thu tuc hanh chinh  Van phong  Quy II nam 2025',
];

// --- RC4 and the PDF standard security handler, revision 2 (40-bit): enough for a real encrypted file
function rc4(key, data) {
  const s = [...Array(256).keys()];
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}
const md5 = (...parts) => createHash('md5').update(Buffer.concat(parts)).digest();
const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
const padded = (pw) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);

function encryptedPdf(userPassword, ownerPassword) {
  const id = md5(Buffer.from('tthc-parse broken fixture'));
  const O = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword));
  const P = -44; // print, no modify
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(P);
  const key = md5(padded(userPassword), O, pBytes, id).subarray(0, 5);
  const U = rc4(key, PAD);
  const objectKey = (n) => md5(key, Buffer.from([n & 255, (n >> 8) & 255, (n >> 16) & 255, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey(4), Buffer.from(textPage(PLAN_LINES), 'latin1'));
  const hex = (b) => `<${b.toString('hex')}>`;
  return pdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      stream(content),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      `<< /Filter /Standard /V 1 /R 2 /O ${hex(O)} /U ${hex(U)} /P ${P} >>`,
    ],
    `/Encrypt 6 0 R /ID [${hex(id)} ${hex(id)}] `,
  );
}

function manyPagesPdf(count) {
  const kids = Array.from({ length: count }, (_, i) => `${i + 3} 0 R`).join(' ');
  const pages = Array.from({ length: count }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
  return pdf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`, ...pages]);
}

function png(width, height, idat) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 255] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/** Deterministic pseudo-random bytes (xorshift), so the junk is the same on every run. */
function junk(length, seed = 2463534242) {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 255;
  }
  return out;
}

/** "Kế hoạch kiểm soát thủ tục hành chính" in TCVN3 (ABC), the common pre-Unicode Vietnamese encoding. */
const TCVN3 = Buffer.from([
  0x4b, 0xd5, 0x20, 0x68, 0x6f, 0xb9, 0x63, 0x68, 0x20, 0x6b, 0x69, 0xd3, 0x6d, 0x20, 0x73, 0x6f, 0xb8, 0x74, 0x20, 0x74,
  0x68, 0xf1, 0x20, 0x74, 0xf4, 0x63, 0x20, 0x68, 0xb5, 0x6e, 0x68, 0x20, 0x63, 0x68, 0xdd, 0x6e, 0x68, 0x0a, // ủ = F1, í = DD
]);

const good = textPdf(PLAN_LINES);
write('empty.pdf', Buffer.alloc(0));
write('truncated.pdf', good.subarray(0, Math.floor(good.length / 2)));
write('corrupt.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), junk(2048, 99)]));
write('encrypted.pdf', encryptedPdf('secret', 'owner-secret'));
write('no-pages.pdf', pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']));
write('many-pages.pdf', manyPagesPdf(2500));
write('not-a-plan.pdf', textPdf(['Thong bao', 'Lich nghi le Quoc khanh 2/9', 'Nhan vien nghi tu ngay 31/8 den het ngay 3/9.']));
// a 20000 x 20000 greyscale scan: the header says so; the pixels are cut short to keep the file small
write('huge.png', png(20000, 20000, deflateSync(Buffer.alloc(20001 * 8))));
write('junk.txt', junk(4096)); // binary junk with a text name
write('junk.dat', junk(512, 7)); // binary junk with no plan name: skipped inside folders
write('legacy-8bit.txt', TCVN3);
write('wrong-extension.pdf', 'KẾ HOẠCH\nKiểm soát thủ tục hành chính năm 2025\nSố: 12/KH-UBND\n');
write('menu-not-a-plan.txt', 'Thực đơn tuần này\nThứ hai: phở bò\nThứ ba: bún chả\n');
console.log('fixtures/broken written');
