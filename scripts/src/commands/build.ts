import { relative } from 'node:path';
import type { SalaryBasis } from '@joblist/stats';
import { defineCommand } from 'citty';
import { categoryArgs, parseNow, resolvePath, timeArg } from '../_utils/args.ts';
import { ensureDir } from '../_utils/ensure-dir.ts';
import { pathInside } from '../_utils/inside.ts';
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
    now: timeArg("Build time, ISO 8601 (default: the snapshot's updatedAt)"),
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
    // Render everything first: a failure then writes nothing; each file is replaced atomically.
    const results = categories.map((category) =>
      renderCategory(project.site, project.categories, category, snapshot.jobs, builtAt, snapshot.rates),
    );
    // Every target is checked to stay inside --out before the first write.
    const writes = results.map(({ category, rows, salaryBasis, files }) => ({
      dir: pathInside(out, category.repo),
      rows,
      salaryBasis,
      files: Object.entries(files).map(([path, content]) => ({
        file: pathInside(out, category.repo, path),
        content,
      })),
    }));
    await ensureDir(out, '--out');
    for (const { dir, rows, salaryBasis, files } of writes) {
      for (const { file, content } of files) await writeFileAtomic(file, content);
      console.log(
        `built ${relative(out, dir)}: ${rows} jobs → ${relative(process.cwd(), dir) || '.'}${salaryNote(salaryBasis)}`,
      );
    }
  },
});
