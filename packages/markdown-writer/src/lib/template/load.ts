import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { closedObject } from '@joblist/core-model';
import * as v from 'valibot';
import { checkTemplate } from './check.ts';
import { parseTemplate, TemplateError, type TemplateNode } from './parse.ts';

/** The templates shipped with joblist, in `packages/markdown-writer/templates/<name>/`. */
export const BUILTIN_TEMPLATES = ['jobr-2025', 'jobr-2026'] as const;

/** The template used when neither the config nor `--template` names one. */
export const DEFAULT_TEMPLATE = 'jobr-2025';

/** `template.json` beside the Markdown files: settings of the parts that stay code. */
export const TemplateOptionsSchema = closedObject({
  /** What the Location cell shows when a job has none (the 2026 format writes `N/A`). */
  emptyLocation: v.optional(v.string(), ''),
  /**
   * How a company without a URL is shown: `bold` text (the default), or `empty-link`, `**[Name]()**`, a
   * link that goes nowhere, as the reference system's 2026 format wrote it (for byte fidelity only).
   */
  companyWithoutUrl: v.optional(v.picklist(['bold', 'empty-link']), 'bold'),
});

/** Validated template settings. */
export type TemplateOptions = v.InferOutput<typeof TemplateOptionsSchema>;

/** A checked template: its README and archive documents and its settings. */
export interface Template {
  /** The built-in name, or the folder as given. */
  name: string;
  readme: TemplateNode[];
  archive: TemplateNode[];
  options: TemplateOptions;
}

/**
 * The built-in templates' folder, found through the package (not this file's place), so it is the same
 * from the sources and from the CLI's compiled bundle.
 */
const BUILTIN_ROOT = join(
  dirname(createRequire(import.meta.url).resolve('@joblist/markdown-writer/package.json')),
  'templates',
);
const loaded = new Map<string, Template>();

/** A template's files as text, as a folder holds them (or a slice carries them). */
export const TemplateSourcesSchema = v.object({
  /** The built-in name or the folder as given; errors name the files under it. */
  name: v.string(),
  readme: v.string(),
  archive: v.string(),
  /** `template.json`, when the folder has one. */
  options: v.optional(v.string()),
});

/** A template's files as text. */
export type TemplateSources = v.InferOutput<typeof TemplateSourcesSchema>;

function readText(path: string, optional: boolean): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    if (optional) return undefined;
    throw new TemplateError(`${path}: missing (a template folder holds README.md and archive.md)`);
  }
}

function compileDocument(source: string, file: string): TemplateNode[] {
  const nodes = parseTemplate(source, file);
  checkTemplate(nodes, file);
  return nodes;
}

function compileOptions(text: string | undefined, file: string): TemplateOptions {
  if (text === undefined) return v.parse(TemplateOptionsSchema, {});
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new TemplateError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const result = v.safeParse(TemplateOptionsSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const key = issue.path?.map((item) => String(item.key)).join('.') ?? '(root)';
    throw new TemplateError(`${file}: ${key}: ${issue.message}`);
  }
  return result.output;
}

/** Parses and checks a template's files; `where` is the folder errors name (`<where>/README.md:3: …`). */
export function compileTemplate(sources: TemplateSources, where = sources.name): Template {
  return {
    name: sources.name,
    readme: compileDocument(sources.readme, join(where, 'README.md')),
    archive: compileDocument(sources.archive, join(where, 'archive.md')),
    options: compileOptions(sources.options, join(where, 'template.json')),
  };
}

/** Reads a template's files (a built-in name, or a folder relative to `cwd`) as text. */
export function readTemplateSources(nameOrPath: string, cwd: string): TemplateSources & { dir: string } {
  const dir = templateFolder(nameOrPath, cwd);
  const readme = readText(join(dir, 'README.md'), false) as string;
  const archive = readText(join(dir, 'archive.md'), false) as string;
  const options = readText(join(dir, 'template.json'), true);
  return { name: nameOrPath, dir, readme, archive, ...(options !== undefined && { options }) };
}

/** The folder of a template: a built-in name, or a path (resolved against `cwd`) to a folder the maintainer owns. */
export function templateFolder(nameOrPath: string, cwd: string): string {
  if ((BUILTIN_TEMPLATES as readonly string[]).includes(nameOrPath)) return join(BUILTIN_ROOT, nameOrPath);
  const dir = resolve(cwd, nameOrPath);
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {}
  if (!isFolder)
    throw new TemplateError(
      `template "${nameOrPath}": not a built-in template (${BUILTIN_TEMPLATES.join(', ')}) and no folder at ${dir}`,
    );
  return dir;
}

/**
 * Loads and checks a template (`README.md`, `archive.md`, optional `template.json`) once per folder and
 * process; throws a {@link TemplateError} naming the file, line and slot of the first problem.
 */
export function loadTemplate(nameOrPath: string, cwd: string): Template {
  const dir = templateFolder(nameOrPath, cwd);
  const cached = loaded.get(dir);
  if (cached) return cached;
  const { dir: _dir, ...sources } = readTemplateSources(nameOrPath, cwd);
  const template = compileTemplate(sources, dir);
  loaded.set(dir, template);
  return template;
}

/** The built-in {@link DEFAULT_TEMPLATE}: the template of a render that names none. */
export function defaultTemplate(): Template {
  return loadTemplate(DEFAULT_TEMPLATE, BUILTIN_ROOT);
}
