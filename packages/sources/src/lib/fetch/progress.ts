import { formatCount, plural } from '@joblist/core-model';
import type { FetchProgress } from '../fetch-sources.ts';

/** Where progress goes: a stream that may be a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Shows fetch progress as it happens. */
export interface ProgressReporter {
  /** Pass as `onProgress` to `fetchSources`. */
  update(progress: FetchProgress): void;
  /** Ends the updating line on a terminal; nothing otherwise. */
  finish(): void;
}

/** One plain line per finished source: `[3/40] ok greenhouse:gitlab: 120 jobs, 2 rejected, 9 skipped`. */
function formatSourceLine({ source, done, total }: FetchProgress): string {
  const rejected = source.rejected.length > 0 ? `, ${source.rejected.length} rejected` : '';
  const skippedCount = source.skipped.reduce((sum, entry) => sum + entry.count, 0);
  const skipped = skippedCount > 0 ? `, ${formatCount(skippedCount)} skipped` : '';
  const outcome =
    source.status === 'ok' ? `${plural(source.jobs, 'job')}${rejected}${skipped}` : source.error;
  return `[${done}/${total}] ${source.status} ${source.id}: ${outcome}`;
}

/** The single updating terminal line: `sources 12/40 · 1 failed · 3,210 jobs`. */
function formatSummaryLine({ done, failed, total, jobs }: FetchProgress): string {
  return `sources ${done}/${total} · ${failed} failed · ${plural(jobs, 'job')}`;
}

/**
 * Reports progress on `stream`: on a terminal one line rewritten in place (sources done / failed /
 * jobs); elsewhere (CI logs, pipes) one plain line per finished source.
 */
export function createProgressReporter(stream: ProgressStream): ProgressReporter {
  let drawn = false;
  return {
    update(progress) {
      if (!stream.isTTY) {
        stream.write(`${formatSourceLine(progress)}\n`);
        return;
      }
      stream.write(`\r\x1b[2K${formatSummaryLine(progress)}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
