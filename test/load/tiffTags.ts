/** Read the first directory of a little-endian TIFF: tag → first value (for tests of what we hand the OCR engine). */
export function tiffTags(file: Uint8Array): Map<number, number> {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (view.getUint16(0, true) !== 0x4949 || view.getUint16(2, true) !== 42) throw new Error('not a little-endian TIFF');
  const dir = view.getUint32(4, true);
  const tags = new Map<number, number>();
  for (let i = 0; i < view.getUint16(dir, true); i++) {
    const at = dir + 2 + i * 12;
    const type = view.getUint16(at + 2, true);
    tags.set(view.getUint16(at, true), type === 3 ? view.getUint16(at + 8, true) : view.getUint32(at + 8, true));
  }
  return tags;
}

/** [width, height] of a TIFF. */
export function tiffSize(file: Uint8Array): [number, number] {
  const tags = tiffTags(file);
  return [tags.get(256)!, tags.get(257)!];
}
