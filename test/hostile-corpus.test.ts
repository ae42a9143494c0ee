import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type CategoryFiles, renderCategory } from '@joblist/build';
import { loadProject, type Project } from '@joblist/config';
import { type Category, type Snapshot, type SourceStatus, stripInvisible } from '@joblist/core-model';
import { jobLink, WORD_JOINER } from '@joblist/markdown-writer';
import { createHttpClient, fetchSources } from '@joblist/sources';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CmarkNode,
  cmarkAvailable,
  cmarkContent,
  cmarkDescendants,
  cmarkMissingMessage,
  cmarkParse,
  cmarkText,
} from '../packages/markdown-writer/test/_helpers/cmark.ts';
import { type ReplayServer, startReplayServer } from '../packages/sources/test/_helpers/replay-server.ts';
import { makeTempDir } from './_helpers/git.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BUILT_AT = new Date('2026-01-02T08:00:00Z');

/** The corpus: ≥ 80 job records in the interchange format, each hostile, invalid or a duplicate. */
interface HostileRecord {
  id?: unknown;
  title?: unknown;
  company?: { name?: unknown; url?: unknown };
  url?: unknown;
  location?: unknown;
  postedAt?: unknown;
  description?: unknown;
}
const corpus = JSON.parse(
  await readFile(join(ROOT, 'test/fixtures/hostile-corpus.json'), 'utf8'),
) as HostileRecord[];

/** The same record as another source sends it: own URL and title, so no source's jobs dedupe another's. */
function variant(record: HostileRecord, tag: string) {
  const own = (url: unknown) =>
    typeof url === 'string' ? url.replace('https://jobs.example/', `https://jobs.example/${tag}/`) : url;
  return {
    ...record,
    title: typeof record.title === 'string' ? `${tag} ${record.title}` : record.title,
    url: own(record.url),
  };
}

/** The corpus as Greenhouse's board API answers. */
const greenhouseBody = {
  jobs: corpus.map((record) => {
    const job = variant(record, 'gh');
    return {
      id: job.id,
      title: job.title,
      absolute_url: job.url,
      company_name: job.company?.name,
      location: { name: job.location },
      updated_at: job.postedAt,
      content: job.description,
    };
  }),
};

/** The corpus as Remote OK's API answers (a legal notice first). */
const remoteOkBody = [
  { legal: 'API terms of service' },
  ...corpus.map((record) => {
    const job = variant(record, 'rok');
    return {
      id: job.id,
      position: job.title,
      company: job.company?.name,
      location: job.location,
      description: job.description,
      date: job.postedAt,
      url: job.url,
    };
  }),
];

/** How many records each source was sent. */
const SENT: Record<string, number> = {
  'file:hostile.json': corpus.length,
  'greenhouse:hostile': greenhouseBody.jobs.length,
  remoteok: remoteOkBody.length - 1,
};

let server: ReplayServer;
let temp: ReturnType<typeof makeTempDir>;
let project: Project;
/** The site's first category, showing every row. */
let category: Category;
let snapshot: Snapshot;
let readme: string;
let built: CategoryFiles;

beforeAll(async () => {
  temp = makeTempDir('joblist-hostile-');
  project = await loadProject(join(ROOT, 'joblist.config.ts'));
  server = await startReplayServer({
    '/v1/boards/hostile/jobs': { body: greenhouseBody },
    '/api': { body: remoteOkBody },
  });
  await writeFile(join(temp.dir, 'hostile.json'), JSON.stringify(corpus));
  const [first] = project.categories;
  if (!first) throw new Error('joblist.config.ts lists no category');
  category = { ...first, limit: 10_000, windowDays: 30 };
  const categories = [category.id];
  snapshot = await fetchSources(
    [
      { type: 'file', path: 'hostile.json', categories },
      { type: 'greenhouse', board: 'hostile', baseUrl: server.url, categories },
      { type: 'remoteok', baseUrl: server.url, categories },
    ],
    { http: createHttpClient(), cwd: temp.dir, now: BUILT_AT },
  );
  built = renderCategory(project.site, project.categories, category, snapshot.jobs, BUILT_AT);
  readme = built.files['README.md'] ?? '';
});

afterAll(async () => {
  await server?.close();
  temp?.cleanup();
});

const statusOf = (id: string) => snapshot.sources.find((status) => status.id === id) as SourceStatus;
const skippedCount = (status: SourceStatus) => (status.skipped ?? []).reduce((sum, s) => sum + s.count, 0);

describe(`a hostile corpus (${corpus.length} records) through the file source, Greenhouse and Remote OK`, () => {
  it('has at least 80 records', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
  });

  it.each(Object.keys(SENT))('%s: rejects each bad record with its index, field and reason', (id) => {
    const status = statusOf(id);
    expect(status.status).toBe('ok');
    expect(status.rejected.length).toBeGreaterThanOrEqual(id.startsWith('file:') ? 14 : 5);
    for (const rejection of status.rejected) {
      expect(rejection.index).toBeGreaterThanOrEqual(0);
      expect(rejection.index).toBeLessThan(SENT[id] as number);
      expect(rejection.field).not.toBe('');
      expect(rejection.reason).not.toBe('');
    }
    const fields = status.rejected.map((rejection) => rejection.field);
    expect(fields).toEqual(expect.arrayContaining(['url']));
    const reasons = status.rejected.map((rejection) => rejection.reason).join('\n');
    expect(reasons).toContain('must not contain a user name or password');
    expect(reasons).not.toContain('secret');
  });

  it.each(Object.keys(SENT))(
    '%s: accounts for every record: accepted, rejected, skipped or duplicate',
    (id) => {
      const status = statusOf(id);
      const { duplicates } = status;
      expect(duplicates).toBeGreaterThan(0);
      expect(status.jobs + status.rejected.length + skippedCount(status) + duplicates).toBe(SENT[id]);
    },
  );

  it('keeps no control, zero-width or bidi character and no field over its cap in the snapshot', () => {
    for (const job of snapshot.jobs) {
      for (const value of [job.id, job.title, job.company.name, job.location, job.description ?? ''])
        expect(stripInvisible(value)).toBe(value);
      expect(Array.from(job.title).length).toBeLessThanOrEqual(200);
    }
  });
});

