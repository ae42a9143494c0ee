import { relative } from 'node:path';
import { type Category, hasReaderFiles, type Site } from '@joblist/core-model';
import type { GithubApi } from '@joblist/github';
import {
  checkPages,
  checkRepositories,
  checkToken,
  checkWorkflow,
  type RepositoryName,
} from './github-checks.ts';
import { checkLockfile, checkSources } from './local-checks.ts';
import { type Check, type DoctorReport, doctorReport } from './report.ts';

/** A loaded project, as doctor needs it. */
export interface DoctorProject {
  configFile: string;
  site: Site;
  categories: Category[];
}

/** What doctor checks. */
export interface DoctorInput {
  root: string;
  /** The loaded project, or why it did not load. */
  project: DoctorProject | Error;
  token: string | undefined;
  api: GithubApi;
  /** The remote template the scheduled run publishes to, and whether it is a local folder. */
  remote: string;
  remoteIsLocal: boolean;
  /** The repository whose workflow publishes (the fork), when known. */
  fork: RepositoryName | undefined;
  /** The workflow file (`publish.yml`). */
  workflowFile: string;
}

const skip = (check: string, message: string): Check => ({ check, status: 'skip', message });

/**
 * Checks a deployment before its first scheduled run: the config, the lockfile, the sources, then on
 * GitHub the token, each category repository (exists, the token may push), Pages where `index.html` is
 * published, and the fork's workflow schedule. A check that cannot run says so (`skip`).
 */
export async function runDoctor(input: DoctorInput): Promise<DoctorReport> {
  const { project, api } = input;
  const checks: Check[] = [];
  if (project instanceof Error)
    checks.push({
      check: 'config',
      status: 'fail',
      message: project.message,
      fix: 'correct the named file and field',
    });
  else
    checks.push({
      check: 'config',
      status: 'ok',
      message: `${relative(input.root, project.configFile)}: organisation ${project.site.github.org}, ${project.categories.length} categories`,
    });
  checks.push(await checkLockfile(input.root));
  if (!(project instanceof Error))
    checks.push(checkSources(project.site.sources, input.remote, input.remoteIsLocal));
  if (input.remoteIsLocal) {
    checks.push(skip('github', `the remote ${input.remote} is local: nothing to check on GitHub`));
    return doctorReport(checks);
  }
  const token = await checkToken(api, input.token);
  checks.push(token);
  if (token.status !== 'ok') {
    checks.push(
      skip('repo', 'needs a working token'),
      skip('pages', 'needs a working token'),
      skip('workflow', 'needs a working token'),
    );
    return doctorReport(checks);
  }
  if (project instanceof Error)
    checks.push(skip('repo', 'needs a valid config'), skip('pages', 'needs a valid config'));
  else {
    const org = project.site.github.org;
    const repos = await checkRepositories(api, org, project.categories);
    const withPages = project.categories.filter((category) => hasReaderFiles(project.site, category));
    checks.push(
      ...repos.checks,
      ...(await checkPages(
        api,
        org,
        withPages.map((category) => category.repo),
        repos.present,
      )),
    );
  }
  checks.push(await checkWorkflow(api, input.fork, input.workflowFile));
  return doctorReport(checks);
}
