import { type Job, JobSchema } from '@joblist/core-model';
import {
  encodeDestination,
  formatMonthDay,
  importReadme,
  jobLink,
  renderArchive,
  renderInput,
  renderReadme,
  stripUtm,
  utmFor,
} from '@joblist/markdown-writer';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadRepoProject } from './_helpers/project.ts';

const project = await loadRepoProject();
const category = project.categories.find((c) => c.id === 'backend') ?? project.categories[0];
if (!category) throw new Error('no category');
const builtAt = new Date('2026-01-02T08:00:00Z');

/** Characters that mean something in Markdown, HTML or a GFM table, plus non-ASCII and newlines. */
const tricky = fc.constantFrom(
  ...'|[]()*_~`<>&#!\\/:.@-+= '.split(''),
  '\n',
  '\t',
  'é',
  '🚀',
  '❤️',
  'Ã',
  'www.',
  'http://',
  '&amp;',
  '<script>',
  '**',
  '&#x20;',
);
const text = fc.oneof(
  fc.string({ unit: fc.oneof(tricky, fc.constantFrom('a', 'B', '1', ' ')), maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const url = fc
  .webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https'] })
  .filter((u) => !u.includes('utm_'));

const jobInput = fc.record({
  id: fc.uuid(),
  title: text,
  company: fc.record({ name: text, url: fc.option(url, { nil: undefined }) }, { requiredKeys: ['name'] }),
  url,
  location: text,
  workplace: fc.constantFrom('remote', 'onsite', 'hybrid'),
  postedAt: fc
    .date({
      min: new Date('2025-12-20T00:00:00Z'),
      max: new Date('2026-01-10T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
});

const validJob = jobInput
  .map((input) => v.safeParse(JobSchema, input))
  .filter((result) => result.success && result.output.company.name !== 'Unknown Company')
  .map((result) => result.output as Job);

describe('render → parse round trip', () => {
  it('gives back exactly the jobs and links that went in (URLs as the Markdown carries them), README and archive alike', () => {
    fc.assert(
      fc.property(fc.array(validJob, { minLength: 1, maxLength: 4 }), (jobs) => {
        const input = renderInput({
          site: project.site,
          category,
          categories: project.categories,
          jobs,
          builtAt,
        });
        for (const markdown of [renderReadme(input), renderArchive(input)]) {
          const parsed = importReadme(markdown, project.site, category).jobs;
          expect(parsed).toHaveLength(jobs.length);
          parsed.forEach((back, index) => {
            const job = jobs[index] as Job;
            expect(back.title).toBe(job.title);
            expect(back.company.name).toBe(job.company.name);
            // URLs come back as the Markdown carries them: percent-encoded where Markdown reads a character specially.
            expect(back.company.url).toBe(job.company.url && encodeDestination(job.company.url));
            expect(back.location).toBe(job.location);
            expect(back.workplace).toBe(job.workplace);
            expect(formatMonthDay(new Date(back.postedAt))).toBe(formatMonthDay(new Date(job.postedAt)));
            expect(new Date(back.postedAt).getUTCFullYear()).toBe(new Date(job.postedAt).getUTCFullYear());
            expect(back.url).toBe(
              encodeDestination(
                stripUtm(jobLink(job, project.site, category), utmFor(project.site, category)),
              ),
            );
            expect(back.url).toBe(encodeDestination(job.url));
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
