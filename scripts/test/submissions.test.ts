import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoopbackGithub, startLoopbackGithub } from '@joblist/loopback-github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cmarkAvailable,
  cmarkDescendants,
  cmarkMissingMessage,
  cmarkParse,
} from '../../packages/markdown-writer/test/_helpers/cmark.ts';
import { type Answer, issueBody } from '../../packages/submissions/test/_helpers/issue-body.ts';
import { createTempProject, type TempProject } from './_helpers/temp-project.ts';

const NOW = '2026-11-27T20:30:00Z';
const APPLIED = 'Applied: the lists show this with their next build.';
const NOTHING = 'Nothing was applied; a new issue with the problems fixed is welcome.';

let project: TempProject;
let server: Server;
/** The loopback job board: `/gone…` answers 404, every other page 200. */
let board: string;

beforeAll(async () => {
  project = await createTempProject('submissions');
  server = createServer((request, response) => {
    response.statusCode = request.url?.startsWith('/gone') ? 404 : 200;
    response.end('a job page');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  board = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await mkdir(join(project.dir, 'events'));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await project.remove();
});

/** The `issues: labeled` payload GitHub gives the workflow when a maintainer adds `label`. */
const eventOf = (number: number, body: string, author: string, label = 'approved') => ({
  action: 'labeled',
  label: { name: label },
  issue: {
    number,
    title: `Submission ${number}`,
    body,
    user: { login: author },
    labels: [{ name: 'submission' }],
  },
  sender: { login: 'maintainer' },
  repository: { full_name: 'jobs-jobr-pro/joblist' },
});

const submissionsFile = () => join(project.dir, 'data/submissions.json');
const readSubmissions = async () => JSON.parse(await readFile(submissionsFile(), 'utf8'));

/** Runs `joblist submissions apply` on an approved issue; returns its JSON result, comment and commit message. */
async function apply(number: number, body: string, author = 'ada', now = NOW) {
  const event = join(project.dir, 'events', `${number}.json`);
  await writeFile(event, JSON.stringify(eventOf(number, body, author)));
  const comment = join(project.dir, 'events', `${number}.comment.md`);
  const message = join(project.dir, 'events', `${number}.message.txt`);
  const run = await project.run(
    [
      'submissions',
      'apply',
      '--allow-loopback',
      '--json',
      '--comment',
      comment,
      '--message',
      message,
      '--now',
      now,
    ],
    { GITHUB_EVENT_PATH: event },
  );
  expect(run.code, run.stderr).toBe(0);
  const result = JSON.parse(run.stdout);
  expect(await readFile(comment, 'utf8')).toBe(result.comment);
  return {
    result,
    comment: result.comment as string,
    message: existsSync(message) ? await readFile(message, 'utf8') : undefined,
  };
}

const addAnswers = (path: string, overrides: Record<string, Answer> = {}): Record<string, Answer> => ({
  url: `${board}${path}`,
  company: 'Acme',
  'company-url': 'acme.example',
  title: 'Backend Engineer',
  location: 'Berlin, Germany',
  workplace: 'Hybrid',
  category: 'Backend developer',
  salary: '€70k - €85k a year',
  sponsorship: 'Yes',
  notes: 'Relocation support.\nGerman not required.',
  ...overrides,
});

const CLOSE_BOX = 'These jobs no longer take applications';

// Each case runs the CLI once or more (about 2 s each, far more on a loaded machine).
describe('joblist submissions apply', { timeout: 180_000 }, () => {
  it('adds a job: its URL without utm_*, validated like every source, the contributor credited', async () => {
    const body = issueBody(
      'add-job',
      addAnswers('/jobs/1?utm_source=newsletter&utm_medium=email', { email: 'ada@example.com' }),
    );
    const { result, comment, message } = await apply(101, body);
    expect(comment).toBe(
      `${APPLIED}\n\n- added \`Backend Engineer\` at \`Acme\` to Backend developer: \`${board}/jobs/1\`\n`,
    );
    expect(result).toMatchObject({ issue: 101, form: 'add-job', changed: true, categories: ['backend'] });
    expect(message).toBe(
      `submissions: apply #101 (add-job)\n\n- added \`Backend Engineer\` at \`Acme\` to Backend developer: \`${board}/jobs/1\`\n\nCo-authored-by: ada <ada@example.com>\n`,
    );
    expect(await readSubmissions()).toEqual({
      version: 1,
      jobs: [
        {
          id: '101',
          title: 'Backend Engineer',
          company: { name: 'Acme', url: 'https://acme.example/' },
          url: `${board}/jobs/1`,
          location: 'Berlin, Germany',
          workplace: 'hybrid',
          postedAt: '2026-11-27T20:30:00.000Z',
          salary: { min: 70000, max: 85000, currency: 'EUR', period: 'year' },
          description: 'Relocation support.\nGerman not required.',
          categories: ['backend'],
          visaSponsorship: true,
          submittedBy: 'ada',
          issue: 101,
        },
      ],
      applied: [{ issue: 101, author: 'ada', at: '2026-11-27T20:30:00.000Z' }],
    });
  });

  it('refuses the same job under another URL variant (scheme, host case, trailing slash, utm_*) as a duplicate', async () => {
    const before = await readFile(submissionsFile(), 'utf8');
    const variant = `${board.replace('http://127.0.0.1', 'HTTPS://127.0.0.1')}/jobs/1/?utm_campaign=x`;
    const { result, comment, message } = await apply(
      102,
      issueBody('add-job', addAnswers('', { url: variant })),
      'grace',
    );
    const shown = `https://127.0.0.1:${board.split(':')[2]}/jobs/1/`;
    expect(comment).toBe(`${NOTHING}\n\n- duplicate \`${shown}\`: already in our list\n`);
    expect(result.changed).toBe(false);
    expect(message).toBeUndefined();
    expect(await readFile(submissionsFile(), 'utf8')).toBe(before);
  });

  it('corrects a job: only the fields answered, found under a URL variant', async () => {
    const body = issueBody('correct-job', {
      url: `${board}/jobs/1/`,
      title: 'Senior Backend Engineer',
      salary: '€80k - €95k a year',
    });
    const { result, comment } = await apply(103, body, 'grace', '2026-11-28T09:00:00Z');
    expect(comment).toBe(`${APPLIED}\n\n- updated \`${board}/jobs/1\`: Job title, Salary\n`);
    expect(result.categories).toEqual(['backend']);
    const [job] = (await readSubmissions()).jobs;
    expect(job).toMatchObject({
      id: '101',
      title: 'Senior Backend Engineer',
      salary: { min: 80000, max: 95000, currency: 'EUR', period: 'year' },
      location: 'Berlin, Germany',
      postedAt: '2026-11-27T20:30:00.000Z',
      updatedAt: '2026-11-28T09:00:00.000Z',
      submittedBy: 'ada',
    });
  });

  it('says a correction names an unknown URL, and changes nothing', async () => {
    const before = await readFile(submissionsFile(), 'utf8');
    const body = issueBody('correct-job', { url: 'https://nowhere.example/jobs/9', title: 'Anything' });
    const { comment } = await apply(104, body, 'grace');
    expect(comment).toBe(`${NOTHING}\n\n- unknown URL \`https://nowhere.example/jobs/9\`: not in our list\n`);
    expect(await readFile(submissionsFile(), 'utf8')).toBe(before);
  });

  it('closes one job: it stays in the file, closed', async () => {
    const body = issueBody('close-jobs', { urls: `${board}/jobs/1`, confirm: [CLOSE_BOX] });
    const { result, comment } = await apply(105, body, 'linus', '2026-11-29T10:00:00Z');
    expect(comment).toBe(`${APPLIED}\n\n- closed \`${board}/jobs/1\`\n`);
    expect(result.categories).toEqual(['backend']);
    const [job] = (await readSubmissions()).jobs;
    expect(job).toMatchObject({ id: '101', closedAt: '2026-11-29T10:00:00.000Z', closedIssue: 105 });
  });

  it('closes many jobs at once, one line each: closed, already closed, unknown, invalid', async () => {
    await apply(106, issueBody('add-job', addAnswers('/jobs/2', { title: 'Platform Engineer' })), 'alan');
    await apply(
      107,
      issueBody(
        'add-job',
        addAnswers('/jobs/3', { title: 'Frontend Engineer', category: 'Frontend developer' }),
      ),
      'alan',
    );
    const urls = [
      `${board}/jobs/2`,
      `- ${board}/jobs/3/?utm_source=x`,
      `${board}/jobs/1`,
      'https://nowhere.example/jobs/9',
      'not a url',
    ].join('\n');
    const { result, comment } = await apply(
      108,
      issueBody('close-jobs', { urls, confirm: [CLOSE_BOX] }, '\r\n'),
    );
    expect(comment).toBe(
      [
        APPLIED,
        '',
        `- closed \`${board}/jobs/2\``,
        `- closed \`${board}/jobs/3\``,
        `- unchanged \`${board}/jobs/1\`: already closed (#105)`,
        '- unknown URL `https://nowhere.example/jobs/9`: not in our list',
        '- invalid Job URLs to close, line 5: must not contain whitespace, control or invisible characters',
        '',
      ].join('\n'),
    );
    expect(result.categories).toEqual(['backend', 'frontend']);
    const jobs = (await readSubmissions()).jobs;
    expect(jobs.map((job: { id: string; closedIssue?: number }) => [job.id, job.closedIssue])).toEqual([
      ['101', 105],
      ['106', 108],
      ['107', 108],
    ]);
  });

  it('names every invalid field and why, and changes nothing', async () => {
    const before = await readFile(submissionsFile(), 'utf8');
    const body = issueBody('add-job', {
      url: 'javascript:alert(1)',
      company: 'Acme',
      'company-url': 'ftp://acme.example',
      title: '\u200b\u200b',
      workplace: 'Remote',
      category: 'Backend developer',
      salary: 'lots of money',
      email: 'not-an-email',
    })
      .replace('### Workplace\n\nRemote', '### Workplace\n\nOn the moon')
      .replace('### Category\n\nBackend developer', '### Category\n\nAstronaut')
      .replace('### Visa sponsorship\n\n_No response_', '### Visa sponsorship\n\nMaybe');
    const { comment } = await apply(109, body, 'mallory');
    expect(comment).toBe(
      [
        NOTHING,
        '',
        '- invalid Workplace: must be one of Remote, On site, Hybrid',
        '- invalid Category: must be one of the listed categories',
        '- invalid Visa sponsorship: must be one of Yes, No, Not stated',
        '- invalid Email for credit: must be an email address such as you@example.com',
        '',
      ].join('\n'),
    );
    const fixedDropdowns = body
      .replace('On the moon', 'Remote')
      .replace('Astronaut', 'Backend developer')
      .replace('Maybe', 'No')
      .replace('not-an-email', 'mallory@example.com');
    const second = await apply(110, fixedDropdowns, 'mallory');
    expect(second.comment).toBe(
      [
        NOTHING,
        '',
        '- invalid Salary: no amount with a currency found (e.g. "$120k - $150k a year")',
        '- invalid Job title: must not be empty or only whitespace',
        '- invalid Company website: must be an http(s) URL',
        '- invalid Job URL: must be an http(s) URL',
        '',
      ].join('\n'),
    );
    const edited = issueBody('add-job', addAnswers('/jobs/4')).replace(
      '### Job title\n\nBackend Engineer',
      '### Job title\n\n_No response_',
    );
    expect((await apply(111, edited, 'mallory')).comment).toBe(
      `${NOTHING}\n\n- invalid Job title: is required\n`,
    );
    const credentials = issueBody(
      'add-job',
      addAnswers('', { url: 'https://user:secret@jobs.example.com/1' }),
    );
    expect((await apply(112, credentials, 'mallory')).comment).toBe(
      `${NOTHING}\n\n- invalid Job URL: must not contain a user name or password\n`,
    );
    expect((await apply(113, issueBody('add-job', addAnswers('/gone/1')), 'mallory')).comment).toBe(
      `${NOTHING}\n\n- invalid Job URL: the page is gone (HTTP 404)\n`,
    );
    const closed = `http://127.0.0.1:${await closedPort()}/jobs/1`;
    expect(
      (await apply(114, issueBody('add-job', addAnswers('', { url: closed })), 'mallory')).comment,
    ).toMatch(
      /^Nothing was applied.*\n\n- invalid Job URL: the page could not be reached \(network error: .+\)\n$/u,
    );
    expect(await readFile(submissionsFile(), 'utf8')).toBe(before);
  });

  it('keeps a hostile body as text: Markdown, HTML, mentions and injection in every field', async () => {
    const hostile = {
      url: `${board}/jobs/5?q="><script>alert(1)</script>`,
      company: 'Acme</td><script>alert(1)</script> @everyone',
      'company-url': `${board}/"onmouseover="alert(1)`,
      title:
        '**Boss** [click](https://evil.example) ![x](https://evil.example/x.png) `$(rm -rf /)` #1 @octocat',
      location: 'Berlin | <img src=x onerror=alert(1)> ~~gone~~',
      workplace: 'Remote',
      category: 'Backend developer',
      salary: '$100k <b>bold</b>',
      notes:
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression typed by a reader, kept as text
        '<script>alert(1)</script>\n\n### Email for credit\n\nevil@example.com\n\n${{ secrets.JOBLIST_TOKEN }}',
      email: '',
    };
    const { comment, message, result } = await apply(115, issueBody('add-job', hostile), 'eve');
    const job = (await readSubmissions()).jobs.at(-1);
    expect(job).toMatchObject({
      id: '115',
      url: `${board}/jobs/5?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E`,
      company: { name: 'Acme @everyone', url: `${board}/%22onmouseover=%22alert(1)` },
      title:
        '**Boss** [click](https://evil.example) ![x](https://evil.example/x.png) `$(rm -rf /)` #1 @octocat',
      location: 'Berlin | ~~gone~~',
      salary: { min: 100000, max: 100000, currency: 'USD', period: 'year' },
      submittedBy: 'eve',
    });
    expect(job.description).not.toContain('<script>');
    expect(result.outcomes).toHaveLength(1);
    expect(comment).toBe(
      `${APPLIED}\n\n- added \`\`**Boss** [click](https://evil.example) ![x](https://evil.example/x.png) \`$(rm -rf /)\` #1 @octocat\`\` at \`Acme @everyone\` to Backend developer: \`${job.url}\`\n`,
    );
    // The email typed inside the notes is not the contributor's: no credit, no trailer.
    expect(message).not.toContain('Co-authored-by');
    if (!cmarkAvailable) return console.warn(cmarkMissingMessage);
    const nodes = cmarkDescendants(cmarkParse(comment)).map((node) => node.name);
    expect(
      nodes.filter((name) => !['document', 'paragraph', 'list', 'item', 'text', 'code'].includes(name)),
    ).toEqual([]);
  });

  it('refuses a body over the size limit, more than 50 URLs to close and an author over the daily cap', async () => {
    const before = await readSubmissions();
    const big = issueBody('add-job', addAnswers('/jobs/6', { notes: 'x'.repeat(20_000) }));
    expect((await apply(116, big, 'bob')).comment).toBe(
      `${NOTHING}\n\n- refused: the issue body is ${Buffer.byteLength(big)} bytes, more than the 16384 a submission may have\n`,
    );
    const many = Array.from({ length: 51 }, (_, n) => `${board}/jobs/${n}`).join('\n');
    expect(
      (await apply(122, issueBody('close-jobs', { urls: many, confirm: [CLOSE_BOX] }), 'bob')).comment,
    ).toBe(`${NOTHING}\n\n- invalid Job URLs to close: 51 URLs, more than 50\n`);
    const today = [1, 2, 3, 4, 5].map((n) => ({
      issue: 900 + n,
      author: 'bob',
      at: '2026-11-27T10:00:00.000Z',
    }));
    const older = { issue: 900, author: 'bob', at: '2026-11-25T10:00:00.000Z' };
    await writeFile(submissionsFile(), JSON.stringify({ ...before, applied: [older, ...today] }));
    const capped = await apply(
      117,
      issueBody('add-job', addAnswers('/jobs/6')),
      'Bob',
      '2026-11-28T09:00:00Z',
    );
    expect(capped.comment).toBe(
      `${NOTHING}\n\n- refused: @Bob had 5 submissions applied in the last 24 hours, the most one reader may have\n`,
    );
    const nextDay = await apply(
      118,
      issueBody('add-job', addAnswers('/jobs/6')),
      'bob',
      '2026-11-28T10:00:01Z',
    );
    expect(nextDay.result.changed).toBe(true);
    // Entries older than a day are dropped when the file is next written.
    expect((await readSubmissions()).applied).toEqual([
      { issue: 118, author: 'bob', at: '2026-11-28T10:00:01.000Z' },
    ]);
  });

  it("refuses a job another source lists (any variant) as a duplicate; a correction of one says it is the source's", async () => {
    expect((await project.run(['fetch', '--now', NOW])).code).toBe(0);
    const snapshot = JSON.parse(await readFile(join(project.dir, 'data/snapshot.json'), 'utf8'));
    const listed: string = snapshot.jobs.find((job: { source: string }) => job.source !== 'submissions').url;
    const variant = `${listed.replace(/^https:/u, 'http:')}/?utm_source=x`;
    const added = await apply(120, issueBody('add-job', addAnswers('', { url: variant })), 'grace');
    expect(added.comment).toBe(
      `${NOTHING}\n\n- duplicate \`${listed.replace(/^https:/u, 'http:')}/\`: already in our list\n`,
    );
    const corrected = await apply(121, issueBody('correct-job', { url: listed, title: 'Anything' }), 'grace');
    expect(corrected.comment).toBe(
      `${NOTHING}\n\n- unknown URL \`${listed}\`: listed by a job source, not submitted by a reader: it leaves the list when its source drops it\n`,
    );
  });

  it('applies nothing for an event that is not the approval label', async () => {
    const event = join(project.dir, 'events', 'other.json');
    await writeFile(
      event,
      JSON.stringify(eventOf(119, issueBody('add-job', addAnswers('/jobs/7')), 'ada', 'bug')),
    );
    const run = await project.run(['submissions', 'apply', '--allow-loopback', '--event', event]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not the "approved" label being added; nothing applied');
  });
});

/** A loopback port nothing listens on (one just released). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('joblist submissions authorize', { timeout: 180_000 }, () => {
  const TOKEN = 'ghs_loopbacktoken1234567890';
  let github: LoopbackGithub;
  let root: string;
  const asked = () => github.requests.filter((request) => request.path.includes('/collaborators/'));

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'joblist-loopback-github-'));
    github = await startLoopbackGithub({ root });
    github.addToken({ value: TOKEN, login: 'github-actions', scopes: ['repo'] });
    github.addRepository({
      owner: 'jobs-jobr-pro',
      name: 'joblist',
      collaborators: { maintainer: 'admin', writer: 'maintain', triager: 'triage' },
    });
  });
  afterAll(async () => {
    await github.close();
    await rm(root, { recursive: true, force: true });
  });

  async function authorize(sender: string, label = 'approved', env: NodeJS.ProcessEnv = {}) {
    const event = join(project.dir, 'events', `authorize-${sender}-${label}.json`);
    await writeFile(
      event,
      JSON.stringify({ ...eventOf(130, 'body', 'ada', label), sender: { login: sender } }),
    );
    return project.run(['submissions', 'authorize', '--event', event], {
      GITHUB_REPOSITORY: 'jobs-jobr-pro/joblist',
      GITHUB_TOKEN: TOKEN,
      JOBLIST_GITHUB_API: github.apiBase,
      JOBLIST_ALLOW_HTTP_LOOPBACK: '1',
      ...env,
    });
  }

  it('allows a labeller with write access (admin, maintain), asked of the API with the token', async () => {
    for (const user of ['maintainer', 'writer']) {
      const run = await authorize(user);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe('allowed=true\n');
    }
    expect(asked().at(-1)).toMatchObject({
      method: 'GET',
      path: '/api/repos/jobs-jobr-pro/joblist/collaborators/writer/permission',
      authorization: `Bearer ${TOKEN}`,
      status: 200,
    });
  });

  it('refuses triage access, a non-collaborator and another label (without asking)', async () => {
    for (const user of ['triager', 'stranger']) {
      const run = await authorize(user);
      expect(run.stdout).toBe('allowed=false\n');
      expect(run.stderr).toContain(
        `${user} does not have write access to jobs-jobr-pro/joblist; nothing applied`,
      );
    }
    const before = asked().length;
    const other = await authorize('maintainer', 'good first issue');
    expect(other.stdout).toBe('allowed=false\n');
    expect(asked()).toHaveLength(before);
  });

  it('never sends the token over plain http without the loopback allowance', async () => {
    const before = github.requests.length;
    const run = await authorize('maintainer', 'approved', { JOBLIST_ALLOW_HTTP_LOOPBACK: '' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('refusing to send the token');
    expect(run.stdout).toBe('');
    expect(github.requests).toHaveLength(before);
  });
});
