import { basename } from 'node:path';
import { loadProject } from '@joblist/config';
import type { Redact } from '@joblist/core-model';
import {
  allowsHttpLoopback,
  GITHUB_REMOTE_TEMPLATE,
  githubApiFor,
  readToken,
  resolveRemote,
  tokenRedactor,
} from '@joblist/publish';
import { runDoctor } from './doctor.ts';
import { checkoutFork } from './fork.ts';
import type { RepositoryName } from './github-checks.ts';
import { PUBLISH_WORKFLOW_FILE } from './publish-workflow.ts';
import type { DoctorReport } from './report.ts';

/** What `joblist doctor` checks: the command's options, parsed. */
export interface DeploymentOptions {
  /** The site config file (default: the nearest `joblist.config.ts`). */
  config?: string;
  /** The remote template the scheduled run publishes to (default: publish's `GITHUB_REMOTE_TEMPLATE`). */
  remote?: string;
  /** The fork whose workflow publishes (default: the checkout's, see {@link checkoutFork}). */
  fork?: RepositoryName;
}

/**
 * Checks the deployment of the project `options.config` names (see {@link runDoctor}; a config that does
 * not load is a failed check) with the run's token, against GitHub's API unless the remote is local.
 * Returns the report and the redactor its lines are printed through.
 */
export async function checkDeployment(
  options: DeploymentOptions,
): Promise<{ report: DoctorReport; redact: Redact }> {
  const token = readToken();
  const redact = tokenRedactor(token);
  const project = await loadProject(options.config).catch((error: Error) => error);
  const root = project instanceof Error ? process.cwd() : project.root;
  const template = options.remote ?? GITHUB_REMOTE_TEMPLATE;
  const org = project instanceof Error ? '{org}' : project.site.github.org;
  const report = await runDoctor({
    root,
    project,
    token,
    api: githubApiFor(token, redact, allowsHttpLoopback()),
    remote: template.replaceAll('{org}', org),
    remoteIsLocal: resolveRemote(template, { org, repo: 'repo' }, process.cwd()).kind === 'local',
    fork: options.fork ?? checkoutFork(root),
    workflowFile: basename(PUBLISH_WORKFLOW_FILE),
  });
  return { report, redact };
}
