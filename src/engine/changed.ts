/** --changed-only: an output is current when it records the sha256 of the same input bytes. */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';

export async function outputIsCurrent(outPath: string, sha256: string): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(outPath, 'utf8');
  } catch {
    return false;
  }
  try {
    const data = (outPath.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as { source?: { sha256?: unknown } };
    return data?.source?.sha256 === sha256;
  } catch {
    return false; // a damaged output is redone
  }
}
