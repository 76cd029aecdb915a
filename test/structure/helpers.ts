import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { textToLines } from '../../src/load/text.js';
import type { StructureResult } from '../../src/pipeline/planFile.js';
import { readStructure } from '../../src/structure/index.js';

export const SEED_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

export function seedText(prefix: string): string {
  const name = readdirSync(SEED_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(SEED_DIR + name, 'utf8');
}

export function structureOf(text: string): { s: StructureResult; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const s = readStructure(textToLines(text), diagnostics);
  return { s, diagnostics };
}

/** Correct Vietnamese with its marks stripped, as a Latin OCR model or a typist without Telex gives it. */
export function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

export const ruleIds = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.ruleId);
