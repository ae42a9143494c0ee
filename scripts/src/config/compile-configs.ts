import { build, type Plugin } from 'esbuild';

/** The config helpers (`defineSite`, `defineCategory`) are identity functions: inlined, a config needs no package. */
const CONFIG_HELPERS =
  'export const defineSite = (config) => config; export const defineCategory = (config) => config;';

/** Resolves `@joblist/core-model` in a config to {@link CONFIG_HELPERS}; any other import of it fails the build. */
const configHelpers: Plugin = {
  name: 'joblist-config-helpers',
  setup(build) {
    build.onResolve({ filter: /^@joblist\/core-model$/ }, () => ({
      path: 'helpers',
      namespace: 'joblist-config',
    }));
    build.onLoad({ filter: /.*/, namespace: 'joblist-config' }, () => ({
      contents: CONFIG_HELPERS,
      loader: 'js',
    }));
  },
};

/**
 * Compiles `.ts` config files in one esbuild call into self-contained ES modules (their imports bundled,
 * the config helpers inlined), imported from `data:` URLs: the compiled CLI loads a hundred configs without
 * registering a TypeScript loader. Resolves to `undefined` when a config needs more than that (another
 * import from `@joblist/core-model`, a syntax error), so the caller can fall back to tsx and its messages.
 */
export async function compileConfigs(files: readonly string[]): Promise<string[] | undefined> {
  try {
    const result = await build({
      entryPoints: files.map((file, index) => ({ in: file, out: String(index) })),
      outdir: 'joblist-configs',
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
      plugins: [configHelpers],
    });
    const byName = new Map(
      result.outputFiles.map((output) => [output.path.replace(/^.*[/\\]/u, ''), output.text]),
    );
    return files.map((_file, index) => {
      const code = byName.get(`${index}.js`);
      if (code === undefined) throw new Error('missing output');
      return `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
    });
  } catch {
    return undefined;
  }
}
