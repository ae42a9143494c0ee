import type { Category } from '@joblist/core-model';

const quote = (value: string) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** The `category.config.ts` of a new category. */
export function categoryConfigSource(category: Category): string {
  const include = category.match.include.map((pattern) =>
    pattern instanceof RegExp ? String(pattern) : quote(pattern),
  );
  return `import { defineCategory } from '@joblist/core-model';

export default defineCategory({
  id: ${quote(category.id)},
  role: ${quote(category.role)},
  repo: ${quote(category.repo)},
  utmCampaign: ${quote(category.utmCampaign)},
  match: { include: [${include.join(', ')}] },
});
`;
}

/** The `package.json` of a new category: its Turbo `build` and `publish` tasks. */
export function categoryPackageJson(id: string): string {
  const manifest = {
    name: `@joblist/category-${id}`,
    version: '0.1.0',
    private: true,
    type: 'module',
    scripts: {
      build: 'joblist build --slice .slice.json --out dist',
      publish: `joblist publish --category ${id} --from dist`,
    },
    dependencies: { '@joblist/core-model': 'workspace:*', '@joblist/scripts': 'workspace:*' },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

const CATEGORIES_ARRAY = /(\bcategories:\s*\[)([^\]]*)(\])/u;

/**
 * Adds `id` to the `categories: [...]` list of a site config's source text, after `after` or last,
 * keeping the rest of the file as written.
 */
export function insertCategoryId(
  source: string,
  id: string,
  after: string | undefined,
  file: string,
): string {
  const match = CATEGORIES_ARRAY.exec(source);
  if (!match) throw new Error(`${file}: no "categories: [...]" list to add "${id}" to`);
  const ids = [...(match[2] ?? '').matchAll(/['"]([^'"]+)['"]/gu)].map((m) => m[1] as string);
  if (ids.includes(id)) throw new Error(`${file}: categories already lists "${id}"`);
  const position = after === undefined ? ids.length : ids.indexOf(after) + 1;
  if (after !== undefined && position === 0)
    throw new Error(`--after: "${after}" is not in ${file} categories`);
  ids.splice(position, 0, id);
  return source.replace(CATEGORIES_ARRAY, `$1${ids.map(quote).join(', ')}$3`);
}
