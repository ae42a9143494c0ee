import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/_helpers/project.ts';
import { compileConfigs } from './compile-configs.ts';
import { categoryConfigFile, SITE_CONFIG_FILE } from './load.ts';

const defaultOf = async (url: string) => ((await import(url)) as { default: unknown }).default;

describe('compileConfigs', () => {
  it('gives every config the value importing its TypeScript gives (RegExps included)', async () => {
    const files = [
      join(REPO_ROOT, SITE_CONFIG_FILE),
      ...['backend', 'frontend'].map((id) => categoryConfigFile(REPO_ROOT, id)),
    ];
    const urls = await compileConfigs(files);
    expect(urls).toHaveLength(files.length);
    for (const [index, file] of files.entries()) {
      expect(await defaultOf(urls?.[index] ?? '')).toEqual(await defaultOf(file));
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
});
