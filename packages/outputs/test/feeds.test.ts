import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { CLOSED, fixtureInput, JOBS } from '../../markdown-writer/test/_helpers/history-input.ts';
import { renderJsonFeed } from '../src/lib/json-feed.ts';
import { renderRss } from '../src/lib/rss.ts';

const PAGES = 'https://acme-jobs.github.io/Backend-Jobs/';

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) as a JSON Schema: its required fields and the types of those joblist writes. */
const JSON_FEED_1_1 = {
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: { type: 'string', minLength: 1 },
    home_page_url: { type: 'string', format: 'uri' },
    feed_url: { type: 'string', format: 'uri' },
    description: { type: 'string' },
    language: { type: 'string', pattern: '^[a-z]{2}(-[A-Za-z]{2})?$' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string', minLength: 1 },
          url: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          content_text: { type: 'string' },
          date_published: { type: 'string', format: 'date-time' },
          tags: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

describe('feeds', () => {
  it('feed.xml: RSS 2.0 with the Atom namespace, an atom:link rel="self" to its own address and a language', () => {
    const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });
    const rss = parser.parse(renderRss(fixtureInput())).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    const channel = rss.channel;
    for (const field of ['title', 'link', 'description']) expect(typeof channel[field]).toBe('string');
    expect(channel['atom:link']).toEqual({
      '@_href': `${PAGES}feed.xml`,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(channel.language).toBe('en');
    const items = asArray<Record<string, unknown>>(channel.item);
    expect(items.map((item) => (item.guid as Record<string, string>)['#text'])).toEqual(
      JOBS.map((job) => job.id),
    );
  });

  it('feed.json: valid JSON Feed 1.1 with feed_url, the same items as feed.xml', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON_FEED_1_1);
    const feed = JSON.parse(renderJsonFeed(fixtureInput()));
    expect(validate(feed), JSON.stringify(validate.errors)).toBe(true);
    expect(feed.feed_url).toBe(`${PAGES}feed.json`);
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual(JOBS.map((job) => job.id));
  });

  it('never announces a closed job, and a job that reopens keeps its id and date, so no reader sees it twice', () => {
    const closedIds = CLOSED.map((job) => job.id);
    const rss = renderRss(fixtureInput());
    const json = renderJsonFeed(fixtureInput());
    for (const id of closedIds) {
      expect(rss).not.toContain(id);
      expect(json).not.toContain(id);
    }
    const reopened = { ...(CLOSED[0] as (typeof CLOSED)[number]), description: undefined };
    const again = JSON.parse(renderJsonFeed(fixtureInput({ jobs: [reopened, ...JOBS], closed: [] })));
    const item = again.items.find((entry: { id: string }) => entry.id === reopened.id);
    expect(item.date_published).toBe(new Date(reopened.postedAt).toISOString());
  });
});
