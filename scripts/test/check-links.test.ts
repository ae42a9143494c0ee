import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type CheckOptions, checkLinks } from '@joblist/build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRepoProject } from './_helpers/project.ts';
import { createTempProject, type TempProject } from './_helpers/temp-project.ts';

let server: Server;
let base: string;
let inFlight = 0;
let maxInFlight = 0;
const requests: string[] = [];

/** Loopback job pages, one per verdict. */
function route(
  method: string,
  path: string,
): { status: number; location?: string; delayMs?: number } | 'hang' {
  switch (path) {
    case '/ok':
      return { status: 200 };
    case '/moved':
      return { status: 301, location: '/ok' };
    case '/missing':
      return { status: 404 };
    case '/removed':
      return { status: 410 };
    case '/broken':
      return { status: 500 };
    case '/slow':
      return 'hang';
    case '/no-head':
      return { status: method === 'HEAD' ? 405 : 200 };
    default:
      return path.startsWith('/busy/') ? { status: 200, delayMs: 50 } : { status: 404 };
  }
}

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const answer = route(request.method ?? 'GET', request.url ?? '/');
    if (answer === 'hang') return;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      response.writeHead(answer.status, answer.location ? { location: answer.location } : {});
      response.end(request.method === 'HEAD' ? undefined : 'page');
    }, answer.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const options = (overrides: Partial<CheckOptions> = {}): CheckOptions => ({
  timeoutSeconds: 0.5,
  perHost: 2,
  hosts: 4,
  ttlSeconds: 3600,
  now: new Date('2026-11-28T10:00:00Z'),
  userAgent: 'joblist-test',
  allowLoopback: true,
  perSecond: 1000,
  ...overrides,
});

describe('checkLinks', () => {
  it('gives 200, 301→200, 404, 410, 500 and a timeout each the right verdict', async () => {
    const paths = ['/ok', '/moved', '/missing', '/removed', '/broken', '/slow', '/no-head'];
    const state = await checkLinks(
      paths.map((path) => base + path),
      { version: 1, links: {} },
      options(),
    );
    const verdicts = Object.fromEntries(paths.map((path) => [path, state.links[base + path]?.verdict]));
    expect(verdicts).toEqual({
      '/ok': 'ok',
      '/moved': 'ok',
      '/missing': 'gone',
      '/removed': 'gone',
      '/broken': 'unknown',
      '/slow': 'unknown',
      '/no-head': 'ok',
    });
    expect(state.links[`${base}/slow`]?.detail).toBe('timeout');
    expect(state.links[`${base}/broken`]?.detail).toBe('HTTP 500');
    expect(requests).toContain('GET /no-head');
    expect(requests.filter((request) => request === 'GET /ok')).toEqual([]);
  });

  it('reuses results within the TTL and bounds the requests per host', async () => {
    const urls = Array.from({ length: 8 }, (_, index) => `${base}/busy/${index}`);
    requests.length = 0;
    maxInFlight = 0;
    const first = await checkLinks(urls, { version: 1, links: {} }, options());
    expect(maxInFlight).toBe(2);
    expect(requests).toHaveLength(8);
    await checkLinks(urls, first, options({ now: new Date('2026-11-28T10:30:00Z') }));
    expect(requests).toHaveLength(8);
    await checkLinks(urls, first, options({ now: new Date('2026-11-28T11:30:00Z') }));
    expect(requests).toHaveLength(16);
  });
});

describe('joblist check-links, then joblist build', () => {
  let project: TempProject;
  afterAll(() => project?.remove());

  it('reports a 404 job, and the next build leaves it out', async () => {
    project = await createTempProject('check-links');
    const site = await loadRepoProject();
    const categories = site.categories.map((category) => category.id);
    const job = (id: string, title: string, path: string) => ({
      id: `test:${id}`,
      title,
      company: { name: 'Loopback Inc' },
      url: `${base}${path}`,
      location: 'Berlin',
      workplace: 'remote',
      postedAt: '2026-11-27T10:00:00Z',
      categories,
    });
    const snapshot = {
      version: 1,
      updatedAt: '2026-11-27T20:30:00Z',
      jobs: [
        job('1', 'Still Open Engineer', '/ok'),
        job('2', 'Vanished Engineer', '/missing'),
        job('3', 'Flaky Server Engineer', '/broken'),
      ],
      sources: [],
    };
    await writeFile(join(project.dir, 'snapshot.json'), JSON.stringify(snapshot));
    const [category] = site.categories;
    const checkArgs = [
      'check-links',
      '--category',
      category?.id ?? '',
      '--snapshot',
      'snapshot.json',
      '--allow-loopback',
    ];
    const check = await project.run([...checkArgs, '--state', 'links.json', '--timeout', '2']);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(`gone (HTTP 404): ${category?.repo}: Vanished Engineer — ${base}/missing`);
    expect(check.stdout).toContain('checked 3 job pages: 1 ok, 1 gone');
    const build = await project.run([
      'build',
      '--snapshot',
      'snapshot.json',
      '--links',
      'links.json',
      '--out',
      'dist',
    ]);
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout).toContain('left out 1 job whose page is gone');
    const readme = await readFile(join(project.dir, 'dist', category?.repo ?? '', 'README.md'), 'utf8');
    expect(readme).toContain('Still Open Engineer');
    expect(readme).toContain('Flaky Server Engineer');
    expect(readme).not.toContain('Vanished Engineer');

    // --json: one document on stdout, the human lines on stderr.
    const json = await project.run([...checkArgs, '--state', 'links.json', '--json']);
    expect(json.stderr).toContain('checked 3 job pages');
    expect(JSON.parse(json.stdout)).toEqual({
      command: 'check-links',
      ok: true,
      exitCode: 0,
      links: { checked: 3, ok: 1, gone: 1, unknown: 1 },
      goneLinks: [
        { repo: category?.repo, title: 'Vanished Engineer', url: `${base}/missing`, detail: 'HTTP 404' },
      ],
    });
  });
});
