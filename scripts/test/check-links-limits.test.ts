import { writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type CheckOptions, checkLinks } from '@joblist/build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CountingListener,
  startCountingListener,
} from '../../packages/sources/test/_helpers/loopback-listener.ts';
import { loadRepoProject } from './_helpers/project.ts';
import { createTempProject, type TempProject } from './_helpers/temp-project.ts';

const SPELLINGS = [
  '127.0.0.1',
  '2130706433',
  '0x7f000001',
  '127.1',
  '[::1]',
  '[::ffff:127.0.0.1]',
  '0.0.0.0',
  'localhost',
];

let listener: CountingListener;
let redirector: Server;
let redirectorBase: string;
const starts: number[] = [];

beforeAll(async () => {
  listener = await startCountingListener();
  redirector = createServer((request, response) => {
    starts.push(Date.now());
    const target = new URL(request.url ?? '/', 'http://x').searchParams.get('to');
    response.writeHead(target ? 302 : 200, target ? { location: target } : {}).end();
  });
  await new Promise<void>((ready) => redirector.listen(0, '127.0.0.1', ready));
  redirectorBase = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await listener.close();
  redirector.closeAllConnections();
  redirector.close();
});

const options = (overrides: Partial<CheckOptions> = {}): CheckOptions => ({
  timeoutSeconds: 2,
  perHost: 2,
  hosts: 4,
  ttlSeconds: 3600,
  now: new Date('2026-11-28T10:00:00Z'),
  userAgent: 'joblist-test',
  ...overrides,
});

describe('check-links reaches no internal address from data (issue 19, row 5)', () => {
  it('sends nothing to a loopback listener, whatever the spelling; the pages stay "unknown", never gone', async () => {
    const urls = SPELLINGS.map((host) => `http://${host}:${listener.port}/job`);
    const state = await checkLinks(urls, { version: 1, links: {} }, options());
    expect(listener.hits).toEqual([]);
    for (const url of urls)
      expect(state.links[url]).toMatchObject({
        verdict: 'unknown',
        detail: expect.stringMatching(/^refused: /u),
      });
  });

  it('checks each redirect hop: a public-looking page redirecting inward reaches nothing', async () => {
    const urls = ['[::ffff:127.0.0.1]', '0.0.0.0'].map(
      (host) => `${redirectorBase}/?to=${encodeURIComponent(`http://${host}:${listener.port}/admin`)}`,
    );
    const state = await checkLinks(urls, { version: 1, links: {} }, options({ allowLoopback: true }));
    expect(starts.length).toBeGreaterThan(0);
    expect(listener.hits).toEqual([]);
    for (const url of urls) expect(state.links[url]?.verdict).toBe('unknown');
  });

  it('paces request starts: 11 pages at 20 a second take about half a second', async () => {
    starts.length = 0;
    const urls = Array.from({ length: 11 }, (_, index) => `${redirectorBase}/page/${index}`);
    await checkLinks(
      urls,
      { version: 1, links: {} },
      options({ allowLoopback: true, perSecond: 20, perHost: 11 }),
    );
    expect(starts).toHaveLength(11);
    expect((starts.at(-1) ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(400);
  });
});

describe('joblist check-links caps what it requests (issue 19, row 5)', () => {
  let project: TempProject;
  afterAll(() => project?.remove());

  it('refuses a timeout past 60 s, and checks only the rows each category shows', async () => {
    project = await createTempProject('check-links-limits');
    const site = await loadRepoProject();
    const [category] = site.categories;
    const jobs = Array.from({ length: 80 }, (_, index) => ({
      id: `test:${index}`,
      title: `Engineer ${index}`,
      company: { name: 'Loopback Inc' },
      url: `${redirectorBase}/job/${index}`,
      location: 'Berlin',
      workplace: 'remote',
      postedAt: '2026-11-27T10:00:00Z',
      categories: [category?.id],
    }));
    await writeFile(
      join(project.dir, 'snapshot.json'),
      JSON.stringify({ version: 1, updatedAt: '2026-11-27T20:30:00Z', jobs, sources: [] }),
    );
    const args = [
      'check-links',
      '--category',
      category?.id ?? '',
      '--snapshot',
      'snapshot.json',
      '--state',
      'links.json',
    ];
    const huge = await project.run([...args, '--timeout', '4294968']);
    expect(huge.code).not.toBe(0);
    expect(huge.stderr).toMatch(/--timeout: expected a number above 0, at most 60, received "4294968"/u);
    starts.length = 0;
    const run = await project.run([...args, '--allow-loopback']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`checked ${category?.limit ?? 50} job pages`);
    expect(starts.length).toBeLessThanOrEqual(category?.limit ?? 50);
  }, 120_000);
});
