import { checkDeployment, formatCheck, parseRepositoryName } from '@joblist/deploy';
import { GITHUB_REMOTE_TEMPLATE } from '@joblist/publish';
import { defineCommand } from 'citty';
import { UsageError } from '../_utils/usage-error.ts';
import { jsonArg, printJson } from '../json-output.ts';
import { commandMeta } from './meta.ts';

/** `--repository owner/name`, parsed; a malformed one is a {@link UsageError}. */
function parseRepository(flag: string | undefined) {
  const named = flag === undefined ? undefined : parseRepositoryName(flag);
  if (flag !== undefined && !named)
    throw new UsageError(`--repository: expected owner/name, received "${flag}"`);
  return named;
}

/** `joblist doctor`: checks a deployment before its first scheduled run (exit 0 all good, 1 a failure). */
export default defineCommand({
  meta: commandMeta('doctor'),
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
    const fork = parseRepository(args.repository);
    const { report, redact } = await checkDeployment({ config: args.config, remote: args.remote, fork });
    const exitCode = report.ok ? 0 : 1;
    process.exitCode = exitCode;
    if (args.json) printJson({ command: 'doctor', ok: report.ok, exitCode, checks: report.checks });
    else for (const check of report.checks) console.log(redact(formatCheck(check)));
  },
});
