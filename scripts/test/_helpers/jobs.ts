/** A valid Job input that belongs to the backend category by its title. */
export const backendJob = {
  id: 'a',
  title: 'Backend Developer',
  company: { name: 'Acme' },
  url: 'https://acme.example/jobs/a',
  workplace: 'remote',
  postedAt: '2025-11-03T08:00:00Z',
};
