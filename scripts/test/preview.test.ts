import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCategory, writeCategoryBuild } from '@joblist/build';
import { type PreviewServer, startPreviewServer } from '@joblist/build/preview';
import { JobSchema } from '@joblist/core-model';
import { generateSampleJobs, SAMPLE_AS_OF } from '@joblist/sources';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRepoProject } from './_helpers/project.ts';

const project = await loadRepoProject();
let dir: string;
let server: PreviewServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'joblist-preview-'));
  const jobs = v.parse(v.array(JobSchema), generateSampleJobs(project.categories));
  const builtAt = new Date(SAMPLE_AS_OF);
  for (const category of project.categories) {
    const build = renderCategory(project.site, project.categories, category, jobs, builtAt);
    await writeCategoryBuild(join(dir, 'build'), build, builtAt);
  }
  server = await startPreviewServer(
    project.categories.map((category) => ({ repo: category.repo, dir: join(dir, 'build', category.repo) })),
  );
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const get = async (path: string) => {
  const response = await fetch(new URL(path, server.url));
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
};

describe('joblist preview', () => {
  it('listens on 127.0.0.1 and lists every built repository', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
    const index = await get('/');
    for (const category of project.categories) {
      expect(index.body).toContain(`href="${category.repo}/index.html"`);
      expect(index.body).toContain(`href="${category.repo}/README.md"`);
    }
  });

  it('serves each page as built and each README rendered as GitHub would, styles inlined', async () => {
    for (const category of project.categories) {
      const page = await get(`/${category.repo}/index.html`);
      expect(page.status).toBe(200);
      expect(page.type).toContain('text/html');
      expect(page.body).toContain('<tbody id="jobs">');
      const readme = await get(`/${category.repo}/README.md`);
      expect(readme.status).toBe(200);
      expect(readme.type).toContain('text/html');
      expect(readme.body).toContain('<article class="markdown-body">');
      expect(readme.body).toMatch(/\.markdown-body \{/u);
      expect(readme.body).toContain('<table>');
      expect(readme.body).toContain(`<h1>${category.role} Jobs 2026</h1>`);
      expect(readme.body).not.toMatch(/<link |<script|https:\/\/cdn/u);
      expect((await get(`/${category.repo}/feed.xml`)).type).toContain('xml');
    }
  });

  it('serves nothing outside the build folder', async () => {
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await get('/nope/README.md')).status).toBe(404);
  });
});
