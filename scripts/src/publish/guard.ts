import { countJobRows } from '@joblist/markdown-writer';

/** Why a README may not be published. */
export class RowDropError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RowDropError';
  }
}

/**
 * Throws a {@link RowDropError} when `next` would drop more than `maxDropShare` of the job rows of the
 * currently `published` README (nothing published yet: always allowed).
 */
export function checkRowDrop(published: string | undefined, next: string, maxDropShare: number): void {
  if (published === undefined) return;
  const before = countJobRows(published);
  if (before === 0) return;
  const after = countJobRows(next);
  const dropShare = (before - after) / before;
  if (dropShare > maxDropShare) {
    const percent = (share: number) => `${Math.round(share * 100)}%`;
    throw new RowDropError(
      `refusing to publish: the README would drop from ${before} to ${after} job rows (${percent(dropShare)} fewer, ` +
        `more than publish.maxDropShare ${percent(maxDropShare)}); check the sources, or rerun with --force`,
    );
  }
}
