import { readFields } from '../../src/load/image/tiff.js';

/** The first directory of a TIFF: tag → first value (for tests of what we hand the OCR engine). */
export function tiffTags(file: Uint8Array): Map<number, number> {
  return new Map([...readFields(file)].map(([tag, values]) => [tag, values[0]!]));
}

/** [width, height] of a TIFF. */
export function tiffSize(file: Uint8Array): [number, number] {
  const tags = tiffTags(file);
  return [tags.get(256)!, tags.get(257)!];
}
