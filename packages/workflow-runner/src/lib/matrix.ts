import type { Value } from './expression.ts';

/**
 * The combinations of a job's `strategy.matrix`, in GitHub's order (the first key varies slowest): every
 * key a list of values. `include`, `exclude` and expressions are not implemented by the harness: an error
 * naming `where`, never a silently different matrix.
 */
export function matrixCombinations(
  matrix: Record<string, unknown>,
  where: string,
): Array<Record<string, Value>> {
  let combinations: Array<Record<string, Value>> = [{}];
  for (const [key, values] of Object.entries(matrix)) {
    if (key === 'include' || key === 'exclude')
      throw new Error(`${where}: strategy.matrix.${key} is not implemented by the harness`);
    if (!Array.isArray(values) || values.length === 0)
      throw new Error(`${where}: strategy.matrix.${key} must be a non-empty list`);
    combinations = combinations.flatMap((combination) =>
      (values as Value[]).map((value) => ({ ...combination, [key]: value })),
    );
  }
  return combinations;
}
