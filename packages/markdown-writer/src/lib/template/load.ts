import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closedObject } from '@joblist/core-model';
import * as v from 'valibot';
import type { RenderInput } from '../input.ts';
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

const BUILTIN_ROOT = fileURLToPath(new URL('../../../templates/', import.meta.url));
const loaded = new Map<string, Template>();

function readDocument(dir: string, file: string): TemplateNode[] {
  const path = join(dir, file);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    throw new TemplateError(`${path}: missing (a template folder holds README.md and archive.md)`);
  }
  const nodes = parseTemplate(source, path);
  checkTemplate(nodes, path);
  return nodes;
}

function readOptions(dir: string): TemplateOptions {
  const path = join(dir, 'template.json');
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return v.parse(TemplateOptionsSchema, {});
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new TemplateError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const result = v.safeParse(TemplateOptionsSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const key = issue.path?.map((item) => String(item.key)).join('.') ?? '(root)';
    throw new TemplateError(`${path}: ${key}: ${issue.message}`);
  }
  return result.output;
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
  const template = {
    name: nameOrPath,
    readme: readDocument(dir, 'README.md'),
    archive: readDocument(dir, 'archive.md'),
    options: readOptions(dir),
  };
  loaded.set(dir, template);
  return template;
}

/** The template a render uses: the input's own, else the built-in {@link DEFAULT_TEMPLATE}. */
export function templateOf(input: Pick<RenderInput, 'template'>): Template {
  return input.template ?? loadTemplate(DEFAULT_TEMPLATE, BUILTIN_ROOT);
}
