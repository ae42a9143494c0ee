import { join, relative } from 'node:path';
import { defineCommand } from 'citty';
import { categoryArgs, parseNow, resolvePath } from '../_utils/args.ts';
import { parseBoundFlag } from '../_utils/count-flag.ts';
import { writeFileAtomic } from '../_utils/write-atomic.ts';
import { loadProject, pickCategories } from '../config/load.ts';
import { readSnapshot } from '../config/snapshot.ts';
import { renderRows } from '../pipeline/render.ts';
import { selectAll } from '../pipeline/select.ts';

/** Default snapshot, relative to the project root. */
export const DEFAULT_SNAPSHOT = 'data/snapshot.json';
/** Default output folder, relative to the project root. */
export const DEFAULT_BUILD_OUT = 'out/build';

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
    limit: {
      type: 'string',
      description: "Most rows per category, 0 = no cap (default: the category's limit)",
    },
    'window-days': {
      type: 'string',
      description: "Days of jobs shown, 0 = no window (default: the category's windowDays)",
    },
  },
  async run({ args }) {
    const project = await loadProject(args.config);
    const limit = parseBoundFlag('limit', args.limit);
    const windowDays = parseBoundFlag('window-days', args['window-days']);
    const categories = pickCategories(project, args.category).map((category) => ({
      ...category,
      limit: limit ?? category.limit,
      windowDays: windowDays ?? category.windowDays,
    }));
    const snapshot = await readSnapshot(resolvePath(args.snapshot, project.root, DEFAULT_SNAPSHOT));
    const builtAt = parseNow(args.now ?? snapshot.updatedAt);
    const out = resolvePath(args.out, project.root, DEFAULT_BUILD_OUT);
    // Render everything first: a failure then writes nothing; each file is replaced atomically.
    const rows = selectAll(snapshot.jobs, categories, builtAt);
    const results = categories.map((category) =>
      renderRows(project.site, project.categories, category, rows.get(category.id) ?? [], builtAt),
    );
    for (const { category, rows, files } of results) {
      for (const [path, content] of Object.entries(files)) {
        await writeFileAtomic(join(out, category.repo, path), content);
      }
      console.log(
        `built ${category.repo}: ${rows} jobs → ${relative(process.cwd(), join(out, category.repo)) || '.'}`,
      );
    }
  },
});
