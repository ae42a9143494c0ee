import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { loadProject, pickCategories } from '@joblist/config';
import { parseOrThrow, SnapshotSchema, serializeSnapshot } from '@joblist/core-model';
import { ensureDir, writeFileAtomic } from '@joblist/io';
import { importReadme, loadTemplate } from '@joblist/markdown-writer';
import { canonicalSkills } from '@joblist/sources';
import { defineCommand } from 'citty';
import { COMMAND_META } from './meta.ts';

/** `joblist import`: reads an existing job-list README back into a snapshot, for migration. */
export default defineCommand({
  meta: COMMAND_META.import,
  args: {
    readme: { type: 'positional', description: 'README.md or archive file to read', required: true },
    category: { type: 'string', description: 'Category the README belongs to', required: true },
    out: { type: 'string', description: 'Snapshot to write (default: data/imported-<category>.json)' },
    config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
    template: {
      type: 'string',
      description:
        'Format of the file: jobr-2025, jobr-2026 or a template folder (default: detected from its title)',
    },
  },
  async run({ args }) {
    const project = await loadProject(args.config);
    const [category] = pickCategories(project, args.category);
    if (!category) throw new Error('--category is required');
    const file = resolve(args.readme);
    const shown = relative(process.cwd(), file) || file;
    const template = args.template === undefined ? undefined : loadTemplate(args.template, process.cwd());
    const imported = importReadme(await readFile(file, 'utf8'), project.site, category, shown, template);
    const snapshot = parseOrThrow(
      SnapshotSchema,
      {
        version: 1,
        updatedAt: imported.publishedAt.toISOString(),
        // Skills are found once, where jobs enter a snapshot (as `fetch` does): here, in the titles.
        jobs: imported.jobs.map((job) => ({ ...job, skills: canonicalSkills(job) })),
        sources: [],
      },
      shown,
    );
    const out = resolve(args.out ?? resolve(project.root, `data/imported-${category.id}.json`));
    await ensureDir(dirname(out), '--out');
    await writeFileAtomic(out, serializeSnapshot(snapshot));
    console.log(
      `imported ${snapshot.jobs.length} jobs from ${shown} → ${relative(process.cwd(), out) || out}`,
    );
  },
});
