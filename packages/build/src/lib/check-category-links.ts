import { type Project, pickCategories } from '@joblist/config';
import {
  type Category,
  DEFAULT_LINK_STATE,
  DEFAULT_SNAPSHOT,
  readLinkState,
  readSnapshot,
  type SnapshotJob,
  selectJobs,
  writeLinkState,
} from '@joblist/core-model';
import { resolvePath } from '@joblist/io';
import { checkLinks, LINK_CHECK_LIMITS } from './link-check.ts';

/** What {@link checkCategoryLinks} checks and how: the snapshot's jobs, the link state file and the request settings. */
export interface CategoryLinkOptions {
  /** The snapshot's jobs and its `updatedAt` as a time (the build time the windows are taken at). */
  jobs: readonly SnapshotJob[];
  builtAt: Date;
  /** The link state file: results and cache, read and written. */
  stateFile: string;
  /** Seconds per request (default 10). */
  timeoutSeconds?: number;
  /** Requests in flight per host (default 2). */
  perHost?: number;
  /** Hours a result is reused (default 24). */
  ttlHours?: number;
  /** The check time. */
  now: Date;
  allowLoopback: boolean;
}

/**
 * Checks the job pages the `categories` show, records the results in the link state file, prints each gone
 * page and a summary, and returns the counts and the gone pages.
 */
export async function checkCategoryLinks(categories: readonly Category[], options: CategoryLinkOptions) {
  // The rows each category shows (its `limit`), at most LINK_CHECK_LIMITS.maxUrls pages in all: job URLs
  // are data, and a run must not turn a 3,000-job window into 3,000 requests.
  const shown = categories.flatMap((category) =>
    selectJobs(options.jobs, category, options.builtAt).map((job) => ({ job, category })),
  );
  const urls = [...new Set(shown.map(({ job }) => job.url))];
  const checked = new Set(urls.slice(0, LINK_CHECK_LIMITS.maxUrls));
  if (urls.length > checked.size) {
    console.log(
      `${urls.length - checked.size} job pages not checked this run (at most ${LINK_CHECK_LIMITS.maxUrls} a run)`,
    );
  }
  const jobs = shown.filter(({ job }) => checked.has(job.url));
  const before = await readLinkState(options.stateFile);
  const state = await checkLinks([...checked], before, {
    timeoutSeconds: options.timeoutSeconds ?? 10,
    perHost: options.perHost ?? 2,
    hosts: 16,
    ttlSeconds: (options.ttlHours ?? 24) * 3600,
    now: options.now,
    userAgent: 'joblist/0.1 (job-list generator; link check)',
    allowLoopback: options.allowLoopback,
  });
  await writeLinkState(options.stateFile, state);
  const counts = { ok: 0, gone: 0, unknown: 0 };
  const goneLinks: Array<{ repo: string; title: string; url: string; detail: string }> = [];
  const reported = new Set<string>();
  for (const { job, category } of jobs) {
    const check = state.links[job.url];
    if (!check || reported.has(`${category.id} ${job.url}`)) continue;
    reported.add(`${category.id} ${job.url}`);
    counts[check.verdict]++;
    if (check.verdict !== 'gone') continue;
    goneLinks.push({ repo: category.repo, title: job.title, url: job.url, detail: check.detail });
    console.log(`gone (${check.detail}): ${category.repo}: ${job.title} — ${job.url}`);
  }
  console.log(
    `checked ${reported.size} job pages: ${counts.ok} ok, ${counts.gone} gone (dropped by the next build), ` +
      `${counts.unknown} unknown (kept: timeout, 5xx or error)`,
  );
  return { links: { checked: reported.size, ...counts }, goneLinks };
}

/** What {@link checkProjectLinks} checks: the command's options, parsed; paths relative to the current folder. */
export interface ProjectLinkOptions
  extends Pick<CategoryLinkOptions, 'timeoutSeconds' | 'perHost' | 'ttlHours'> {
  /** Only this category (default: every one). */
  category?: string;
  /** The snapshot (default: core-model's `DEFAULT_SNAPSHOT` in the project). */
  snapshot?: string;
  /** The link state file (default: core-model's `DEFAULT_LINK_STATE` in the project). */
  state?: string;
  /** The check time (default: now). */
  now?: Date;
  allowLoopback?: boolean;
}

/**
 * Checks the job pages of the picked categories of `project` in its snapshot, at the snapshot's
 * `updatedAt` (see {@link checkCategoryLinks}), and returns the result.
 */
export async function checkProjectLinks(project: Project, options: ProjectLinkOptions) {
  const categories = pickCategories(project, options.category);
  const snapshot = await readSnapshot(resolvePath(options.snapshot, project.root, DEFAULT_SNAPSHOT));
  return checkCategoryLinks(categories, {
    jobs: snapshot.jobs,
    builtAt: new Date(snapshot.updatedAt),
    stateFile: resolvePath(options.state, project.root, DEFAULT_LINK_STATE),
    timeoutSeconds: options.timeoutSeconds,
    perHost: options.perHost,
    ttlHours: options.ttlHours,
    now: options.now ?? new Date(),
    allowLoopback: options.allowLoopback === true,
  });
}
