import { join, relative } from 'node:path';
import { defineCommand } from 'citty';
import { categoryArgs, parseNow, resolvePath } from '../_utils/args.ts';
import { loadProject, pickCategories } from '../config/load.ts';
import { readSnapshot } from '../config/snapshot.ts';
import { DEFAULT_LINK_STATE, goneUrls, readLinkState } from '../links/state.ts';
import { writeCategoryBuild } from '../pipeline/manifest.ts';
import { renderCategory } from '../pipeline/render.ts';

/** Default snapshot, relative to the project root. */
export const DEFAULT_SNAPSHOT = 'data/snapshot.json';
/** Default output folder, relative to the project root. */
export const DEFAULT_BUILD_OUT = 'out/build';

/** `joblist build`: renders each category's files (README, archive, feeds, page, jobs.json) and manifest from a snapshot. */
export default defineCommand({
  meta: { name: 'build', description: 'Render category READMEs and archive files from a snapshot' },
  args: {
    ...categoryArgs,
    snapshot: { type: 'string', description: `Snapshot file (default: ${DEFAULT_SNAPSHOT})` },
    now: { type: 'string', description: "Build time, ISO 8601 (default: the snapshot's updatedAt)" },
    links: {
      type: 'string',
      description: `Link-check results; jobs whose page is gone are left out (default: ${DEFAULT_LINK_STATE})`,
    },
    out: {
      type: 'string',
      description: `Output folder; writes <out>/<repo>/... (default: ${DEFAULT_BUILD_OUT})`,
    },
  },
  async run({ args }) {
    const project = await loadProject(args.config);
    const categories = pickCategories(project, args.category);
    const snapshot = await readSnapshot(resolvePath(args.snapshot, project.root, DEFAULT_SNAPSHOT));
    const builtAt = parseNow(args.now ?? snapshot.updatedAt);
    const out = resolvePath(args.out, project.root, DEFAULT_BUILD_OUT);
    const gone = goneUrls(await readLinkState(resolvePath(args.links, project.root, DEFAULT_LINK_STATE)));
    const jobs = snapshot.jobs.filter((job) => !gone.has(job.url));
    const dropped = snapshot.jobs.length - jobs.length;
    if (dropped > 0) console.log(`left out ${dropped} job(s) whose page is gone (joblist check-links)`);
    // Render everything first: a failure then writes nothing; each file is replaced atomically.
    const results = categories.map((category) =>
      renderCategory(project.site, project.categories, category, jobs, builtAt),
    );
    for (const result of results) {
      const { category, rows } = result;
      await writeCategoryBuild(out, result, builtAt);
      console.log(
        `built ${category.repo}: ${rows} jobs → ${relative(process.cwd(), join(out, category.repo)) || '.'}`,
      );
    }
  },
});
