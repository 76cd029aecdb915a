/**
 * tthc-parse/engine: many inputs at once, for scripts and CI. Unlike the library it touches
 * the file system and starts worker processes; it prints nothing (hooks report progress).
 */
export { runBatch, BatchUsageError, type BatchOptions, type BatchHooks, type BatchSummary } from './runBatch.js';
export { expandInputs, type InputItem, type SkippedInput } from './inputs.js';
export { recordLine, type FileRecord, type FileStatus } from './record.js';
export { formatSummary } from './summary.js';
export { checkRecord } from '../check/checkPlan.js';
export { ConfigFinder, ConfigError, loadConfig, parseConfig, type CheckConfig } from '../check/config.js';
export { RULES } from '../check/ruleTable.js';
export type { CheckResult, CheckMessage } from '../check/types.js';
export { FORMATTERS, type FormatterName } from '../formatters/index.js';
