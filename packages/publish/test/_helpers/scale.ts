import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import type { Project } from '@joblist/config';
import type { Category } from '@joblist/core-model';
import { createBudget } from '@joblist/github';
import {
  createSimulatedClock,
  type LoopbackGithub,
  type RateLimits,
  type SimulatedClock,
  startLoopbackGithub,
} from '@joblist/loopback-github';
import { publishAuth } from '../../src/lib/app-auth.ts';
import { publishCreating } from '../../src/lib/github.ts';
import type { PublishSummary } from '../../src/lib/run.ts';
import { writeFakeBuild } from './build-output.ts';
import { localPublishContext } from './publish-context.ts';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const APP_ID = 1701;
const INSTALLATION_ID = 4711;

/** A loopback GitHub with rate limits on a simulated clock, a GitHub App installed, and N categories built. */
export interface Scale {
  github: LoopbackGithub;
  clock: SimulatedClock;
  categories: Category[];
  /** The App's private key (PEM): never in a log line. */
  privateKey: string;
  lines: string[];
  close(): Promise<void>;
}

/** What one run did: its summary, simulated and wall time, requests and answers over a limit. */
export interface ScaleRun {
  summary: PublishSummary;
  simulatedMs: number;
  wallMs: number;
  /** REST API requests the server answered in this run (git's not counted). */
  requests: number;
  /** Requests answered over a limit so far (the server's counter). */
  overLimit: number;
}

/**
 * The least time GitHub's content-creation limit allows for `count` content-creating requests: at most
 * `perHour` in any hour and `perMinute` in any minute, so request k (from 0) goes no sooner than
 * ⌊k / perHour⌋ hours plus ⌊(k mod perHour) / perMinute⌋ minutes after the first.
 */
export function minimumContentTime(count: number, perMinute: number, perHour: number): number {
  const last = count - 1;
  return Math.floor(last / perHour) * HOUR + Math.floor((last % perHour) / perMinute) * MINUTE;
}

/** Starts the loopback GitHub (limits: GitHub's, overridden by `limits`) and writes N builds under `dir`. */
export async function startScale(
  project: Project,
  dir: string,
  repos: number,
  limits: Partial<RateLimits> = {},
): Promise<Scale> {
  const clock = createSimulatedClock(Date.UTC(2026, 11, 7, 6));
  const github = await startLoopbackGithub({ root: join(dir, 'github'), clock, limits });
  const org = project.site.github.org;
  github.addOrganization(org);
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  github.addApp({ id: APP_ID, publicKey: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString() });
  github.addInstallation({
    id: INSTALLATION_ID,
    appId: APP_ID,
    owner: org,
    permissions: { administration: 'write', contents: 'write', pages: 'write' },
  });
  const [template] = project.categories;
  if (!template) throw new Error('the project has no category');
  const categories = Array.from({ length: repos }, (_, index) => ({
    ...template,
    id: `scale${index}`,
    repo: `Scale-${index}-Jobs`,
    readerFiles: true,
  }));
  writeBuilds(dir, categories, new Date('2026-12-07T06:00:00Z'));
  return {
    github,
    clock,
    categories,
    privateKey: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    lines: [],
    close: () => github.close(),
  };
}

/** Writes a build of each category (three rows each, their titles naming `time`) under `<dir>/dist`. */
export function writeBuilds(dir: string, categories: readonly Category[], time: Date): void {
  const titles = [`Engineer ${time.toISOString()}`, 'Designer', 'Analyst'];
  for (const category of categories)
    writeFakeBuild(join(dir, 'dist'), { repo: category.repo, role: category.role, time, titles });
}

/**
 * One `publish --create` of every category through the library, as the CLI runs it with a GitHub App
 * (`JOBLIST_APP_*`): one budget on the simulated clock, the server's content limits, optional deadline
 * (minutes of simulated time) and stop signal. One repository at a time by default: the simulated clock
 * is shared, so one worker's wait of an hour would pass in an instant under another worker's git push
 * (its token expiring mid-push), which the wall clock never does.
 */
export async function publishScale(
  project: Project,
  dir: string,
  scale: Scale,
  options: { concurrency?: number; deadlineMinutes?: number; signal?: AbortSignal } = {},
): Promise<ScaleRun> {
  const { github, clock } = scale;
  const auth = publishAuth({
    JOBLIST_APP_ID: String(APP_ID),
    JOBLIST_APP_PRIVATE_KEY: scale.privateKey,
    JOBLIST_APP_INSTALLATION_ID: String(INSTALLATION_ID),
    JOBLIST_ALLOW_HTTP_LOOPBACK: '1',
  });
  const log = (line: string) => scale.lines.push(auth.redact(line));
  const tokens = auth.installationTokens('all', { clock, apiBase: github.apiBase, log });
  if (!tokens) throw new Error('no App configured');
  const limits = github.limiter.limits;
  const start = clock.now();
  const budget = createBudget({
    clock,
    log,
    limits: { contentPerMinute: limits.contentPerMinute, contentPerHour: limits.contentPerHour },
    deadline: options.deadlineMinutes === undefined ? undefined : start + options.deadlineMinutes * MINUTE,
  });
  const context = localPublishContext(project, dir, {
    remoteTemplate: `${github.origin}/{org}/{repo}.git`,
    workDir: join(dir, 'work'),
    tokenFor: (repo) => tokens.tokenFor(repo),
    allowHttpLoopback: true,
    redact: auth.redact,
    log,
  });
  const requestsBefore = github.requests.length;
  const wallStart = performance.now();
  const summary = await publishCreating(scale.categories, context, options.concurrency ?? 1, {
    site: project.site,
    budget,
    apiBase: github.apiBase,
    apiToken: () => tokens.tokenFor(),
    signal: options.signal,
  });
  return {
    summary,
    simulatedMs: clock.now() - start,
    wallMs: performance.now() - wallStart,
    requests: github.requests.slice(requestsBefore).filter((request) => request.path.startsWith('/api/'))
      .length,
    overLimit: github.limiter.overLimit,
  };
}
