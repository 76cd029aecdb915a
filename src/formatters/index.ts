/** The `check` formatters by name; each is a pure function of the results. */
import type { ChalkInstance } from 'chalk';
import type { CheckResult } from '../check/types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJsonl } from './jsonl.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type Formatter = (results: CheckResult[], chalk: ChalkInstance) => string;

export const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  jsonl: formatJsonl,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
} satisfies Record<string, Formatter>;

export type FormatterName = keyof typeof FORMATTERS;
export const FORMATTER_NAMES = Object.keys(FORMATTERS) as FormatterName[];
