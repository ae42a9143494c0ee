import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../../scripts/test/_helpers/project.ts';
import { compileConfigs, evaluateConfig } from './compile-configs.ts';
import { categoryConfigFile, SITE_CONFIG_FILE } from './load.ts';

const imported = async (file: string) => ((await import(file)) as { default: unknown }).default;
const compiledValue = (code: string | undefined, file: string) => evaluateConfig(code ?? '', file).default;

describe('compileConfigs', () => {
  it('gives every config the value importing its TypeScript gives (RegExps included)', async () => {
    const files = [
      join(REPO_ROOT, SITE_CONFIG_FILE),
      ...['backend', 'frontend'].map((id) => categoryConfigFile(REPO_ROOT, id)),
    ];
    const codes = await compileConfigs(files);
    expect(codes).toHaveLength(files.length);
    for (const [index, file] of files.entries()) {
      expect(compiledValue(codes?.[index], file)).toEqual(await imported(file));
    }
  });

  it('gives up (so the caller falls back to tsx) on a config that needs more than the config helpers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'joblist-configs-'));
    try {
      const file = join(dir, 'category.config.ts');
      await writeFile(
        file,
        "import { CategorySchema } from '@joblist/core-model';\nexport default CategorySchema;\n",
      );
      expect(await compileConfigs([file])).toBeUndefined();
      await writeFile(file, 'export default {');
      expect(await compileConfigs([file])).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reuses a compiled config from the cache until it or a file it imports changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'joblist-configs-'));
    try {
      const file = join(dir, 'category.config.ts');
      const shared = join(dir, 'shared.ts');
      const cacheDir = join(dir, 'cache/configs');
      await writeFile(shared, "export const role: string = 'Backend developer';\n");
      await writeFile(
        file,
        "import { defineCategory } from '@joblist/core-model';\nimport { role } from './shared.ts';\nexport default defineCategory({ role });\n",
      );
      const compile = async () => compiledValue((await compileConfigs([file], cacheDir))?.[0], file);
      expect(await compile()).toEqual({ role: 'Backend developer' });
      // Marks the cached code: whatever compileConfigs returns next came from the cache, not esbuild.
      const entryFile = async () => {
        const [entry, ...others] = await readdir(cacheDir);
        expect(others).toEqual([]);
        return join(cacheDir, entry ?? '');
      };
      const mark = async () => {
        const entry = await entryFile();
        const cached = JSON.parse(await readFile(entry, 'utf8'));
        expect(cached.file).toBe(file);
        cached.code = 'module.exports = { default: "from the cache" };';
        await writeFile(entry, JSON.stringify(cached));
      };
      await mark();
      expect(await compile()).toBe('from the cache');
      await writeFile(shared, "export const role: string = 'Go developer';\n");
      expect(await compile()).toEqual({ role: 'Go developer' });
      await mark();
      await writeFile(file, "import { role } from './shared.ts';\nexport default { role, limit: 5 };\n");
      expect(await compile()).toEqual({ role: 'Go developer', limit: 5 });
      await writeFile(await entryFile(), '{ not json');
      expect(await compile()).toEqual({ role: 'Go developer', limit: 5 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
