import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendJob } from './_helpers/jobs.ts';
import { loadRepoProject, REPO_ROOT } from './_helpers/project.ts';
import { createTempProject, type TempProject } from './_helpers/temp-project.ts';

// Issue 7, rows 1-6, 17 and 22: each command line or config below was accepted before and did harm.

const NOW = '2025-11-03T20:30:00Z';
const job = backendJob;
const { categories: SITE_CATEGORIES } = await loadRepoProject();

let project: TempProject;
const at = (path: string) => join(project.dir, path);
beforeAll(async () => {
  project = await createTempProject('cli-strict');
  await writeFile(at('snapshot.json'), JSON.stringify({ version: 1, updatedAt: NOW, jobs: [job] }));
  await writeFile(at('jobs.json'), JSON.stringify([job]));
  expect((await project.run(['build', '--snapshot', 'snapshot.json', '--out', 'built'])).code).toBe(0);
});
afterAll(() => project.remove());

/** Runs `fn` with `file` (relative to the project) edited by `edit`, then restores it. */
async function withEdit(file: string, edit: (source: string) => string, fn: () => Promise<void>) {
  const original = await readFile(at(file), 'utf8');
  const edited = edit(original);
  expect(edited).not.toBe(original);
  await writeFile(at(file), edited);
  try {
    await fn();
  } finally {
    await writeFile(at(file), original);
  }
}
const setRepo = (repo: string) => (source: string) =>
  source.replace(/repo: '[^']*'/u, `repo: ${JSON.stringify(repo)}`);
const setOrg = (org: string) => (source: string) =>
  source.replace("org: 'jobs-jobr-pro'", `org: ${JSON.stringify(org)}`);

