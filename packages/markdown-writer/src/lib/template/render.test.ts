import { describe, expect, it } from 'vitest';
import { parseTemplate } from './parse.ts';
import { renderTemplate } from './render.ts';
import type { SlotValues } from './slots.ts';

const VALUES: SlotValues = {
  role: 'Full stack developer',
  year: '2026',
  updated: 'Jan 02, 2026 at 08:05 UTC',
  day: '2026-01-02',
  repo: 'Full-Stack-Jobs',
  'brand.name': 'Acme [Jobs]',
  'brand.url': 'https://acme.example?utm_source=gh&utm_campaign=x',
  'brand.relatedUrl': 'https://acme.example?utm_campaign=related-repos',
  'brand.email': 'team_a@acme.example',
  'brand.tagline': 'every *opening*',
  'brand.pitch': '# not a heading & <b>not html</b>',
  'brand.summary': 'a list',
  table: '| a |\n| - |\n| **b** |',
  'stats.jobs': '3',
  'stats.remotePercent': '33',
  'stats.companies': '2',
  'stats.averageSalary': 'Not specified',
  'stats.skills': '',
  'stats.salaryCurrency': '',
  'stats.newJobs': '2',
  'stats.closed': '',
  'stats.trendTotal': '40',
  'links.page': 'https://o.github.io/Full-Stack-Jobs/',
  'links.rss': 'https://o.github.io/Full-Stack-Jobs/feed.xml',
  'links.jsonFeed': 'https://o.github.io/Full-Stack-Jobs/feed.json',
  'links.jobsJson': 'https://o.github.io/Full-Stack-Jobs/jobs.json',
  'links.chart': 'trend.svg',
  closed: [],
  related: [
    { name: 'Backend Jobs', url: 'https://github.com/o/Backend-Jobs' },
    { name: 'Frontend Jobs', url: 'https://github.com/o/Frontend-Jobs' },
  ],
};

const render = (source: string) => renderTemplate(parseTemplate(source, 'T.md'), VALUES);

describe('renderTemplate', () => {
  it('applies filters in order', () => {
    expect(render('{{role | title}}|{{role | upper}}|{{role | title | lower}}')).toBe(
      'Full Stack Developer|FULL STACK DEVELOPER|full stack developer',
    );
  });

  it('escapes text slots for Markdown and writes urls, e-mail and the table as built', () => {
    expect(render('[{{brand.name}}]({{brand.url}}) **{{brand.tagline}}** {{brand.email}}')).toBe(
      '[Acme \\[Jobs]](https://acme.example?utm_source=gh&utm_campaign=x) **every \\*opening\\*** team_a@acme.example',
    );
    expect(render('{{brand.pitch}}')).toBe('\\# not a heading & \\<b>not html\\</b>');
    expect(render('{{table}}')).toBe(VALUES.table);
  });

  it('repeats a list block per item and shows an inverted block only when empty', () => {
    expect(render('{{#related}}\n- [{{name}}]({{url}})\n{{/related}}')).toBe(
      '- [Backend Jobs](https://github.com/o/Backend-Jobs)\n- [Frontend Jobs](https://github.com/o/Frontend-Jobs)\n',
    );
    expect(
      render('{{#stats.skills}}{{stats.skills}}{{/stats.skills}}{{^stats.skills}}Various{{/stats.skills}}'),
    ).toBe('Various');
    expect(render('{{^related}}none{{/related}}{{#role}}[{{role}}]{{/role}}')).toBe('[Full stack developer]');
  });
});
