import { loadProject } from '@joblist/config';
import {
  checkoutFork,
  formatCheck,
  parseRepositoryName,
  type RepositoryName,
  runDoctor,
} from '@joblist/deploy';
import {
  allowsHttpLoopback,
  GITHUB_REMOTE_TEMPLATE,
  githubApiFor,
  readToken,
  resolveRemote,
  tokenRedactor,
} from '@joblist/publish';
import { defineCommand } from 'citty';
import { UsageError } from '../_utils/usage-error.ts';
import { jsonArg, printJson } from '../json-output.ts';
import { COMMAND_META } from './meta.ts';

/** The workflow whose schedule publishes (`.github/workflows/publish.yml`). */
const WORKFLOW_FILE = 'publish.yml';

/** The fork doctor checks the workflow of: `--repository`, else the checkout's (see deploy's `checkoutFork`). */
function forkOf(root: string, flag: string | undefined): RepositoryName | undefined {
  if (flag === undefined) return checkoutFork(root);
  const named = parseRepositoryName(flag);
  if (!named) throw new UsageError(`--repository: expected owner/name, received "${flag}"`);
  return named;
}

/** `joblist doctor`: checks a deployment before its first scheduled run (exit 0 all good, 1 a failure). */
export default defineCommand({
  meta: COMMAND_META.doctor,
  args: {
    config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
    remote: {
      type: 'string',
      description: `Remote template the scheduled run publishes to (default: ${GITHUB_REMOTE_TEMPLATE})`,
    },
    repository: {
      type: 'string',
      description:
        'owner/name of the fork whose workflow publishes (default: GITHUB_REPOSITORY, else origin)',
    },
    ...jsonArg,
  },
  async run({ args }) {
    const token = readToken();
    const redact = tokenRedactor(token);
    const project = await loadProject(args.config).catch((error: Error) => error);
    const root = project instanceof Error ? process.cwd() : project.root;
    const template = args.remote ?? GITHUB_REMOTE_TEMPLATE;
    const org = project instanceof Error ? '{org}' : project.site.github.org;
    const report = await runDoctor({
      root,
      project,
      token,
      api: githubApiFor(token, redact, allowsHttpLoopback()),
      remote: template.replaceAll('{org}', org),
      remoteIsLocal: resolveRemote(template, { org, repo: 'repo' }, process.cwd()).kind === 'local',
      fork: forkOf(root, args.repository),
      workflowFile: WORKFLOW_FILE,
    });
    const exitCode = report.ok ? 0 : 1;
    process.exitCode = exitCode;
    if (args.json) printJson({ command: 'doctor', ok: report.ok, exitCode, checks: report.checks });
    else for (const check of report.checks) console.log(redact(formatCheck(check)));
  },
});
