import { loadProject, pickCategories } from '@joblist/config';
import { resolvePath } from '@joblist/io';
import { importReadmeFile } from '@joblist/markdown-writer';
import { writeImportedSnapshot } from '@joblist/sources';
import { defineCommand } from 'citty';
import { commandMeta } from './meta.ts';

/** `joblist import`: reads an existing job-list README back into a snapshot, for migration. */
export default defineCommand({
  meta: commandMeta('import'),
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
    const imported = await importReadmeFile(args.readme, project.site, category, args.template);
    await writeImportedSnapshot(
      imported,
      resolvePath(args.out, project.root, `data/imported-${category.id}.json`),
    );
  },
});
