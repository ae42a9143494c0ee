/**
 * Edit distance between two strings: insertions, deletions, substitutions and swaps of two neighbours
 * (`biuld` → `build`), one step each (optimal string alignment).
 */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The known name closest to a misspelt `input` (`limt` → `limit`, `dryrun` → `dry-run`), or undefined
 * when none is close: at most a third of the input's length (and at least one edit) away.
 */
export function closestName(input: string, known: Iterable<string>): string | undefined {
  const budget = Math.max(1, Math.floor(input.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(input.toLowerCase(), name.toLowerCase());
    if (distance <= budget && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
