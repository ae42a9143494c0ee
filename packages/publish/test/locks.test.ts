import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCli } from '../../../test/_helpers/cli.ts';
import { git, initBare, makeTempDir, showFile } from '../../../test/_helpers/git.ts';
import { writeFakeBuild } from './_helpers/build-output.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('joblist-locks-');
});
afterEach(() => temp.cleanup());

const STAMP = /Last updated: ([^<\n]+?)\s*</u;
const REPO = 'Backend-Development-Jobs';

describe('two runs at once in one checkout', () => {
  it('two publishes: one waits for the other; every commit message matches its README stamp', async () => {
    const bare = initBare(join(temp.dir, 'remotes', `${REPO}.git`));
    // A slow remote keeps the first push in flight while the second run starts.
    writeFileSync(join(bare, 'hooks/pre-receive'), '#!/bin/sh\ncat >/dev/null\nsleep 1\n');
    chmodSync(join(bare, 'hooks/pre-receive'), 0o755);
    const times = [new Date('2026-11-27T20:30:00Z'), new Date('2026-11-28T00:30:00Z')];
    const froms = times.map((time, index) => {
      const from = join(temp.dir, `dist-${index}`);
      writeFakeBuild(from, {
        repo: REPO,
        role: 'Backend developer',
        time,
        titles: [`Role ${index} A`, `Role ${index} B`],
      });
      return from;
    });
    const runs = await Promise.all(
      froms.map(
        (from) =>
          startCli(
            [
              'publish',
              '--category',
              'backend',
              '--from',
              from,
              '--remote',
              join(temp.dir, 'remotes/{repo}.git'),
              '--work-dir',
              join(temp.dir, 'work'),
            ],
            { env: { JOBLIST_LOCK_WAIT: '60' } },
          ).done,
      ),
    );
    for (const run of runs) expect(run.code, run.output).toBe(0);
    runs.forEach((run, index) => {
      const commit = /published ([0-9a-f]+)/u.exec(run.output)?.[1] ?? '';
      expect(commit, run.output).not.toBe('');
      expect(showFile(bare, 'README.md', commit).toString()).toBe(
        readFileSync(join(froms[index] ?? '', REPO, 'README.md'), 'utf8'),
      );
    });
    const log = git(bare, ['log', '--format=%H %s', 'main']).split('\n');
    expect(log).toHaveLength(2);
    for (const line of log) {
      const [hash = '', ...subject] = line.split(' ');
      const stamp = STAMP.exec(showFile(bare, 'README.md', hash).toString())?.[1];
      expect(subject.join(' ')).toBe(`Update backend developer job listings - ${stamp}`);
    }
    expect(runs.map((run) => run.output).join('\n')).toMatch(
      new RegExp(`${REPO}\\.lock: waiting for joblist publish ${REPO} \\(pid \\d+ on `, 'u'),
    );
  });

  it('two fetches: the second reads what the first wrote, so no job is lost', async () => {
    // Run A gets a new job slowly; run B finds the source broken and keeps the previous jobs (stale).
    // Without a lock B reads the snapshot from before A and, writing last, drops A's new job.
    const listing = (id: string) => [
      {
        id,
        company_name: 'Acme',
        title: `Backend engineer ${id}`,
        url: `https://acme.example/jobs/${id}`,
        locations: ['Remote'],
        active: true,
        date_posted: 1_795_000_000,
      },
    ];
    const answers: Record<string, { delay: number; status: number; body: unknown }> = {
      '/old': { delay: 0, status: 200, body: listing('old-1') },
      '/new': { delay: 1500, status: 200, body: listing('new-1') },
      '/broken': { delay: 3000, status: 404, body: { message: 'gone' } },
    };
    const server = createServer((request, response) => {
      const answer = answers[request.url ?? ''] ?? { delay: 0, status: 404, body: {} };
      setTimeout(() => {
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer.body));
      }, answer.delay);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const out = join(temp.dir, 'snapshot.json');
      const fetch = (path: string, index: number) => {
        const sources = join(temp.dir, `sources-${index}.json`);
        writeFileSync(sources, JSON.stringify([{ type: 'simplify', name: 'x', url: `${origin}${path}` }]));
        return startCli(
          [
            'fetch',
            '--sources',
            sources,
            '--out',
            out,
            '--cache-dir',
            join(temp.dir, `cache-${index}`),
            '--timeout',
            '10',
            '--now',
            '2026-11-27T20:30:00Z',
          ],
          { env: { JOBLIST_LOCK_WAIT: '60' } },
        ).done;
      };
      expect((await fetch('/old', 0)).code).toBe(0);
      const [a, b] = await Promise.all([fetch('/new', 1), fetch('/broken', 2)]);
      expect(a?.code, a?.output).toBe(0);
      expect(b?.code, b?.output).toBe(3);
      const ids = (JSON.parse(readFileSync(out, 'utf8')) as { jobs: Array<{ id: string }> }).jobs.map(
        (job) => job.id,
      );
      expect(ids).toContain('simplify:x:new-1');
      expect(`${a?.output}\n${b?.output}`).toMatch(
        /snapshot\.json\.lock: waiting for joblist fetch \(pid \d+ on /u,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
