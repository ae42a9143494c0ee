import { execFile } from 'node:child_process';
import { cp, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './project.ts';

const exec = promisify(execFile);

/** The result of one CLI run. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A throw-away copy of the site config and categories, inside the repo so `@joblist/*` imports resolve. */
export interface TempProject {
  dir: string;
  /** Runs `joblist <args>` with the project folder as the working directory. */
  run(args: string[], env?: NodeJS.ProcessEnv): Promise<CliResult>;
  remove(): Promise<void>;
}

/** Creates a {@link TempProject} under `out/test-projects/`. */
export async function createTempProject(name: string): Promise<TempProject> {
  const dir = join(REPO_ROOT, 'out/test-projects', `${name}-${process.pid}-${Date.now()}`);
  await mkdir(dir, { recursive: true });
  await cp(join(REPO_ROOT, 'joblist.config.ts'), join(dir, 'joblist.config.ts'));
  await cp(join(REPO_ROOT, 'categories'), join(dir, 'categories'), {
    recursive: true,
    filter: (source) => !/[/\\](?:dist|node_modules|\.turbo)$/u.test(source),
  });
  return {
    dir,
    async run(args, env = {}) {
      try {
        const { stdout, stderr } = await exec(
          process.execPath,
          [join(REPO_ROOT, 'scripts/bin/joblist.cjs'), ...args],
          {
            cwd: dir,
            env: { ...process.env, ...env },
          },
        );
        return { code: 0, stdout, stderr };
      } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
      }
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
