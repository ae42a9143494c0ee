import type { Project } from '@joblist/config';
import type { Category } from '@joblist/core-model';
import {
  DEFAULT_TEMPLATE,
  loadTemplate,
  readTemplateSources,
  type Template,
  type TemplateSources,
} from '@joblist/markdown-writer';

/**
 * Which template a category uses and where it is looked up: `override` (the `--template` flag, a
 * built-in name or a folder relative to the working folder) wins, else the category's `template`, else
 * the site's, else `jobr-2025`; configured folders are relative to the project root.
 */
function templateRef(project: Project, category: Category, override?: string): [string, string] {
  if (override !== undefined) return [override, process.cwd()];
  return [category.template ?? project.site.template ?? DEFAULT_TEMPLATE, project.root];
}

/** The README and archive template of a category (see {@link templateRef}); a broken one throws a `TemplateError`. */
export function categoryTemplate(project: Project, category: Category, override?: string): Template {
  return loadTemplate(...templateRef(project, category, override));
}

/** The same template's files as text, for a slice (so a Turbo build hashes the template too). */
export function categoryTemplateSources(
  project: Project,
  category: Category,
  override?: string,
): TemplateSources {
  const { dir: _dir, ...sources } = readTemplateSources(...templateRef(project, category, override));
  return sources;
}
