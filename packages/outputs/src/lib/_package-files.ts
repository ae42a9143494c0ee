import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where this package's own files are, found through its `package.json` (not this module's place), so
 * the same path holds from the sources and from the CLI's compiled bundle.
 */
const packageRequire = createRequire(createRequire(import.meta.url).resolve('@joblist/outputs/package.json'));

/** A file of this package, by its path inside the package (e.g. `jobs.schema.json`). */
export function packageFile(path: string): string {
  return join(dirname(packageRequire.resolve('@joblist/outputs/package.json')), path);
}

/** A file of one of this package's dependencies, e.g. `github-markdown-css/github-markdown-light.css`. */
export function dependencyFile(specifier: string): string {
  return packageRequire.resolve(specifier);
}
