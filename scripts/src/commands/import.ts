import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseOrThrow, SnapshotSchema } from '@joblist/core-model';
import { defineCommand } from 'citty';
import { writeFileAtomic } from '../_utils/write-atomic.ts';
import { loadProject, pickCategories } from '../config/load.ts';
import { serializeSnapshot } from '../config/snapshot.ts';
import { importReadme } from '../readme/import.ts';
import { COMMAND_META } from './meta.ts';

/** `joblist import`: reads an existing job-list README back into a snapshot, for migration. */
export default defineCommand({
  meta: COMMAND_META.import,
  args: {
    readme: { type: 'positional', description: 'README.md or archive file to read', required: true },
    category: { type: 'string', description: 'Category the README belongs to', required: true },
    out: { type: 'string', description: 'Snapshot to write (default: data/imported-<category>.json)' },
    config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
  },
  async run({ args }) {
    const project = await loadProject(args.config);
    const [category] = pickCategories(project, args.category);
    if (!category) throw new Error('--category is required');
    const file = resolve(args.readme);
    const shown = relative(process.cwd(), file) || file;
    const imported = importReadme(await readFile(file, 'utf8'), project.site, category, shown);
    const snapshot = parseOrThrow(
      SnapshotSchema,
      { version: 1, updatedAt: imported.publishedAt.toISOString(), jobs: imported.jobs, sources: [] },
      shown,
    );
    const out = resolve(args.out ?? resolve(project.root, `data/imported-${category.id}.json`));
    await writeFileAtomic(out, serializeSnapshot(snapshot));
    console.log(
      `imported ${snapshot.jobs.length} jobs from ${shown} → ${relative(process.cwd(), out) || out}`,
    );
  },
});
