import { CategorySchema, SiteSchema } from '@joblist/core-model';
import * as v from 'valibot';

/** A small site for writer tests: brand, GitHub org and UTM source/medium. */
export const testSite = v.parse(SiteSchema, {
  brand: {
    name: 'Acme Jobs',
    url: 'https://jobs.acme.example',
    email: 'team@acme.example',
    tagline: 'every opening',
    pitch: 'A pitch.',
    summary: 'a job list',
  },
  github: { org: 'acme-jobs' },
  utm: { source: 'gh', medium: 'readme' },
  categories: ['backend'],
});

/** The one category of {@link testSite}. */
export const testCategory = v.parse(CategorySchema, {
  id: 'backend',
  role: 'Backend developer',
  repo: 'Backend-Jobs',
  utmCampaign: 'gh-backend',
});
