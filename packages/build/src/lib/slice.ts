import { join, relative } from 'node:path';
import {
  type Category,
  CategorySchema,
  ExchangeRatesSchema,
  IsoDateTimeSchema,
  parseOrThrow,
  plural,
  SiteSchema,
  SnapshotJobSchema,
} from '@joblist/core-model';
import { readJsonFile, writeFileAtomic } from '@joblist/io';
import { TemplateSourcesSchema } from '@joblist/markdown-writer';
import * as v from 'valibot';
import { CategoryHistorySchema } from './history.ts';
import { readSiteLicense } from './license.ts';
import type { Selection } from './selection.ts';
import { categoryTemplateSources } from './template.ts';

/** A category's slice file, relative to its package folder (`categories/<id>/`). */
export const SLICE_FILE = '.slice.json';

/**
 * Everything one category's build needs, written by `joblist split`: its selected rows, the build time, the
 * site and every category (for "Related"; match rules left out, the rows already reflect them), the
 * exchange rates, the category's job history (closed jobs, trend) and the template's files. A Turbo
 * `build` task hashes this one small file instead of the whole snapshot.
 */
export const SliceSchema = v.object({
  version: v.literal(1),
  builtAt: IsoDateTimeSchema,
  /** The id of the category the rows belong to. */
  category: v.string(),
  site: SiteSchema,
  categories: v.array(CategorySchema),
  jobs: v.array(SnapshotJobSchema),
  /** The snapshot's exchange rates (for Avg salary in one currency), if any. */
  rates: v.optional(ExchangeRatesSchema),
  /** The category's template as text, so the task's hash changes with it. */
  template: TemplateSourcesSchema,
  /** The category's recently closed jobs and postings per day. */
  history: v.optional(CategoryHistorySchema),
  /** The site's license file as text (its `license`), if it sets one. */
  license: v.optional(v.string()),
});

/** A validated slice. */
export type Slice = v.InferOutput<typeof SliceSchema>;

/** Where `joblist split` writes a category's slice under the project root. */
export function slicePath(root: string, id: string): string {
  return join(root, 'categories', id, SLICE_FILE);
}

/** The slice as written: two-space JSON, categories without their match rules (RegExps are not JSON). */
export function serializeSlice(slice: Slice): string {
  const categories = slice.categories.map(({ match: _match, ...category }) => category);
  return `${JSON.stringify({ ...slice, categories }, null, 2)}\n`;
}

/** Reads and validates a slice; errors name the file and the field, and say how to write one. */
export async function readSlice(file: string): Promise<Slice & { target: Category }> {
  const { shown, data } = await readJsonFile(file, 'not found; `joblist split` writes it');
  const slice = parseOrThrow(SliceSchema, data, shown);
  const target = slice.categories.find((category) => category.id === slice.category);
  if (!target) throw new Error(`${shown}: category: "${slice.category}" is not in categories`);
  return { ...slice, target };
}

/**
 * Writes each category's slice of a selection (`categories/<id>/.slice.json`, its templates read and
 * checked before the first write), with a line per slice; `template` is the `--template` flag, if given.
 */
export async function writeSlices(selection: Selection, template: string | undefined): Promise<void> {
  const { project, categories, builtAt, rows, rates, histories } = selection;
  const license = await readSiteLicense(project.root, project.site);
  // Every slice (templates read and checked) before the first write.
  const slices = categories.map((category) => ({
    file: slicePath(project.root, category.id),
    jobs: rows.get(category.id) ?? [],
    template: categoryTemplateSources(project, category, template),
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
}
