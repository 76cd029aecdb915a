/** SARIF 2.1.0: one run, the rules that fired (plan rules carry their description), one result per problem. */
import { RULES } from '../check/ruleTable.js';
import type { CheckResult, RuleSeverity } from '../check/types.js';
import { pathToUri, TOOL } from './tool.js';

const LEVEL: Record<RuleSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(results: CheckResult[]): string {
  const described = new Map(RULES.map((r) => [r.id, r]));
  const ruleIndex = new Map<string, number>();
  const rules: object[] = [];
  const indexOf = (id: string): number => {
    let i = ruleIndex.get(id);
    if (i === undefined) {
      const known = described.get(id);
      i = rules.length;
      ruleIndex.set(id, i);
      rules.push({
        id,
        shortDescription: { text: known ? known.description : `pipeline diagnostic ${id}` },
        ...(known ? { defaultConfiguration: { level: LEVEL[known.severity] } } : {}),
      });
    }
    return i;
  };
  const artifacts = results.map((r) => ({ location: { uri: pathToUri(r.path) } }));
  const sarifResults = results.flatMap((r, artifactIndex) =>
    r.messages.map((m) => ({
      ruleId: m.ruleId,
      ruleIndex: indexOf(m.ruleId),
      level: LEVEL[m.severity],
      message: { text: m.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: pathToUri(r.path), index: artifactIndex },
            ...(m.line !== null && m.line >= 1 ? { region: { startLine: m.line } } : {}),
          },
          ...(m.page !== null ? { properties: { page: m.page } } : {}),
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL.name, version: TOOL.version, informationUri: TOOL.informationUri, rules } },
        artifacts,
        results: sarifResults,
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
