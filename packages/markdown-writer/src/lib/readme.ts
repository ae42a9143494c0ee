import { formatAverageSalary } from '@joblist/stats';
import type { PhrasingContent, Root } from 'mdast';
import { madeWithFooter } from './footer.ts';
import { formatUpdated } from './format.ts';
import type { RenderInput } from './input.ts';
import { brandLink } from './links.ts';
import {
  bulletList,
  heading,
  html,
  link,
  markdown,
  paragraph,
  strong,
  text,
  withBlankLinesBefore,
} from './nodes.ts';
import { relatedSection } from './related.ts';
import { toReferenceMarkdown } from './stringify.ts';
import { jobsTableMarkdown } from './table.ts';

const hardBreak = { type: 'break' } as const;
const note = (value: string): PhrasingContent => ({ type: 'emphasis', children: [text(value)] });

/** The stats and skills paragraphs under the table. */
function statsParagraphs(input: RenderInput) {
  const { stats } = input;
  const figures = `${stats.jobs} jobs | ${stats.remotePercent}% remote | ${stats.companies} companies | Avg salary: ${formatAverageSalary(stats.averageSalary)}`;
  const skills = stats.trendingSkills.length > 0 ? stats.trendingSkills.join(', ') : 'Various technologies';
  return [
    paragraph(
      strong(text('Current Stats:')),
      text(` ${figures}`),
      hardBreak,
      note('Note: Stats are approximate and based on available job data'),
    ),
    paragraph(
      strong(text('Trending Skills:')),
      text(` ${skills}`),
      hardBreak,
      note('Note: Skills are identified from job descriptions and may vary'),
    ),
  ];
}

/** The mdast tree of a category README in the reference format, around the rendered openings `table`. */
export function readmeTree(input: RenderInput, table: string): Root {
  const { site, category, builtAt } = input;
  const { brand } = site;
  const role = category.role;
  const year = builtAt.getUTCFullYear();
  const brandRef = () => link(brandLink(site, category), text(brand.name));
  return {
    type: 'root',
    children: [
      html('<!-- prettier-ignore-start -->'),
      withBlankLinesBefore(heading(1, `${role} Jobs ${year}`), 0),
      paragraph(
        html('<sub><small>'),
        text(`Last updated: ${formatUpdated(builtAt)}`),
        html('</small></sub>'),
      ),
      paragraph(
        text('This repository collects curated '),
        strong(text(`${role} opportunities in ${year}`)),
        text('.'),
        hardBreak,
        text('Updated daily by '),
        brandRef(),
        text('.'),
      ),
      paragraph(
        text('Visit '),
        brandRef(),
        text(' — '),
        strong(text(brand.tagline)),
        text('.'),
        hardBreak,
        text(brand.pitch),
      ),
      heading(2, 'Current Openings'),
      markdown(table),
      { type: 'thematicBreak' },
      ...statsParagraphs(input),
      heading(2, 'About This Repository'),
      paragraph(
        text(
          `This repository tracks current ${role} positions from companies across different industries, updated daily.`,
        ),
      ),
      paragraph(strong(text('What makes this useful:'))),
      bulletList([
        [text(`Fresh ${role} positions aggregated from multiple job boards`)],
        [text("Daily updates mean you see opportunities as soon as they're posted")],
        [text('Mix of remote, hybrid, and on-site positions from various company sizes')],
        [text('Direct links to apply on company career pages')],
      ]),
      heading(2, 'For Job Seekers'),
      paragraph(
        strong(text('Maximize your applications:')),
        text(' Instead of manually applying to each job, consider using '),
        brandRef(),
        text(' to automate your applications with personalized cover letters and tracking.'),
      ),
      paragraph(strong(text('Stay updated:'))),
      bulletList([
        [text('Star this repository to get updates in your GitHub feed')],
        [text('Check back daily for new positions')],
        [text('Set up GitHub notifications for this repo')],
      ]),
      heading(2, 'For Recruiters'),
      paragraph(
        text(
          `This repository gets consistent traffic from ${role} professionals actively job searching. The audience is pre-qualified and specifically interested in ${role} opportunities.`,
        ),
      ),
      paragraph(
        text('This repository is automatically maintained by '),
        brandRef(),
        text('. If you find any issues or have suggestions, please contact us at '),
        link(`mailto:${brand.email}`, text(brand.email)),
        text('.'),
      ),
      ...relatedSection(input),
      withBlankLinesBefore({ type: 'thematicBreak' }, 3),
      madeWithFooter(input),
      withBlankLinesBefore(html('<!-- prettier-ignore-end -->'), 0),
    ],
  };
}

/** Renders a category README (`README.md`) in the reference format; `table` is the rendered openings table. */
export function renderReadme(input: RenderInput, table = jobsTableMarkdown(input)): string {
  return toReferenceMarkdown(readmeTree(input, table), '_');
}
