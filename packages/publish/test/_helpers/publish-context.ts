import { join } from 'node:path';
import type { Project } from '@joblist/config';
import { tokenRedactor } from '../../src/lib/auth.ts';
import type { PublishContext } from '../../src/lib/publish-repo.ts';

/**
 * A real (not dry) publish context under `dir`: build output in `dist/`, local bare remotes in
 * `remotes/{repo}.git`, work copies in `work/`, no token, silent log; `overrides` replace any of it.
 */
export function localPublishContext(
  project: Project,
  dir: string,
  overrides: Partial<PublishContext> = {},
): PublishContext {
  return {
    org: project.site.github.org,
    settings: project.site.publish,
    remoteTemplate: join(dir, 'remotes/{repo}.git'),
    remoteBase: dir,
    buildRoot: () => join(dir, 'dist'),
    workDir: join(dir, 'work'),
    dryRun: false,
    force: false,
    token: undefined,
    redact: tokenRedactor(overrides.token),
    log: () => {},
    maxAttempts: 4,
    ...overrides,
  };
}
