/**
 * `check` configuration: switch rules off or re-grade them. Found upward from each input
 * (`.tthc-parse.json`, `tthc-parse.config.json`, `tthc-parse.config.yaml|yml`) or given
 * with --config. Any rule id can be graded, plan rules and pipeline diagnostics
 * (`structure/no-tables`, `load/wrong-extension` …) alike.
 *
 *   { "rules": { "plan/task-lead": "off", "plan/metadata-date": "error",
 *                "plan/repair-confidence": ["warning", { "max": 10 }] } }
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { RULE_IDS } from './ruleTable.js';
import type { RuleOptions, SeveritySetting } from './types.js';

export const CONFIG_NAMES = ['.tthc-parse.json', 'tthc-parse.config.json', 'tthc-parse.config.yaml', 'tthc-parse.config.yml'];

export class ConfigError extends Error {}

export interface RuleSetting {
  severity: SeveritySetting;
  options?: RuleOptions;
}

export interface CheckConfig {
  path: string | null;
  rules: Record<string, RuleSetting>;
}

export const EMPTY_CONFIG: CheckConfig = { path: null, rules: {} };

const SEVERITY_WORDS: Record<string, SeveritySetting> = {
  off: 'off', '0': 'off', info: 'info', warn: 'warning', warning: 'warning', '1': 'warning', error: 'error', '2': 'error',
};
const ConfigSchema = z.strictObject({ $schema: z.string().optional(), rules: z.record(z.string(), z.unknown()).default({}) });

function severityOf(value: unknown, where: string): SeveritySetting {
  const s = typeof value === 'string' || typeof value === 'number' ? SEVERITY_WORDS[String(value)] : undefined;
  if (!s) throw new ConfigError(`${where}: ${JSON.stringify(value)} is not a severity (off, info, warning, error)`);
  return s;
}

function settingOf(value: unknown, where: string): RuleSetting {
  if (!Array.isArray(value)) return { severity: severityOf(value, where) };
  const [severity, options, ...rest] = value as unknown[];
  if (rest.length || (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options)))) {
    throw new ConfigError(`${where}: expected a severity or [severity, { options }]`);
  }
  return options === undefined ? { severity: severityOf(severity, where) } : { severity: severityOf(severity, where), options: options as RuleOptions };
}

export function parseConfig(text: string, path: string): CheckConfig {
  let data: unknown;
  try {
    data = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ConfigError(`${path}: not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${error instanceof Error ? error.message : error}`);
  }
  const checked = ConfigSchema.safeParse(data ?? {});
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new ConfigError(`${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(checked.data.rules)) {
    if (!id.includes('/') || (id.startsWith('plan/') && !RULE_IDS.has(id))) {
      throw new ConfigError(`${path}: unknown rule "${id}" (plan rules: ${[...RULE_IDS].join(', ')})`);
    }
    rules[id] = settingOf(setting, `${path}: rules.${id}`);
  }
  return { path, rules };
}

export async function loadConfig(path: string): Promise<CheckConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${path}: cannot read the config (${code === 'ENOENT' ? 'no such file' : code})`);
  }
  return parseConfig(text, path);
}

/** Finds the config for each input, nearest folder first; folders are looked at once. */
export class ConfigFinder {
  private readonly cache = new Map<string, Promise<CheckConfig>>();
  private readonly explicit: Promise<CheckConfig> | null;

  constructor(explicitPath?: string) {
    this.explicit = explicitPath ? loadConfig(explicitPath) : null;
  }

  forInput(inputPath: string | null, cwd: string): Promise<CheckConfig> {
    if (this.explicit) return this.explicit;
    return this.inFolder(inputPath ? dirname(resolve(cwd, inputPath)) : resolve(cwd));
  }

  private inFolder(dir: string): Promise<CheckConfig> {
    let found = this.cache.get(dir);
    if (!found) {
      found = this.lookup(dir);
      this.cache.set(dir, found);
    }
    return found;
  }

  private async lookup(dir: string): Promise<CheckConfig> {
    for (const name of CONFIG_NAMES) {
      const path = join(dir, name);
      const text = await readFile(path, 'utf8').catch(() => null);
      if (text !== null) return parseConfig(text, path);
    }
    const parent = dirname(dir);
    return parent === dir ? EMPTY_CONFIG : this.inFolder(parent);
  }
}
