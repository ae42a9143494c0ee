import { join, relative } from 'node:path';
import type { SalaryBasis } from '@joblist/stats';
import { defineCommand } from 'citty';
import { categoryArgs, parseNow, resolvePath, timeArg } from '../_utils/args.ts';
import { ensureDir } from '../_utils/ensure-dir.ts';
import { loadProject, pickCategories } from '../config/load.ts';
import { readSnapshot } from '../config/snapshot.ts';
import { DEFAULT_LINK_STATE, goneUrls, readLinkState } from '../links/state.ts';
import { planCategoryBuild, writeBuild } from '../pipeline/manifest.ts';
import { renderCategory } from '../pipeline/render.ts';
import { categoryTemplate } from '../pipeline/template.ts';

/** Default snapshot, relative to the project root. */
export const DEFAULT_SNAPSHOT = 'data/snapshot.json';
/** Default output folder, relative to the project root. */
export const DEFAULT_BUILD_OUT = 'out/build';

/** Which currency the average salary is in, e.g. `; avg salary in EUR (no exchange rates in the snapshot, 3 salaries in other currencies left out)`. */
function salaryNote(basis: SalaryBasis | undefined): string {
  if (basis === undefined) return '';
  const omitted =
    basis.omitted === 0
      ? ''
      : `, ${basis.omitted} ${basis.omitted === 1 ? 'salary' : 'salaries'} in other currencies left out`;
  const how = basis.converted ? 'converted with the snapshot rates' : 'no exchange rates in the snapshot';
  return `; avg salary in ${basis.currency} (${how}${omitted})`;
}

/** `joblist build`: renders each category's files (README, archive, feeds, page, jobs.json) and manifest from a snapshot. */
export default defineCommand({
  meta: { name: 'build', description: 'Render category READMEs and archive files from a snapshot' },
  args: {
    ...categoryArgs,
    snapshot: { type: 'string', description: `Snapshot file (default: ${DEFAULT_SNAPSHOT})` },
    now: timeArg("Build time, ISO 8601 (default: the snapshot's updatedAt)"),
    links: {
      type: 'string',
      description: `Link-check results; jobs whose page is gone are left out (default: ${DEFAULT_LINK_STATE})`,
    },
    template: {
      type: 'string',
      description:
        "README and archive template: jobr-2025, jobr-2026 or a folder (default: the config's, else jobr-2025)",
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
    const builtAt = args.now === undefined ? new Date(snapshot.updatedAt) : parseNow(args.now);
    const out = resolvePath(args.out, project.root, DEFAULT_BUILD_OUT);
    const gone = goneUrls(await readLinkState(resolvePath(args.links, project.root, DEFAULT_LINK_STATE)));
    const jobs = snapshot.jobs.filter((job) => !gone.has(job.url));
    const dropped = snapshot.jobs.length - jobs.length;
    if (dropped > 0) console.log(`left out ${dropped} job(s) whose page is gone (joblist check-links)`);
    // Render everything first: a failure then writes nothing; each file is replaced atomically.
    const results = categories.map((category) =>
      renderCategory(project.site, project.categories, category, jobs, builtAt, {
        rates: snapshot.rates,
        template: categoryTemplate(project, category, args.template),
      }),
    );
    // Every target is checked to stay inside --out before the first write.
    const plans = results.map((result) => ({ result, writes: planCategoryBuild(out, result, builtAt) }));
    await ensureDir(out, '--out');
    for (const { result, writes } of plans) {
      await writeBuild(writes);
      const dir = join(out, result.category.repo);
      console.log(
        `built ${result.category.repo}: ${result.rows} jobs → ${relative(process.cwd(), dir) || '.'}${salaryNote(result.salaryBasis)}`,
      );
    }
  },
});