describe.skipIf(!cmarkAvailable)('the README as GitHub reads it (cmark-gfm)', () => {
  if (!cmarkAvailable) console.warn(cmarkMissingMessage);
  let document: CmarkNode;
  let rows: CmarkNode[];
  beforeAll(() => {
    document = cmarkParse(readme);
    const table = document.children.find((node) => node.name === 'table');
    rows = (table?.children ?? []).filter((node) => node.name === 'table_row');
  });

  it('has one row of exactly 5 cells per job', () => {
    expect(rows.length).toBe(snapshot.jobs.length);
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows)
      expect(row.children.map((cell) => cell.name)).toEqual(Array(5).fill('table_cell'));
  });

  it('has no raw HTML but the template’s own comments and <sub><small>, and no image', () => {
    const html = cmarkDescendants(document)
      .filter((node) => node.name === 'html_block' || node.name === 'html_inline')
      .map((node) => node.value.trim());
    expect(html).toEqual([
      '<!-- prettier-ignore-start -->',
      '<sub>',
      '<small>',
      '</small>',
      '</sub>',
      '<!-- prettier-ignore-end -->',
    ]);
    expect(cmarkDescendants(document).filter((node) => node.name === 'image')).toEqual([]);
  });

  it('has no emphasis, code, strikethrough or link made from data: only bold company and position cells', () => {
    rows.forEach((row, index) => {
      const job = snapshot.jobs[index];
      if (!job) throw new Error(`no job for row ${index}`);
      const [company, position, location, type, date] = row.children.map(cmarkContent);
      const bold = (cell: CmarkNode[] | undefined, url: string | undefined) => {
        expect(cell?.map((node) => node.name)).toEqual(['strong']);
        const inner = cmarkContent(cell?.[0] as CmarkNode);
        const text = url ? inner[0] : (cell?.[0] as CmarkNode);
        if (url) {
          expect(inner.map((node) => node.name)).toEqual(['link']);
          expect(inner[0]?.attributes.destination).toBe(url);
        }
        expect(cmarkContent(text as CmarkNode).map((node) => node.name)).toEqual(['text']);
        return cmarkText(text as CmarkNode).replaceAll(WORD_JOINER, '');
      };
      const plain = (cell: CmarkNode[] | undefined) => {
        expect(cell?.every((node) => node.name === 'text')).toBe(true);
        return (cell ?? []).map(cmarkText).join('').replaceAll(WORD_JOINER, '');
      };
      expect(bold(company, job.company.url)).toBe(job.company.name || 'Unknown Company');
      expect(bold(position, jobLink(job, project.site, category))).toBe(job.title);
      expect(plain(location)).toBe(job.location);
      expect(plain(type)).toMatch(/^(?:Remote|On Site|Hybrid)$/u);
      expect(plain(date)).toBe('Jan 01');
    });
  });

  it('links only to joblist’s own http(s) links: the jobs’ and companies’ pages, the brand, the repositories', () => {
    const destinations = cmarkDescendants(document)
      .filter((node) => node.name === 'link')
      .map((node) => node.attributes.destination ?? '');
    const { brand } = project.site;
    for (const destination of destinations) {
      if (destination === `mailto:${brand.email}`) continue;
      expect(destination).toMatch(/^https?:\/\/[^\s@]+$/u);
      expect({
        destination,
        own:
          destination.startsWith(brand.url) ||
          destination.startsWith(`https://github.com/${project.site.github.org}/`) ||
          snapshot.jobs.some(
            (job) => jobLink(job, project.site, category) === destination || job.company.url === destination,
          ),
      }).toEqual({ destination, own: true });
    }
  });

  it('comes through index.html as text only: every job a row with its own http(s) link, no markup from data', () => {
    const tree = fromHtml(built.files['index.html'] ?? '');
    const rows = selectAll('tbody#jobs > tr', tree);
    const shown = snapshot.jobs.filter((job) => built.jobIds.includes(job.id));
    expect(rows).toHaveLength(built.rows);
    const links = rows.map((row) => select('td:nth-child(2) a', row) as Element);
    expect(links.map((link) => toText(link))).toEqual(
      built.jobIds.map((id) => shown.find((job) => job.id === id)?.title),
    );
    for (const link of links) expect(String(link.properties.href)).toMatch(/^https?:\/\//u);
    // The page's own script and filter form only; nothing the data could have opened: no element, handler or source.
    expect(selectAll('script', tree)).toHaveLength(1);
    expect(selectAll('form', tree)).toHaveLength(1);
    const opened = 'img, iframe, object, embed, svg, math, details, textarea, base, meta[http-equiv]';
    expect(selectAll(opened, tree)).toHaveLength(0);
    const handlers = selectAll('*', tree).flatMap((node) =>
      Object.keys(node.properties).filter((name) => /^on/iu.test(name)),
    );
    expect(handlers).toEqual([]);
    expect(selectAll('[src], link[rel=stylesheet]', tree)).toHaveLength(0);
  });
});
