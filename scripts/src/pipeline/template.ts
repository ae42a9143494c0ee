import type { Category } from '@joblist/core-model';
import { DEFAULT_TEMPLATE, loadTemplate, type Template } from '@joblist/markdown-writer';
import type { Project } from '../config/load.ts';

/**
 * The README and archive template of a category: `override` (the `--template` flag, a built-in name or
 * a folder relative to the working folder) wins, else the category's `template`, else the site's, else
 * {@link DEFAULT_TEMPLATE}; configured folders are relative to the project root. Throws a
 * `TemplateError` naming the file, line and slot of a broken template.
 */
export function categoryTemplate(project: Project, category: Category, override?: string): Template {
  if (override !== undefined) return loadTemplate(override, process.cwd());
  return loadTemplate(category.template ?? project.site.template ?? DEFAULT_TEMPLATE, project.root);
}
