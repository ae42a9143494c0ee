import { type Site, SUBMISSIONS_FILE } from '@joblist/core-model';

/**
 * A deployment's own `joblist.config.ts`: the project's site with a real source, the readers' submissions
 * (no network needed), in place of the synthetic sample, which publish refuses for a real remote.
 */
export function deploymentConfig(site: Site): string {
  const config = { ...site, sources: [{ type: 'submissions', minShare: 0 }] };
  return `import { defineSite } from '@joblist/core-model';\n\nexport default defineSite(${JSON.stringify(config, null, 2)});\n`;
}

/**
 * A deployment's commit on top of the project (path → content, for `createFork`'s `files`): its config
 * ({@link deploymentConfig}) and its submissions file with two approved jobs per category, posted an hour
 * before now (a workflow run builds at the real time).
 */
export function deploymentFiles(site: Site): Record<string, string> {
  const postedAt = new Date(Date.now() - 3_600_000).toISOString();
  const jobs = site.categories.flatMap((category, index) =>
    [1, 2].map((n) => {
      const issue = 2 * index + n;
      return {
        id: String(issue),
        title: `${category} engineer ${n}`,
        company: { name: `Company ${issue}` },
        url: `https://jobs.example.com/${category}/${n}`,
        location: 'Remote',
        workplace: 'remote',
        postedAt,
        categories: [category],
        submittedBy: 'ada',
        issue,
      };
    }),
  );
  return {
    'joblist.config.ts': deploymentConfig(site),
    [SUBMISSIONS_FILE]: `${JSON.stringify({ version: 1, jobs, applied: [] }, null, 2)}\n`,
  };
}
