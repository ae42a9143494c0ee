import { join, resolve } from 'node:path';
import { type CategoryFiles, renderCategory } from '@joblist/build';
import { loadProject, type Project } from '@joblist/config';
import { type Job, JobSchema } from '@joblist/core-model';
import { markdownParser } from '@joblist/markdown-writer';
import { generateSampleJobs, SAMPLE_AS_OF } from '@joblist/sources';
import type { Link, Strong, Table } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import * as v from 'valibot';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The build time of the embedded sample. */
export const SAMPLE_TIME = new Date(SAMPLE_AS_OF);

/** Strings that mean something in HTML, XML, JSON or Markdown; they must come through every output as text. */
export const HOSTILE = [
  '<script>alert("x")</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  ']]></title><x>&amp;&lt;',
  '</textarea></style> | [a](javascript:alert(1)) **b** `c`',
] as const;

/** One README row as GitHub reads it: position text and job link. */
export interface ReadmeRow {
  title: string;
  link: string;
}

/** The rows of a README's openings table, parsed as GitHub would. */
export function readmeRows(markdown: string): ReadmeRow[] {
  const table = markdownParser.parse(markdown).children.find((node): node is Table => node.type === 'table');
  return (table?.children.slice(1) ?? []).map((row) => {
    const strong = row.children[1]?.children[0] as Strong | undefined;
    const link = strong?.children[0] as Link | undefined;
    if (!link) throw new Error(`no **[title](link)** in row "${nodeText(row)}"`);
    return { title: nodeText(link), link: link.url };
  });
}

/** The embedded sample plus one hostile job per category (hostile title, company, location). */
export function sampleWithHostileJobs(project: Project): Job[] {
  const sample = generateSampleJobs(project.categories);
  const hostile = HOSTILE.map((value, index) => ({
    id: `hostile:${index}:${value}`,
    title: `${value} engineer`,
    company: { name: value, url: `https://hostile.example/${index}?q="<x>"&a=1` },
    url: `https://hostile.example/jobs/${index}?q=<script>&x="y"`,
    location: value,
    workplace: (['remote', 'hybrid', 'onsite'] as const)[index % 3],
    postedAt: SAMPLE_AS_OF,
    categories: project.categories.map((category) => category.id),
  }));
  return v.parse(v.array(JobSchema), [...hostile, ...sample]);
}

/** The site's project and every category built from the sample with the hostile jobs. */
export async function buildReaderFixtures(): Promise<{ project: Project; builds: CategoryFiles[] }> {
  const project = await loadProject(join(ROOT, 'joblist.config.ts'));
  const jobs = sampleWithHostileJobs(project);
  const builds = project.categories.map((category) =>
    renderCategory(project.site, project.categories, category, jobs, SAMPLE_TIME),
  );
  return { project, builds };
}
