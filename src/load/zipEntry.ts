/** One file of a zip container (a .docx, an .odt), as text; a damaged container is an InputError. */
import { unzipSync } from 'fflate';
import { InputError } from './text.js';

export function zipEntryText(bytes: Uint8Array, entry: string, ruleId: string, what: string): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === entry });
  } catch (error) {
    throw new InputError(ruleId, `not a readable ${what} (${(error as Error).message})`);
  }
  const data = files[entry];
  if (!data) throw new InputError(ruleId, `not a readable ${what} (no ${entry})`);
  return new TextDecoder('utf-8').decode(data);
}
