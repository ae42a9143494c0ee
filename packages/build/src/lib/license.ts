import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Site } from '@joblist/core-model';

/**
 * The text of the site's `license` file (relative to the project root), published as `LICENSE` in every
 * category repository; undefined when the site sets none. A missing file names the config field.
 */
export async function readSiteLicense(
  root: string,
  site: Pick<Site, 'license'>,
): Promise<string | undefined> {
  if (site.license === undefined) return undefined;
  try {
    return await readFile(resolve(root, site.license), 'utf8');
  } catch (error) {
    throw new Error(
      `joblist.config.ts: license: cannot read "${site.license}" (${(error as NodeJS.ErrnoException).code})`,
    );
  }
}
