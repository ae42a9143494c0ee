import { relative } from 'node:path';
import { defineCommand } from 'citty';
import { writeFileAtomic } from '../_utils/write-atomic.ts';
import { selectFromOptions, selectionArgs } from '../pipeline/selection.ts';
import { serializeSlice, slicePath } from '../pipeline/slice.ts';
import { COMMAND_META } from './meta.ts';

/**
 * `joblist split`: selects every category's rows in one pass over the snapshot and writes each category's
 * slice (`categories/<id>/.slice.json`), the only data input of its Turbo `build` task.
 */
export default defineCommand({
  meta: COMMAND_META.split,
  args: selectionArgs,
  async run({ args }) {
    const { project, categories, builtAt, rows } = await selectFromOptions(args);
    for (const category of categories) {
      const jobs = rows.get(category.id) ?? [];
      const file = slicePath(project.root, category.id);
      const slice = {
        version: 1 as const,
        builtAt: builtAt.toISOString(),
        category: category.id,
        site: project.site,
        categories: project.categories,
        jobs,
      };
      await writeFileAtomic(file, serializeSlice(slice));
      console.log(`split ${category.id}: ${jobs.length} jobs → ${relative(process.cwd(), file)}`);
    }
  },
});
