/**
 * Compare a result with a hand-checked "partial plan": objects are compared on the keys present
 * in the expectation, arrays must have the same length and compare element-wise. Two matchers
 * cover text the input itself damaged:
 *   { "$similar": "correct text", "min": 0.9 }  character similarity (1 - edit distance / length)
 *   { "$length": 12 }                           an array of that length, contents unchecked
 * Returns a list of mismatches as "path: expected … got …".
 */
export function editSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const n = a.length;
  const m = b.length;
  if (!n || !m) return 0;
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = [i];
    for (let j = 1; j <= m; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return 1 - prev[m]! / Math.max(n, m);
}

const show = (v: unknown) => JSON.stringify(v)?.slice(0, 160);

export function partialMismatches(actual: unknown, expected: unknown, path = '$'): string[] {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    const exp = expected as Record<string, unknown>;
    if ('$similar' in exp) {
      const min = typeof exp.min === 'number' ? exp.min : 0.9;
      if (typeof actual !== 'string') return [`${path}: expected text similar to ${show(exp.$similar)}, got ${show(actual)}`];
      const sim = editSimilarity(actual.toLowerCase(), String(exp.$similar).toLowerCase());
      return sim >= min ? [] : [`${path}: similarity ${sim.toFixed(3)} < ${min}: expected ${show(exp.$similar)}, got ${show(actual)}`];
    }
    if ('$length' in exp) {
      return Array.isArray(actual) && actual.length === exp.$length
        ? []
        : [`${path}: expected an array of ${exp.$length}, got ${Array.isArray(actual) ? actual.length : show(actual)}`];
    }
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return [`${path}: expected an object, got ${show(actual)}`];
    }
    return Object.keys(exp).flatMap((k) =>
      k.startsWith('//') ? [] : partialMismatches((actual as Record<string, unknown>)[k], exp[k], `${path}.${k}`),
    );
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${show(actual)}`];
    const problems: string[] = [];
    if (actual.length !== expected.length) problems.push(`${path}: expected ${expected.length} items, got ${actual.length}`);
    const n = Math.min(actual.length, expected.length);
    for (let i = 0; i < n; i++) problems.push(...partialMismatches(actual[i], expected[i], `${path}[${i}]`));
    return problems;
  }
  return Object.is(actual, expected) ? [] : [`${path}: expected ${show(expected)}, got ${show(actual)}`];
}
