import { resolve } from 'node:path';
import { defineCommand } from 'citty';
import { loadProject, pickCategories } from '../config/load.ts';
import { createRedactor, readToken } from '../publish/auth.ts';
import { publishAll } from '../publish/run.ts';

/** How many times a push is re-applied on top of a remote that moved on. */
const MAX_PUSH_ATTEMPTS = 4;

/** Parses `--now`; errors name the flag and the value. */
function parseNow(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const time = new Date(value);
  if (Number.isNaN(time.getTime()))
    throw new Error(`--now: expected an ISO time such as 2025-11-03T20:30:00Z, got "${value}"`);
  return time;
}

/** `joblist publish`: commit and push each category's built README and archive to its repository. */
export default defineCommand({
  meta: {
    name: 'publish',
    description: "Publish the built README.md and archive/<date>.md to each category's repository.",
  },
  args: {
    category: { type: 'string', description: 'Publish only this category (its id)' },
    all: { type: 'boolean', description: 'Publish every category (the default)' },
    from: {
      type: 'string',
      description: 'The build output folder holding <repo>/README.md',
      default: 'dist',
    },
    remote: {
      type: 'string',
      description: 'Remote template with {org} and {repo} (default: site publish.remote)',
    },
    'work-dir': { type: 'string', description: 'Where working copies are kept (default: <root>/out/work)' },
    'dry-run': { type: 'boolean', description: 'Print a unified diff per repository and change nothing' },
    force: { type: 'boolean', description: 'Publish even when the README would drop too many rows' },
    create: { type: 'boolean', description: 'Create a missing GitHub repository via the REST API' },
    now: {
      type: 'string',
      description: 'Build time (ISO) for the archive retention; default: the README stamp',
    },
  },
  async run({ args }) {
    const token = readToken();
    const redact = createRedactor([token]);
    const log = (line: string) => console.log(redact(line));
    try {
      if (args.all && args.category) throw new Error('pass either --category <id> or --all, not both');
      const project = await loadProject();
      const categories = pickCategories(project, args.category);
      const settings = project.site.publish;
      const summary = await publishAll(
        categories,
        {
          org: project.site.github.org,
          settings,
          remoteTemplate: args.remote ?? settings.remote,
          remoteBase: args.remote === undefined ? project.root : process.cwd(),
          fromDir: resolve(args.from),
          workDir:
            args['work-dir'] === undefined ? resolve(project.root, 'out/work') : resolve(args['work-dir']),
          now: parseNow(args.now),
          dryRun: Boolean(args['dry-run']),
          force: Boolean(args.force),
          create: Boolean(args.create),
          token,
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
