import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throw-away joblist project for command-level tests. */
export interface TempProject {
  root: string;
  /** `<root>/joblist.config.ts`. */
  configFile: string;
  /** `<root>/data/snapshot.json`, the default `--out`. */
  out: string;
  /** `<root>/data/.http-cache`, the default `--cache-dir`. */
  cacheDir: string;
  /** Writes a `--sources` JSON file in the project and returns its path. */
  writeSources(configs: unknown[], name?: string): Promise<string>;
}

/**
 * Creates a project in a temporary folder: a site config listing the given `sources` and the
 * categories `backend` and `frontend` (plain objects, so no workspace import is needed).
 */
export async function createTempProject(sources: unknown[] = []): Promise<TempProject> {
  const root = await mkdtemp(join(tmpdir(), 'joblist-project-'));
  const site = {
    brand: {
      name: 'Test Jobs',
      url: 'https://jobs.example',
      email: 'hello@jobs.example',
      tagline: 'a tagline',
      pitch: 'A pitch.',
      summary: 'A summary',
    },
    github: { org: 'test-org' },
    utm: { source: 'github', medium: 'repo' },
    categories: ['backend', 'frontend'],
    sources,
  };
  await writeFile(join(root, 'package.json'), '{ "type": "module" }\n');
  await writeFile(join(root, 'joblist.config.ts'), `export default ${JSON.stringify(site, null, 2)};\n`);
  for (const id of ['backend', 'frontend']) {
    await mkdir(join(root, 'categories', id), { recursive: true });
    const category = { id, role: `${id} developer`, repo: `${id}-jobs`, utmCampaign: `github-${id}-jobs` };
    await writeFile(
      join(root, 'categories', id, 'category.config.ts'),
      `export default ${JSON.stringify(category)};\n`,
    );
  }
  return {
    root,
    configFile: join(root, 'joblist.config.ts'),
    out: join(root, 'data', 'snapshot.json'),
    cacheDir: join(root, 'data', '.http-cache'),
    async writeSources(configs, name = 'sources.json') {
      const file = join(root, name);
      await writeFile(file, JSON.stringify(configs));
      return file;
    },
  };
}

/** A Greenhouse `/v1/boards/<board>/jobs` payload with `count` jobs posted a day apart. */
export function greenhousePayload(board: string, count: number) {
  return {
    jobs: Array.from({ length: count }, (_, i) => ({
      id: 1000 + i,
      title: `Backend Engineer ${i + 1}`,
      absolute_url: `https://job-boards.greenhouse.io/${board}/jobs/${1000 + i}`,
      company_name: board.toUpperCase(),
      location: { name: 'Berlin' },
      first_published: new Date(Date.UTC(2025, 10, 1 + i, 12)).toISOString(),
      content: '&lt;p&gt;Build APIs in Go.&lt;/p&gt;',
    })),
    meta: { total: count },
  };
}
