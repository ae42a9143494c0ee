import type { JobInput } from '@joblist/core-model';

/** A valid job in the interchange format, id `id`, with `overrides` applied. */
export const job = (id: string, overrides: Partial<JobInput> = {}): JobInput => ({
  id,
  title: `Engineer ${id}`,
  company: { name: 'Acme' },
  url: `https://acme.example/jobs/${id}`,
  location: 'Berlin',
  workplace: 'onsite',
  postedAt: '2025-11-01T00:00:00Z',
  ...overrides,
});
