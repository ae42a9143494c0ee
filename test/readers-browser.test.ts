import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CategoryFiles } from '@joblist/build';
import { writeCategoryBuild } from '@joblist/build';
import { searchText } from '@joblist/outputs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium, SCREENSHOTS } from '../packages/outputs/test/_chromium.ts';
import { makeTempDir } from './_helpers/git.ts';
import { buildReaderFixtures, readmeRows, SAMPLE_TIME, sampleWithHostileJobs } from './_helpers/readers.ts';

let browser: Browser;
let builds: CategoryFiles[];
let jobsById: Map<string, { text: string; workplace: string }>;
const temp = makeTempDir('joblist-readers-');

beforeAll(async () => {
  if (!chromiumAvailable) return;
  const fixtures = await buildReaderFixtures();
  builds = fixtures.builds;
  jobsById = new Map(
    sampleWithHostileJobs(fixtures.project).map((job) => [
      job.id,
      { text: searchText(job), workplace: job.workplace },
    ]),
  );
  for (const build of builds) await writeCategoryBuild(temp.dir, build, SAMPLE_TIME);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  temp.cleanup();
});

const shownTitles = (page: Page) =>
  page.$$eval('tbody#jobs > tr:not([hidden]) td:nth-child(2) a', (links) =>
    links.map((link) => link.textContent),
  );

describe.skipIf(!chromiumAvailable)('index.html in Chromium, from file://', () => {
  it('shows the README rows, filters by text and workplace, links absolutely, and reads on a phone', async () => {
    for (const build of builds) {
      const repo = build.category.repo;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(join(temp.dir, repo, 'index.html')).href);
      const readme = readmeRows(build.files['README.md'] ?? '');
      expect(await shownTitles(page), repo).toEqual(readme.map((row) => row.title));
      const hrefs = await page.$$eval('tbody#jobs a', (links) =>
        links.map((link) => link.getAttribute('href')),
      );
      for (const href of hrefs) expect(href, repo).toMatch(/^https?:\/\//u);
      await page.screenshot({ path: join(SCREENSHOTS, `${repo}.png`), fullPage: true });

      const query = 'engineer';
      await page.getByLabel('Search company, position or location').fill(query);
      await page.getByLabel('Workplace').selectOption({ label: 'Remote' });
      const expected = readme.filter((_row, index) => {
        const job = jobsById.get(build.jobIds[index] ?? '');
        return job?.workplace === 'remote' && job.text.includes(query);
      });
      expect(expected.length, repo).toBeGreaterThan(0);
      expect(expected.length, repo).toBeLessThan(readme.length);
      expect(await shownTitles(page), repo).toEqual(expected.map((row) => row.title));
      expect(await page.getByRole('status').textContent()).toBe(
        `${expected.length} of ${readme.length} jobs shown`,
      );

      await page.getByRole('button', { name: /Date/u }).last().click();
      const oldestFirst = await page.$$eval('tbody#jobs > tr:not([hidden])', (rows) =>
        rows.map((row) => row.getAttribute('data-posted') ?? ''),
      );
      expect(oldestFirst).toEqual([...oldestFirst].sort());
      expect(requests.every((url) => url.startsWith('file://'))).toBe(true);

      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByLabel('Workplace').selectOption({ label: 'Any workplace' });
      await page.getByLabel('Search company, position or location').fill('');
      const width = await page.$eval('html', (html) => html.scrollWidth);
      expect(width, `${repo} scrolls sideways on a phone`).toBeLessThanOrEqual(390);
      await page.screenshot({ path: join(SCREENSHOTS, `${repo}.phone.png`) });
      await page.close();
    }
  }, 120_000);
});
