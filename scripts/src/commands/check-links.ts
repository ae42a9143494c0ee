import {
  checkLinks,
  DEFAULT_LINK_STATE,
  LINK_CHECK_LIMITS,
  readLinkState,
  writeLinkState,
} from '@joblist/build';
import { loadProject, pickCategories } from '@joblist/config';
import { readSnapshot, selectJobs } from '@joblist/core-model';
import { defineCommand } from 'citty';
import { categoryArgs, type NumberRange, numberArg, parseNow, resolvePath, timeArg } from '../_utils/args.ts';
import { jsonArg, withJsonOutput } from '../json-output.ts';
import { DEFAULT_SNAPSHOT } from '../selection.ts';
import { COMMAND_META } from './meta.ts';

/** `--ttl` and `--timeout`: hours or seconds, above 0. */
const POSITIVE: NumberRange = { min: 0, above: true, fraction: true };
/** `--timeout`: seconds above 0, at most {@link LINK_CHECK_LIMITS}`.maxTimeoutSeconds`. */
const TIMEOUT: NumberRange = { ...POSITIVE, max: LINK_CHECK_LIMITS.maxTimeoutSeconds };

/** `joblist check-links`: checks the job pages of the categories' windows; the next build drops gone ones. */
export default defineCommand({
  meta: COMMAND_META['check-links'],
  args: {
    ...categoryArgs,
    snapshot: { type: 'string', description: `Snapshot file (default: ${DEFAULT_SNAPSHOT})` },
    state: { type: 'string', description: `Results and cache (default: ${DEFAULT_LINK_STATE})` },
    ttl: numberArg('Hours a result is reused before the page is checked again (default: 24)', POSITIVE),
    timeout: numberArg(
      'Seconds per request before it counts as a timeout (default: 10, at most 60)',
      TIMEOUT,
    ),
    'per-host': numberArg('Requests in flight per host (default: 2)', { min: 1 }),
    now: timeArg('Check time, ISO 8601 (default: now)'),
    'allow-loopback': {
      type: 'boolean',
      description:
        'Let requests reach 127.0.0.1 and ::1 (local fixtures, tests); other internal addresses stay refused',
    },
    ...jsonArg,
  },
  async run({ args }) {
    await withJsonOutput(
      args.json,
      'check-links',
      () => checkCategoryLinks(args),
      (result) => result,
    );
  },
});

/** Checks the links of the picked categories, prints the gone ones and a summary, and returns them. */
async function checkCategoryLinks(args: {
  config?: string;
  category?: string;
  snapshot?: string;
  state?: string;
  ttl?: string;
  timeout?: string;
  'per-host'?: string;
  now?: string;
  'allow-loopback'?: boolean;
}) {
  const project = await loadProject(args.config);
  const categories = pickCategories(project, args.category);
  const snapshot = await readSnapshot(resolvePath(args.snapshot, project.root, DEFAULT_SNAPSHOT));
  const stateFile = resolvePath(args.state, project.root, DEFAULT_LINK_STATE);
  const builtAt = parseNow(snapshot.updatedAt);
  // The rows each category shows (its `limit`), at most LINK_CHECK_LIMITS.maxUrls pages in all: job URLs
  // are data, and a run must not turn a 3,000-job window into 3,000 requests.
  const shown = categories.flatMap((category) =>
    selectJobs(snapshot.jobs, category, builtAt).map((job) => ({ job, category })),
  );
  const urls = [...new Set(shown.map(({ job }) => job.url))];
  const checked = new Set(urls.slice(0, LINK_CHECK_LIMITS.maxUrls));
  if (urls.length > checked.size) {
    console.log(
      `${urls.length - checked.size} job pages not checked this run (at most ${LINK_CHECK_LIMITS.maxUrls} a run)`,
    );
  }
  const jobs = shown.filter(({ job }) => checked.has(job.url));
  const before = await readLinkState(stateFile);
  const state = await checkLinks([...checked], before, {
    timeoutSeconds: Number(args.timeout ?? 10),
    perHost: Number(args['per-host'] ?? 2),
    hosts: 16,
    ttlSeconds: Number(args.ttl ?? 24) * 3600,
    now: args.now === undefined ? new Date() : parseNow(args.now),
    userAgent: 'joblist/0.1 (job-list generator; link check)',
    allowLoopback: args['allow-loopback'] === true,
  });
  await writeLinkState(stateFile, state);
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
