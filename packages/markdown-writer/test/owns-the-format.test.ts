import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const WRITER = join(ROOT, 'packages/markdown-writer');
/** The Markdown toolchain: only markdown-writer may parse or write README Markdown with it. */
const MARKDOWN_PACKAGES = /^(?:remark(?:-.+)?|unified|micromark(?:-.+)?|mdast(?:-.+)?|@types\/mdast)$/u;
const MARKDOWN_IMPORT = /from ['"](?:remark|unified|micromark|mdast)[^'"]*['"]/u;

/** Every `package.json` and source file of the workspace outside markdown-writer. */
function workspaceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || path === WRITER) return [];
    if (entry.isDirectory()) return workspaceFiles(path);
    return /\.(?:ts|mts|js|mjs)$|^package\.json$/u.test(entry.name) ? [path] : [];
  });
}

describe('markdown-writer owns the README format both ways', () => {
  const files = ['packages', 'scripts', 'categories'].flatMap((dir) => workspaceFiles(join(ROOT, dir)));

  it('is the only package that depends on remark, unified or mdast', () => {
    const offenders = files
      .filter((file) => file.endsWith('package.json'))
      .flatMap((file) => {
        const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>;
        const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
        return names
          .filter((name) => MARKDOWN_PACKAGES.test(name))
          .map((name) => `${relative(ROOT, file)}: ${name}`);
      });
    expect(offenders).toEqual([]);
  });

  it('is the only package whose code imports them', () => {
    const offenders = files
      .filter((file) => !file.endsWith('package.json') && MARKDOWN_IMPORT.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
