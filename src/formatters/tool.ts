/** How tthc-parse names itself in machine-readable reports. */
export const TOOL = { name: 'tthc-parse', version: '0.1.0', informationUri: 'https://github.com/tthc-parse/tthc-parse' } as const;

/** A path as a relative URI with forward slashes (SARIF, links). */
export function pathToUri(path: string): string {
  return encodeURI(path.replace(/\\/g, '/')).replace(/[?#]/g, (ch) => encodeURIComponent(ch));
}
