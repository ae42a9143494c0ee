import { join, relative } from 'node:path';
import type { SalaryBasis } from '@joblist/stats';
import { defineCommand } from 'citty';
import { categoryArgs, parseNow, resolvePath } from '../_utils/args.ts';
import { writeFileAtomic } from '../_utils/write-atomic.ts';
import { loadProject, pickCategories } from '../config/load.ts';
import { readSnapshot } from '../config/snapshot.ts';
import { renderCategory } from '../pipeline/render.ts';

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

/** `joblist build`: renders each category's README.md and archive file from a snapshot. */
export default defineCommand({
  meta: { name: 'build', description: 'Render category READMEs and archive files from a snapshot' },
  args: {
    ...categoryArgs,
    snapshot: { type: 'string', description: `Snapshot file (default: ${DEFAULT_SNAPSHOT})` },
    now: { type: 'string', description: "Build time, ISO 8601 (default: the snapshot's updatedAt)" },
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
    // Render everything first: a failure then writes nothing; each file is replaced atomically.
    const results = categories.map((category) =>
      renderCategory(project.site, project.categories, category, snapshot.jobs, builtAt, snapshot.rates),
    );
    for (const { category, rows, salaryBasis, files } of results) {
      for (const [path, content] of Object.entries(files)) {
        await writeFileAtomic(join(out, category.repo, path), content);
      }
      console.log(
        `built ${category.repo}: ${rows} jobs → ${relative(process.cwd(), join(out, category.repo)) || '.'}${salaryNote(salaryBasis)}`,
      );
    }
  },
});
