/**
 * The one object that travels through the pipeline per input (vfile style): the source,
 * its lines with positions, what each stage found, and diagnostics.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, Place } from '../core/diagnostic.js';
import type { RawTable, SourceLine } from '../core/lines.js';
import type { Group, Plan, PlanDocument, Section, TableInfo, TextSource, Wrapper } from '../schema/plan.js';

export interface LegalBasisDraft {
  text: string;
  place: Place;
}

export interface StructureResult {
  document: PlanDocument;
  wrapper: Wrapper | null;
  legalBases: LegalBasisDraft[];
  sections: Section[];
  /** index into PlanFile.lines where the appendix (PHỤ LỤC) starts, or null */
  appendixStart: number | null;
}

/** A task row before normalization: the deadline is still the cell text. */
export interface TaskDraft {
  id: string;
  stt: string | null;
  group: Group | null;
  objective: string | null;
  mission: string | null;
  content: string | null;
  lead: string | null;
  coordinating: string | null;
  deadlineText: string | null;
  output: string | null;
  note: string | null;
  extra: Record<string, string>;
  place: Place;
  heading: boolean;
}

/** An indicator row before normalization: the target is still the cell text. */
export interface IndicatorDraft {
  id: string;
  stt: string | null;
  group: Group | null;
  name: string | null;
  unit: string | null;
  targetText: string | null;
  lead: string | null;
  coordinating: string | null;
  note: string | null;
  extra: Record<string, string>;
  place: Place;
}

export interface TablesResult {
  tables: TableInfo[];
  tasks: TaskDraft[];
  indicators: IndicatorDraft[];
}

export interface PlanFile {
  path: string | null;
  bytes: Uint8Array;
  sha256: string;
  mediaType: string;
  pageCount: number | null;
  textSource: TextSource;
  /** lines in reading order; `text` is repaired in place by the repair stage, `raw` keeps the original */
  lines: SourceLine[];
  /** tables already cut into cells by the loader (PDF geometry, OCR grid) */
  rawTables: RawTable[];
  structure?: StructureResult;
  tables?: TablesResult;
  normalized?: import('../normalize/index.js').Normalized;
  plan?: Plan;
  diagnostics: Diagnostic[];
  /** set when a stage failed: later stages are skipped */
  fatal: boolean;
  /** per-stage timings in ms, for benchmarks */
  timings: Record<string, number>;
}

export function createPlanFile(bytes: Uint8Array, path: string | null): PlanFile {
  return {
    path,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    mediaType: 'application/octet-stream',
    pageCount: null,
    textSource: 'text',
    lines: [],
    rawTables: [],
    diagnostics: [],
    fatal: false,
    timings: {},
  };
}
