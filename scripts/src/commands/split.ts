import { relative } from 'node:path';
import { categoryTemplateSources, readSiteLicense, serializeSlice, slicePath } from '@joblist/build';
import { plural } from '@joblist/core-model';
import { writeFileAtomic } from '@joblist/io';
import { defineCommand } from 'citty';
import { shardArgs } from '../_utils/args.ts';
import { selectFromOptions, selectionArgs } from '../selection.ts';
import { COMMAND_META } from './meta.ts';

/**
 * `joblist split`: selects every category's rows in one pass over the snapshot and writes each category's
 * slice (`categories/<id>/.slice.json`), the only data input of its Turbo `build` task; with `--shard i/N`
 * only the slices of that shard's categories.
 */
export default defineCommand({
  meta: COMMAND_META.split,
  args: { ...selectionArgs, ...shardArgs },
  async run({ args }) {
    const { project, categories, builtAt, rows, rates, histories } = await selectFromOptions(args);
    const license = await readSiteLicense(project.root, project.site);
    // Every slice (templates read and checked) before the first write.
    const slices = categories.map((category) => ({
      file: slicePath(project.root, category.id),
      jobs: rows.get(category.id) ?? [],
      template: categoryTemplateSources(project, category, args.template),
      category,
    }));
    for (const { file, jobs, template, category } of slices) {
      const slice = {
        version: 1 as const,
        builtAt: builtAt.toISOString(),
        category: category.id,
        site: project.site,
        categories: project.categories,
        jobs,
        ...(rates && { rates }),
        template,
        history: histories.get(category.id),
        ...(license !== undefined && { license }),
      };
      await writeFileAtomic(file, serializeSlice(slice));
      console.log(`split ${category.id}: ${plural(jobs.length, 'job')} → ${relative(process.cwd(), file)}`);
    }
  },
});
