import { loadProject, pickCategories } from '@joblist/config';
import {
  allowsHttpLoopback,
  checkRemoteTemplate,
  createRedactor,
  publishAll,
  readToken,
} from '@joblist/publish';
import { defineCommand } from 'citty';
import { categoryArgs, parseNow, resolvePath, timeArg } from '../_utils/args.ts';
import { DEFAULT_BUILD_OUT } from './build.ts';
import { COMMAND_META } from './meta.ts';

/** How many times a push is re-applied on top of a remote that moved on. */
const MAX_PUSH_ATTEMPTS = 4;

/** `joblist publish`: commit and push each category's built README and archive to its repository. */
export default defineCommand({
  meta: COMMAND_META.publish,
  args: {
    ...categoryArgs,
    from: {
      type: 'string',
      description: `Build output folder holding <repo>/README.md (default: ${DEFAULT_BUILD_OUT})`,
    },
    remote: {
      type: 'string',
      description: 'Remote template with {org} and {repo} (default: site publish.remote)',
    },
    'work-dir': { type: 'string', description: 'Where working copies are kept (default: <root>/out/work)' },
    'dry-run': { type: 'boolean', description: 'Print a unified diff per repository and change nothing' },
    force: { type: 'boolean', description: 'Publish even when the README would drop too many rows' },
    create: { type: 'boolean', description: 'Create a missing GitHub repository via the REST API' },
    now: timeArg('Build time (ISO) for the archive retention; default: the README stamp'),
  },
  async run({ args }) {
    const token = readToken();
    const redact = createRedactor([token]);
    const log = (line: string) => console.log(redact(line));
    try {
      if (args.all && args.category) throw new Error('pass either --category <id> or --all, not both');
      const project = await loadProject(args.config);
      const categories = pickCategories(project, args.category);
      const settings = project.site.publish;
      if (args.remote !== undefined) checkRemoteTemplate(args.remote, project.categories.length, '--remote');
      const summary = await publishAll(
        categories,
        {
          org: project.site.github.org,
          settings,
          remoteTemplate: args.remote ?? settings.remote,
          remoteBase: args.remote === undefined ? project.root : process.cwd(),
          fromDir: resolvePath(args.from, project.root, DEFAULT_BUILD_OUT),
          workDir: resolvePath(args['work-dir'], project.root, 'out/work'),
          now: args.now === undefined ? undefined : parseNow(args.now),
          dryRun: Boolean(args['dry-run']),
          force: Boolean(args.force),
          create: Boolean(args.create),
          token,
          allowHttpLoopback: allowsHttpLoopback(),
          redact,
          log,
          maxAttempts: MAX_PUSH_ATTEMPTS,
        },
        settings.concurrency,
      );
      if (summary.failed > 0) process.exitCode = 1;
    } catch (error) {
      console.error(redact(`joblist publish: ${(error as Error).message}`));
      process.exitCode = 1;
    }
  },
});
