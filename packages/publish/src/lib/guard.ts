/** Why a build may not be published. */
export class RowDropError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RowDropError';
  }
}

/**
 * Throws a {@link RowDropError} when `after` rows would drop more than `maxDropShare` of the baseline:
 * the most rows among the `published` versions (the last few, newest first), so a slow slide
 * (50 → 26 → 14) is refused as well as a sudden drop. Nothing published yet: always allowed.
 */
export function checkRowDrop(published: readonly number[], after: number, maxDropShare: number): void {
  const counts = published;
  const before = Math.max(0, ...counts);
  if (before === 0) return;
  const dropShare = (before - after) / before;
  if (dropShare > maxDropShare) {
    const percent = (share: number) => `${Math.round(share * 100)}%`;
    const baseline =
      counts.length > 1 && before !== counts[0]
        ? `, measured from the most rows in the last ${counts.length} published versions; the current one has ${counts[0]}`
        : '';
    throw new RowDropError(
      `refusing to publish: the README would drop from ${before} to ${after} job rows (${percent(dropShare)} fewer${baseline}; ` +
        `more than publish.maxDropShare ${percent(maxDropShare)}); check the sources, or rerun with --force`,
    );
  }
}
