/** Test helper: the tables stage run over plain text, as the pipeline runs it on a text file. */
import { textToLines } from '../../src/load/text.js';
import { createPlanFile } from '../../src/pipeline/planFile.js';
import { findTables } from '../../src/tables/index.js';

export function tables(text: string): ReturnType<typeof findTables> {
  const file = createPlanFile(new TextEncoder().encode(text), null);
  file.lines = textToLines(text);
  return findTables(file);
}
