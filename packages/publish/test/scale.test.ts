import { join, resolve } from 'node:path';
import { loadProject, type Project } from '@joblist/config';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/_helpers/git.ts';
import { minimumContentTime, publishScale, type Scale, startScale, writeBuilds } from './_helpers/scale.ts';

// Issue 22's acceptance, scaled down for the suite: bench/scale.ts runs the same with 1,000 repositories
// and GitHub's own limits (80 a minute, 500 an hour); here 10 repositories at 2 a minute and 8 an hour
// keep both windows and the App token's hour in play while 10 real pushes (about 2 s each on a loaded
// 2-core machine) fit the suite's time.
const REPOS = 10;
const LIMITS = { contentPerMinute: 2, contentPerHour: 8 };
const HOUR = 3_600_000;
const TIMEOUT = 180_000;
const ROOT = resolve(import.meta.dirname, '../../..');
const published = (run: { summary: { counts: { published: number } } }) => run.summary.counts.published;

let project: Project;
let temp: ReturnType<typeof makeTempDir>;
let scale: Scale;
beforeAll(async () => {
  project = await loadProject(join(ROOT, 'joblist.config.ts'));
});
beforeEach(async () => {
  temp = makeTempDir('joblist-scale-');
  scale = await startScale(project, temp.dir, REPOS, LIMITS);
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') console.log(scale.lines.join('\n'));
  await scale.close();
  temp.cleanup();
});

describe('publish --create at scale, against the limited loopback GitHub (simulated clock)', () => {
  it(
    'creates, pushes and turns Pages on for every repository: 0 failed, 0 over a limit, within 10 % of the least time the limits allow, the App token refreshed mid-run',
    async () => {
      const run = await publishScale(project, temp.dir, scale);
      expect(run.summary.counts).toEqual({
        published: REPOS,
        unchanged: 0,
        wouldChange: 0,
        skipped: 0,
        deferred: 0,
        failed: 0,
        total: REPOS,
      });
      expect(run.overLimit).toBe(0);
      // Every repository is two content-creating requests: its creation and its Pages.
      const minimum = minimumContentTime(2 * REPOS, LIMITS.contentPerMinute, LIMITS.contentPerHour);
      expect(minimum).toBe(2 * HOUR + 60_000);
      expect(run.simulatedMs).toBeGreaterThanOrEqual(minimum);
      expect(run.simulatedMs).toBeLessThanOrEqual(minimum * 1.1);
      // Tokens live an hour of the simulated clock and are refreshed 5 minutes before: three for 2 h 1 min.
      expect(scale.github.apps.minted).toHaveLength(3);
      expect(scale.github.requests.filter((request) => request.status === 401)).toEqual([]);
      const pushes = scale.github.requests.filter((request) => request.path.endsWith('/git-receive-pack'));
      const minted = scale.github.apps.minted;
      const pushedWith = new Set(pushes.map((request) => request.authorization));
      expect(
        minted.filter((token) =>
          [...pushedWith].some((header) =>
            header?.includes(Buffer.from(`x-access-token:${token}`).toString('base64')),
          ),
        ).length,
      ).toBeGreaterThan(1);
      expect(
        scale.categories.every(({ repo }) => scale.github.repository(project.site.github.org, repo)?.pages),
      ).toBe(true);
      const log = scale.lines.join('\n');
      for (const secret of [...minted, ...scale.privateKey.split('\n').filter((line) => line.length > 20)])
        expect(log).not.toContain(secret);
    },
    TIMEOUT,
  );

  it(
    'a run stopped halfway (SIGTERM), then one cut short by its deadline, leave the rest to the next run, which publishes only the rest',
    async () => {
      // SIGTERM once 3 are published: no further repository starts.
      const stop = new AbortController();
      const watching = setInterval(() => {
        if (scale.lines.filter((line) => / published [0-9a-f]+/u.test(line)).length >= 3)
          stop.abort('SIGTERM');
      }, 5);
      const first = await publishScale(project, temp.dir, scale, { signal: stop.signal });
      clearInterval(watching);
      expect(first.summary.counts.skipped).toBeGreaterThan(0);
      expect(first.summary.outcomes.find((outcome) => !outcome.ok)).toMatchObject({
        status: 'skipped',
        error: 'not started: the run was stopped (SIGTERM)',
      });
      // The next scheduled run, an hour later, may wait 30 minutes for the limits: the rest is deferred.
      scale.clock.advance(HOUR);
      const second = await publishScale(project, temp.dir, scale, { deadlineMinutes: 30 });
      expect(second.summary.counts.deferred).toBeGreaterThan(0);
      expect(second.summary.outcomes.find((outcome) => !outcome.ok)).toMatchObject({
        status: 'deferred',
        error: expect.stringMatching(/after the deadline/u),
      });
      scale.clock.advance(HOUR);
      const third = await publishScale(project, temp.dir, scale);
      for (const run of [first, second, third]) expect(run.summary.counts.failed).toBe(0);
      expect(published(first) + published(second) + published(third)).toBe(REPOS);
      expect(third.summary.counts.unchanged).toBe(published(first) + published(second));
      expect(third.overLimit).toBe(0);
      // Nothing was created twice, and every repository has its Pages.
      const created = scale.github.requests.filter(
        (request) => request.method === 'POST' && request.path.endsWith('/repos'),
      );
      expect(created.filter((request) => request.status === 201)).toHaveLength(REPOS);
      expect(created.filter((request) => request.status === 422)).toEqual([]);
      const org = project.site.github.org;
      expect(scale.categories.every(({ repo }) => scale.github.repository(org, repo)?.pages)).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'a run where 10 % changed pushes only those and creates nothing',
    async () => {
      await publishScale(project, temp.dir, scale);
      writeBuilds(temp.dir, scale.categories.slice(0, REPOS / 10), new Date('2026-12-07T06:00:05Z'));
      scale.clock.advance(HOUR);
      const again = await publishScale(project, temp.dir, scale);
      expect([published(again), again.summary.counts.unchanged]).toEqual([REPOS / 10, REPOS - REPOS / 10]);
      expect(again.overLimit).toBe(0);
      // No content-creating request: creation and Pages are found done.
      expect(again.simulatedMs).toBeLessThan(60_000);
    },
    TIMEOUT,
  );
});
