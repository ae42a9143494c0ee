import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCategory, writeCategoryBuild } from '@joblist/build';
import { type PreviewServer, startPreviewServer } from '@joblist/build/preview';
import { JobSchema } from '@joblist/core-model';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../../packages/outputs/test/_chromium.ts';
import { loadRepoProject } from './_helpers/project.ts';

const project = await loadRepoProject();
const category = project.categories[0];
if (!category) throw new Error('joblist.config.ts lists no category');
const builtAt = new Date('2026-01-02T08:00:00Z');
const nested = `${'('.repeat(33)}x${')'.repeat(33)}`;

/** The attacks of issue 18 as job data: a backtick in title and URL, 33 nested parentheses, raw HTML. */
const jobs = v.parse(
  v.array(JobSchema),
  [
    ['Backend a`b', 'https://example.com/x`<script>alert(document.domain)</script>'],
    ['Deep', `https://example.com/${nested}<svg/onload=alert(1)>`],
    ['<script>alert(2)</script> <img src=x onerror=alert(3)>', 'https://example.com/ok'],
  ].map(([title, url], index) => ({
    id: `evil:${index}`,
    title,
    company: { name: '<iframe src=//evil.example></iframe>', url: `https://evil.example/${nested}` },
    url,
    location: '<svg onload=alert(4)>',
    workplace: 'remote',
    postedAt: '2026-01-02T07:00:00Z',
    categories: [category.id],
  })),
);

/** Markdown that did reach a file before the writer was fixed: the preview must not run it either. */
const RAW_HOSTILE = [
  '| A |',
  '| - |',
  '| **[Backend a`b](https://example.com/x`<script>alert(document.domain)</script>)** |',
  '',
  '<img src=x onerror=alert(5)> <a href="javascript:alert(6)">a</a> <details open ontoggle=alert(7)>x</details>',
].join('\n');

let dir: string;
let server: PreviewServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'joblist-preview-hostile-'));
  const build = renderCategory(project.site, project.categories, category, jobs, builtAt);
  await writeCategoryBuild(join(dir, 'build'), build, builtAt);
  await mkdir(join(dir, 'build', category.repo, 'old'), { recursive: true });
  await writeFile(join(dir, 'build', category.repo, 'old', 'README.md'), RAW_HOSTILE);
  server = await startPreviewServer([{ repo: category.repo, dir: join(dir, 'build', category.repo) }]);
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const PAGES = () => [`${category.repo}/README.md`, `${category.repo}/old/README.md`];

describe('joblist preview with hostile data', () => {
  it('serves READMEs with no script, event handler, frame or raw tag from data', async () => {
    for (const path of PAGES()) {
      const html = await (await fetch(new URL(path, server.url))).text();
      const tree = fromHtml(html);
      expect({ path, tags: selectAll('script, iframe, svg, object, embed, form', tree) }).toEqual({
        path,
        tags: [],
      });
      const handlers = (selectAll('*', tree) as Element[]).flatMap((node) =>
        Object.keys(node.properties).filter((name) => /^on/iu.test(name)),
      );
      expect({ path, handlers }).toEqual({ path, handlers: [] });
      const hrefs = (selectAll('[href]', tree) as Element[]).map((node) => String(node.properties.href));
      expect(hrefs.filter((href) => /^\s*javascript:/iu.test(href))).toEqual([]);
    }
  });

  it.skipIf(!chromiumAvailable)(
    'runs nothing in Chromium: no dialog, no script element',
    async () => {
      const browser = await launchChromium();
      try {
        for (const path of PAGES()) {
          const page = await browser.newPage();
          const dialogs: string[] = [];
          page.on('dialog', (dialog) => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
          });
          await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
          await page.waitForTimeout(200);
          expect({ path, dialogs, scripts: (await page.$$('script')).length }).toEqual({
            path,
            dialogs: [],
            scripts: 0,
          });
          await page.close();
        }
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
