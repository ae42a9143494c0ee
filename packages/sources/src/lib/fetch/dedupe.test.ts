import { describe, expect, it } from 'vitest';
import { dedupeJobs } from './dedupe.ts';

describe('dedupeJobs', () => {
  const job = (id: string, url: string, company = 'Acme', title = 'Engineer', location = 'Berlin') => ({
    id,
    url,
    title,
    location,
    company: { name: company },
  });

  it('keeps the first of jobs sharing an id, a normalised URL, or company + title + location', () => {
    const jobs = [
      job('a', 'https://x.io/1'),
      job('a', 'https://x.io/other'),
      job('b', 'https://X.io/1?utm_campaign=z', 'Other', 'Other'),
      job('c', 'https://x.io/3', ' ACME ', 'engineer', 'berlin'),
      job('d', 'https://x.io/4', 'Acme', 'Engineer', 'Paris'),
    ];
    expect(dedupeJobs(jobs).map((j) => j.id)).toEqual(['a', 'd']);
  });

  it('does not merge postings of unknown companies by title and location', () => {
    const jobs = [job('a', 'https://x.io/1', ''), job('b', 'https://x.io/2', '')];
    expect(dedupeJobs(jobs)).toHaveLength(2);
  });
});
