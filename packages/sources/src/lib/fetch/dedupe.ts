import { toSingleLine } from '@joblist/core-model';
import { normaliseJobUrl } from '../normalise/job-url.ts';

/** The fields deduplication looks at. */
export interface DedupeFields {
  id: string;
  url: string;
  title: string;
  location: string;
  company: { name: string };
}

const fold = (value: string) => toSingleLine(value).toLowerCase();

/**
 * Keeps the first of each group of duplicates, in input order: the same id, the same normalised URL
 * (see {@link normaliseJobUrl}), or the same company + title + location compared case-insensitively
 * (only when the company is known, since an empty company name says nothing about the employer).
 */
export function dedupeJobs<T extends DedupeFields>(jobs: readonly T[]): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const job of jobs) {
    const company = fold(job.company.name);
    const keys = [`id ${job.id}`, `url ${normaliseJobUrl(job.url)}`];
    if (company) keys.push(`posting ${company}\n${fold(job.title)}\n${fold(job.location)}`);
    if (keys.some((key) => seen.has(key))) continue;
    for (const key of keys) seen.add(key);
    kept.push(job);
  }
  return kept;
}
