import type { PlanFile } from './planFile.js';

export interface ParseOptions {
  /** the plan year when the document does not say (deadlines are relative to it) */
  year?: number;
  /** run the text-repair stage (default true) */
  repair?: boolean;
  /** OCR and PDF options (issue: PDFs and scans) */
  password?: string;
  maxPages?: number;
  jobs?: number;
  /** called with (done, total) as pages are read */
  onProgress?: (done: number, total: number) => void;
}

export interface Stage {
  name: string;
  run(file: PlanFile, options: ParseOptions): void | Promise<void>;
}
