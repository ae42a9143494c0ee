import { type Job, JobSchema } from '@joblist/core-model';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { dropLinkBreaks, encodeDestination, jobLink, jobsTableMarkdown, renderInput } from '../src/index.ts';
import * as cmark from './_helpers/cmark.ts';
import { testCategory, testSite } from './_helpers/site.ts';

type CmarkNode = cmark.CmarkNode;
const { cmarkContent, cmarkText } = cmark;

const site = testSite;
const category = testCategory;

/** What an attacker puts in a title, a company name or a location: every opener and closer of markup. */
const TEXT_PIECES = [
  ...Array.from('`$()[]<>|\\*_~!&@:./#"\' aZ9é'),
  '``',
  '$$',
  '](',
  ')**',
  '**[',
  '<script>alert(1)</script>',
  '<b>',
  '</b>',
  '<!--',
  '<img src=x onerror=alert(1)>',
  '&amp;',
  '&#96;',
  'www.evil.example',
  'https://evil.example',
  'root@evil.example',
  '@word',
  '\u200b',
  '\u200e',
];
const hostileText = fc
  .array(fc.constantFrom(...TEXT_PIECES), { minLength: 1, maxLength: 10 })
  .map((pieces) => pieces.join(''));

/** What an attacker puts in a URL's path: backticks, `$`, raw HTML, deep parentheses, table and escape characters. */
const URL_PIECES = [
  ...Array.from('`$()[]<>|\\*_~!@:.#\'"&'),
  '<script>alert(1)</script>',
  '&amp;',
  '%28',
  '?q=',
  'a',
];
const nested = fc
  .tuple(fc.integer({ min: 30, max: 40 }), fc.integer({ min: 0, max: 2 }))
  .map(([depth, unbalanced]) => `${'('.repeat(depth)}x${')'.repeat(depth - unbalanced)}`);
const hostileUrl = fc
  .tuple(
    fc.constantFrom('https://evil.example/', 'http://jobs.example/p/'),
    fc.array(fc.oneof(fc.constantFrom(...URL_PIECES), nested), { minLength: 1, maxLength: 6 }),
  )
  .map(([origin, path]) => `${origin}${path.join('')}`);

/** Hostile jobs as the schema lets them through (a URL it rejects is not a job). */
const hostileJob = fc
  .record({
    title: hostileText,
    name: hostileText,
    location: hostileText,
    url: hostileUrl,
    companyUrl: fc.option(hostileUrl, { nil: undefined }),
  })
  .map(({ title, name, location, url, companyUrl }) =>
    v.safeParse(JobSchema, {
      id: 'evil:1',
      title,
      company: { name, ...(companyUrl ? { url: companyUrl } : {}) },
      url,
      location,
      workplace: 'remote',
      postedAt: '2026-01-02T08:00:00Z',
    }),
  )
  .filter((result) => result.success && result.output.company.name !== '')
  .map((result) => result.output as Job);

/** Problems in one `**[text](url)**` (or, with no URL, `**text**`) cell, or none. */
function boldCellProblems(cell: CmarkNode, text: string, url: string | undefined): string[] {
  const [strong, ...rest] = cmarkContent(cell);
  if (rest.length > 0 || strong?.name !== 'strong')
    return [`not one strong: ${cmarkContent(cell).map((n) => n.name)}`];
  const inner = url === undefined ? strong : cmarkContent(strong)[0];
  if (url !== undefined) {
    if (cmarkContent(strong).length !== 1 || inner?.name !== 'link') return ['not one link'];
    if (inner.attributes.destination !== encodeDestination(url))
      return [`link to ${inner.attributes.destination}`];
  }
  const markup = cmarkContent(inner as CmarkNode).filter((node) => node.name !== 'text');
  if (markup.length > 0) return [`markup in the text: ${markup.map((node) => node.name)}`];
  const read = dropLinkBreaks(cmarkText(inner as CmarkNode));
  return read === text ? [] : [`reads ${JSON.stringify(read)}`];
}

/** Every way a row can go wrong as cmark-gfm reads it, labelled with the row. */
function rowProblems(row: CmarkNode, job: Job): string[] {
  const [company, title, location] = row.children;
  if (!company || !title || !location || row.children.length !== 5) return [`${row.children.length} cells`];
  const plain = cmarkContent(location).filter((node) => node.name !== 'text');
  return [
    ...boldCellProblems(company, job.company.name, job.company.url).map((p) => `company ${p}`),
    ...boldCellProblems(title, job.title, jobLink(job, site, category)).map((p) => `title ${p}`),
    ...(plain.length > 0 ? [`location markup: ${plain.map((node) => node.name)}`] : []),
    ...(dropLinkBreaks(cmarkText(location)) === job.location ? [] : ['location text']),
  ];
}

/** Node kinds no data may make: raw HTML and code. */
const FORBIDDEN = new Set(['html_inline', 'html_block', 'code', 'code_block']);

/** Rows per document: one cmark-gfm process reads a whole batch. */
const BATCH = 2000;
/** Batches: 5 × 2,000 = 10,000 hostile rows. */
const BATCHES = 5;

describe.skipIf(!cmark.cmarkAvailable)(
  'hostile titles and URLs, as cmark-gfm (GitHub) reads the table',
  () => {
    it(`gives exactly one link per link cell and no HTML, code or autolink from data (${BATCH * BATCHES} rows)`, () => {
      fc.assert(
        fc.property(fc.array(hostileJob, { minLength: BATCH, maxLength: BATCH }), (jobs) => {
          const markdown = jobsTableMarkdown(
            renderInput({
              site,
              category,
              categories: [category],
              jobs,
              builtAt: new Date('2026-01-02T08:00:00Z'),
            }),
          );
          const [table, ...others] = cmark.cmarkParse(markdown).children;
          expect(others).toEqual([]);
          const nodes = cmark.cmarkDescendants(table as CmarkNode);
          expect(nodes.filter((node) => FORBIDDEN.has(node.name)).map((node) => node.name)).toEqual([]);
          const links = jobs.length + jobs.filter((job) => job.company.url !== undefined).length;
          expect(nodes.filter((node) => node.name === 'link')).toHaveLength(links);
          const rows = (table?.children ?? []).filter((row) => row.name === 'table_row');
          expect(rows).toHaveLength(jobs.length);
          const problems = rows.flatMap((row, index) =>
            rowProblems(row, jobs[index] as Job).map((problem) => `row ${index}: ${problem}`),
          );
          expect(problems).toEqual([]);
        }),
        { numRuns: BATCHES, endOnFailure: true },
      );
    }, 120_000);
  },
);

if (!cmark.cmarkAvailable) console.warn(cmark.cmarkMissingMessage);
