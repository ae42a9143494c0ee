import { defineSite } from '@joblist/core-model';

/** The site: brand, GitHub org, UTM, category order and sources. See README "Config reference". */
export default defineSite({
  brand: {
    name: 'Jobr.pro',
    url: 'https://jobr.pro',
    email: 'hello@jobr.pro',
    tagline: 'you choose the job, we handle the paperwork',
    pitch:
      'Your Human + AI job search platform that helps you find, auto-apply, and track applications effortlessly.',
    summary: 'AI-powered job search platform',
  },
  github: { org: 'jobs-jobr-pro' },
  utm: { source: 'github', medium: 'repo' },
  categories: ['full-stack', 'frontend', 'backend', 'software-engineering'],
  // Two categories per publish job: the workflow runs two shards (README "Scaling out"); a large site
  // keeps the default of 100. `joblist workflow` rewrites .github/workflows/publish.yml after a change.
  publish: { shardSize: 2 },
  sources: [
    { type: 'sample' }, // synthetic jobs for every category, generated at fetch time
    // the jobs readers submitted and a maintainer approved (data/submissions.json; see README "Reader
    // submissions"); minShare 0: closing the last one empties the source, and that is no outage
    { type: 'submissions', minShare: 0 },
  ],
});
