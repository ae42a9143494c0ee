import type { CategoryFiles } from '@joblist/build';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReaderFixtures, HOSTILE, type ReadmeRow, readmeRows } from './_helpers/readers.ts';

let builds: CategoryFiles[];

beforeAll(async () => {
  ({ builds } = await buildReaderFixtures());
});

const file = (build: CategoryFiles, path: string) => {
  const content = build.files[path];
  if (content === undefined) throw new Error(`${build.category.repo}: no ${path}`);
  return content;
};
const rowsOf = (build: CategoryFiles): ReadmeRow[] => readmeRows(file(build, 'README.md'));
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

describe('reader outputs of every category', () => {
  it('build the same bytes from the same inputs', async () => {
    const again = await buildReaderFixtures();
    expect(again.builds.map((build) => build.files)).toEqual(builds.map((build) => build.files));
  });

  it('feed.xml: RSS 2.0 read back by an XML parser, one item per README row, same order, job id as guid', () => {
    const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, processEntities: true });
    for (const build of builds) {
      const rows = rowsOf(build);
      expect(rows.length, build.category.id).toBeGreaterThanOrEqual(10);
      const rss = parser.parse(file(build, 'feed.xml'));
      expect(rss.rss['@_version']).toBe('2.0');
      const items = asArray<Record<string, unknown>>(rss.rss.channel.item);
      expect(items).toHaveLength(rows.length);
      items.forEach((item, index) => {
        const row = rows[index] as ReadmeRow;
        expect(item.link).toBe(row.link);
        expect(String(item.title).startsWith(`${row.title} at `)).toBe(true);
        expect(item.guid).toEqual({ '#text': build.jobIds[index], '@_isPermaLink': 'false' });
      });
    }
  });

  it('feed.json: JSON Feed 1.1 with its required fields, same items and order', () => {
    for (const build of builds) {
      const rows = rowsOf(build);
      const feed = JSON.parse(file(build, 'feed.json'));
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(typeof feed.title).toBe('string');
      expect(feed.items).toHaveLength(rows.length);
      feed.items.forEach((item: Record<string, string>, index: number) => {
        expect(item.id).toBe(build.jobIds[index]);
        expect(item.url).toBe(rows[index]?.link);
        expect(typeof item.content_text).toBe('string');
        expect(new Date(item.date_published ?? '').toISOString()).toBe(item.date_published);
      });
    }
  });

  it('jobs.json: valid against the generated JSON Schema published beside it, same jobs and order', () => {
    for (const build of builds) {
      const ajv = new Ajv({ strict: true, allErrors: true });
      addFormats.default(ajv);
      const validate = ajv.compile(JSON.parse(file(build, 'jobs.schema.json')));
      const document = JSON.parse(file(build, 'jobs.json'));
      expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
      expect(document.$schema).toBe('./jobs.schema.json');
      expect(document.jobs.map((job: { id: string }) => job.id)).toEqual(build.jobIds);
      expect(document.jobs.map((job: { title: string }) => job.title)).toEqual(
        rowsOf(build).map((row) => row.title),
      );
      expect(document.jobs.some((job: object) => 'stale' in job)).toBe(false);
    }
  });

  it('index.html: the README rows, hostile strings as text only, no network, labelled filters', () => {
    for (const build of builds) {
      const tree = fromHtml(file(build, 'index.html'));
      const rows = selectAll('tbody#jobs > tr', tree);
      const readme = rowsOf(build);
      expect(rows.map((row) => toText(select('td:nth-child(2) a', row) as Element))).toEqual(
        readme.map((row) => row.title),
      );
      expect(rows.map((row) => (select('td:nth-child(2) a', row) as Element).properties.href)).toEqual(
        readme.map((row) => row.link),
      );
      const texts = rows.map((row) => toText(row));
      for (const value of HOSTILE) expect(texts.some((text) => text.includes(value))).toBe(true);
      expect(selectAll('script', tree)).toHaveLength(1);
      expect(selectAll('img, iframe, object, x, textarea', tree)).toHaveLength(0);
      const handlers = selectAll('*', tree).flatMap((node) =>
        Object.keys(node.properties).filter((name) => /^on/iu.test(name)),
      );
      expect(handlers).toEqual([]);
      expect(selectAll('[src], link[rel=stylesheet]', tree)).toHaveLength(0);
      for (const control of selectAll('input, select', tree)) {
        expect(
          select(`label[for="${control.properties.id}"]`, tree),
          String(control.properties.id),
        ).toBeTruthy();
      }
      for (const href of ['feed.xml', 'feed.json', 'jobs.json'])
        expect(select(`a[href="${href}"]`, tree)).toBeTruthy();
      const siblings = selectAll('nav[aria-label="Other categories"] a', tree).map((a) => a.properties.href);
      expect(siblings).toEqual(
        builds.filter((other) => other !== build).map((other) => `../${other.category.repo}/index.html`),
      );
    }
  });
});