describe('row 1: a repo name of "." or ".."', () => {
  it.each(['..', '.'])('%j is refused at the schema; build writes nothing beside --out', async (repo) => {
    await withEdit('categories/backend/category.config.ts', setRepo(repo), async () => {
      await mkdir(at('row1/build'), { recursive: true });
      const result = await project.run(['build', '--snapshot', 'snapshot.json', '--out', 'row1/build']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('categories/backend/category.config.ts: invalid');
      expect(result.stderr).toContain(`repo: must not be "." or ".." (received "${repo}")`);
      expect(existsSync(at('row1/README.md'))).toBe(false);
      expect(existsSync(at('row1/build/README.md'))).toBe(false);
    });
  });

  it('publish refuses it before touching the work dir or its parent', async () => {
    await mkdir(at('row1/work'), { recursive: true });
    await writeFile(at('row1/keep.txt'), 'kept');
    await withEdit('categories/backend/category.config.ts', setRepo('..'), async () => {
      const result = await project.run([
        'publish',
        '--from',
        'built',
        '--work-dir',
        'row1/work',
        '--remote',
        'row1/repos/{repo}.git',
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('repo: must not be "." or ".."');
    });
    expect(await readFile(at('row1/keep.txt'), 'utf8')).toBe('kept');
    expect(existsSync(at('row1/repos'))).toBe(false);
  });
});

describe('row 2: unknown flags', () => {
  it('publish --dryrun is refused with "did you mean", exit 2, nothing published', async () => {
    const result = await project.run([
      'publish',
      '--dryrun',
      '--from',
      'built',
      '--remote',
      'row2/{repo}.git',
    ]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('joblist publish: unknown option --dryrun; did you mean --dry-run?\n');
    expect(existsSync(at('row2'))).toBe(false);
  });

  it('build --bogus is refused, listing the known options; nothing is built', async () => {
    const result = await project.run(['build', '--bogus', '--snapshot', 'snapshot.json', '--out', 'row2']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'joblist build: unknown option --bogus (known: --config, --category, --all, --snapshot, --now, --limit, --window-days, --links, --template, --shard, --slice, --out, --json)\n',
    );
    expect(existsSync(at('row2'))).toBe(false);
  });

  it('an unknown command gets a suggestion too', async () => {
    const result = await project.run(['biuld', '--all']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('joblist biuld: unknown command biuld; did you mean build?\n');
  });
});

describe('row 3: a repo used by two categories', () => {
  it('new-category refuses a repo already used; the Related lists never show a repo twice', async () => {
    const site = await readFile(at('joblist.config.ts'), 'utf8');
    const result = await project.run([
      'new-category',
      'qa',
      '--role',
      'QA engineer',
      '--repo',
      'Backend-Development-Jobs',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'joblist new-category: --repo: "Backend-Development-Jobs" is already the repo of categories/backend/category.config.ts; each category needs its own repository\n',
    );
    expect(existsSync(at('categories/qa'))).toBe(false);
    expect(await readFile(at('joblist.config.ts'), 'utf8')).toBe(site);

    expect((await project.run(['build', '--snapshot', 'snapshot.json', '--out', 'row3'])).code).toBe(0);
    const readme = await readFile(at('row3/Frontend-Development-Jobs/README.md'), 'utf8');
    const related = [...readme.matchAll(/^- \[[^\]]+\]\((https:\/\/github\.com\/[^)]+)\)$/gmu)].map(
      (m) => m[1],
    );
    expect(related).toHaveLength(SITE_CATEGORIES.length - 1);
    expect(new Set(related).size).toBe(related.length);
  });

  it('two category configs with one repo (any case) are refused at load, naming both files', async () => {
    await withEdit(
      'categories/backend/category.config.ts',
      setRepo('frontend-development-jobs'),
      async () => {
        const result = await project.run(['build', '--snapshot', 'snapshot.json', '--out', 'row3b']);
        expect(result.code).toBe(1);
        expect(result.stderr).toBe(
          'joblist build: categories/backend/category.config.ts: repo: "frontend-development-jobs" is already the repo of categories/frontend/category.config.ts; each category needs its own repository\n',
        );
        expect(existsSync(at('row3b'))).toBe(false);
      },
    );
  });
});

describe('row 4: a remote template without {repo}', () => {
  it.each([[[]], [['--dry-run']]])('publish --all --remote one.git %j is refused', async (extra) => {
    const result = await project.run([
      'publish',
      '--all',
      '--from',
      'built',
      '--remote',
      'row4/one.git',
      ...extra,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `--remote "row4/one.git": must contain {repo} (the site has ${SITE_CATEGORIES.length} categories, each published to its own repository)`,
    );
    expect(existsSync(at('row4'))).toBe(false);
  });

  it('publish.remote in the site config is checked too', async () => {
    await withEdit(
      'joblist.config.ts',
      (source) => source.replace('  publish: { ', "  publish: { remote: 'row4/one.git', "),
      async () => {
        const result = await project.run(['publish', '--dry-run', '--from', 'built']);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain(
          'publish.remote: must contain {repo} when the site has more than one category (each publishes to its own repository) (received "row4/one.git")',
        );
      },
    );
  });
});

describe('row 5: one strict --now everywhere', () => {
  const commands = [
    ['build', '--snapshot', 'snapshot.json', '--out', 'row5'],
    ['fetch', '--sources', 'sources.json', '--out', 'row5/snapshot.json'],
    ['publish', '--from', 'built', '--remote', 'row5/{repo}.git', '--work-dir', 'row5/work'],
  ];
  it.each(['1', '2026', 'March 5'])('--now %j is refused the same way by every command', async (value) => {
    await writeFile(at('sources.json'), JSON.stringify([{ type: 'file', path: 'jobs.json' }]));
    for (const args of commands) {
      const result = await project.run([...args, '--now', value]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `joblist ${args[0]}: --now: expected an ISO 8601 time with a zone, such as 2025-11-03T20:30:00Z, received "${value}"\n`,
      );
    }
    const sample = await project.run(['sample', '--as-of', value, '--out', 'row5/sample.json']);
    expect(sample.code).toBe(2);
    expect(sample.stderr).toContain(`--as-of: expected an ISO 8601 time with a zone`);
    expect(existsSync(at('row5'))).toBe(false);
  });
});

describe('row 6: config typos and numeric flags', () => {
  it.each([
    [
      'categories/backend/category.config.ts',
      '  match:',
      '  limt: 10,\n  match:',
      '  - limt: unknown key; did you mean "limit"? (received "limt")',
    ],
    [
      'joblist.config.ts',
      '  categories: [',
      '  publsh: {},\n  categories: [',
      '  - publsh: unknown key; did you mean "publish"? (received "publsh")',
    ],
    [
      'joblist.config.ts',
      "medium: 'repo'",
      "medium: 'repo', campaign: 'x'",
      '  - utm.campaign: unknown key (known: source, medium) (received "campaign")',
    ],
  ])(
    'a misspelt key in %s is refused, naming the file, the key path and the right key',
    async (file, from, to, problem) => {
      await withEdit(
        file,
        (source) => source.replace(from, to),
        async () => {
          const result = await project.run(['build', '--snapshot', 'snapshot.json', '--out', 'row6']);
          expect(result.code).toBe(1);
          expect(result.stderr).toBe(`joblist build: ${file}: invalid\n${problem}\n`);
        },
      );
      expect(existsSync(at('row6'))).toBe(false);
    },
  );

  it('source adapters refuse unknown option keys as well', async () => {
    await writeFile(at('typo-sources.json'), JSON.stringify([{ type: 'greenhouse', bord: 'gitlab' }]));
    const result = await project.run(['fetch', '--sources', 'typo-sources.json', '--out', 'row6/s.json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('sources.0.bord');
    expect(existsSync(at('row6'))).toBe(false);
  });

  it.each([
    [['--per-category', 'abc'], '--per-category: expected a whole number of at least 1, received "abc"'],
    [['--per-category', '-5'], '--per-category: expected a whole number of at least 1, received "-5"'],
    [['--per-category', '0'], '--per-category: expected a whole number of at least 1, received "0"'],
    [['--seed', '1.5'], '--seed: expected a whole number of at least 0, received "1.5"'],
    [['--per-category'], '--per-category: expects a value'],
  ])('sample %j is refused; no file is written', async (flags, message) => {
    const result = await project.run(['sample', ...flags, '--out', 'row6/sample.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`joblist sample: ${message}\n`);
    expect(existsSync(at('row6'))).toBe(false);
  });

  it.each([
    [['fetch', '--timeout', 'abc'], '--timeout: expected a number above 0, received "abc"'],
    [['fetch', '--timeout', '0'], '--timeout: expected a number above 0, received "0"'],
    [['check-links', '--ttl', 'abc'], '--ttl: expected a number above 0, received "abc"'],
    [['check-links', '--per-host', '0'], '--per-host: expected a whole number of at least 1, received "0"'],
    [['check-links', '--timeout', '-1'], '--timeout: expected a number above 0, at most 60, received "-1"'],
    [['preview', '--port', '99999'], '--port: expected a whole number from 0 to 65535, received "99999"'],
    [['build', '--limit', '1.5'], '--limit: expected a whole number of at least 0, received "1.5"'],
  ])('%j is a usage error (exit 2) before anything runs', async (args, message) => {
    const result = await project.run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`joblist ${args[0]}: ${message}\n`);
  });
});

describe('row 17: hostile org names', () => {
  it.each(['../../outside', 'a"b', '<img src=//evil.example/p.png>'])(
    '%j is refused at the schema',
    async (org) => {
      await withEdit('joblist.config.ts', setOrg(org), async () => {
        const result = await project.run(
          'publish --from built --remote row17/repos/{org}/{repo}.git --work-dir row17/work'.split(' '),
        );
        expect(result.code).toBe(1);
        expect(result.stderr).toContain(
          `github.org: must be a GitHub organisation or user name: letters, digits and single hyphens inside (received "${org}")`,
        );
      });
      expect(existsSync(at('row17'))).toBe(false);
      expect(existsSync(at('outside'))).toBe(false);
    },
  );
});

describe('row 22: an --out no folder can be made in', () => {
  it.skipIf(!existsSync('/proc/self')).each([
    [['build', '--snapshot', 'snapshot.json', '--out', '/proc/x'], '/proc/x'],
    [['sample', '--out', '/proc/x/sample.json'], '/proc/x'],
    [
      [
        'import',
        'built/Backend-Development-Jobs/README.md',
        '--category',
        'backend',
        '--out',
        '/proc/x/s.json',
      ],
      '/proc/x',
    ],
  ])('%j is refused at once', async (args, folder) => {
    const result = await promisify(execFile)(
      process.execPath,
      [join(REPO_ROOT, 'scripts/bin/joblist.cjs'), ...args],
      { cwd: project.dir, timeout: 20_000 },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number | null; stderr: string }) => error,
    );
    expect(result).toMatchObject({
      code: 1,
      stderr: `joblist ${args[0]}: --out: cannot create ${folder} (ENOENT)\n`,
    });
  });
});
