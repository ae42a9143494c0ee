/** Why a build may not be published. */
export class RowDropError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RowDropError';
  }
}

/**
 * Throws a {@link RowDropError} when the next build's `after` rows would drop more than `maxDropShare`
 * of the currently published `before` rows (nothing published yet: always allowed).
 */
export function checkRowDrop(before: number | undefined, after: number, maxDropShare: number): void {
  if (before === undefined || before === 0) return;
  const dropShare = (before - after) / before;
  if (dropShare > maxDropShare) {
    const percent = (share: number) => `${Math.round(share * 100)}%`;
    throw new RowDropError(
      `refusing to publish: the README would drop from ${before} to ${after} job rows (${percent(dropShare)} fewer, ` +
        `more than publish.maxDropShare ${percent(maxDropShare)}); check the sources, or rerun with --force`,
    );
  }
}
