import { join } from 'node:path';
import { categoryBuildRoot, DEFAULT_BUILD_DIR } from '@joblist/build';
import { isBuilt, startPreviewServer } from '@joblist/build/preview';
import { loadProject } from '@joblist/config';
import { defineCommand } from 'citty';
import { numberArg } from '../_utils/args.ts';
import { COMMAND_META } from './meta.ts';

/** `joblist preview`: serves the built outputs on 127.0.0.1 until interrupted. */
export default defineCommand({
  meta: COMMAND_META.preview,
  args: {
    config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
    from: {
      type: 'string',
      description: `Build folder holding <repo>/ for every category (default: each one's ${DEFAULT_BUILD_DIR})`,
    },
    port: numberArg('Port on 127.0.0.1 (default: 4173; 0 picks a free one)', { min: 0, max: 65_535 }),
  },
  async run({ args }) {
    const project = await loadProject(args.config);
    const port = Number(args.port ?? 4173);
    const repositories = project.categories.map((category) => ({
      repo: category.repo,
      dir: join(categoryBuildRoot(project.root, category, args.from), category.repo),
    }));
    const missing = repositories.filter((entry) => !isBuilt(entry)).map((entry) => entry.repo);
    if (missing.length > 0)
      console.error(
        `not built yet: ${missing.join(', ')} (\`pnpm build\` or \`joblist build --all\` builds them)`,
      );
    const server = await startPreviewServer(repositories, port);
    console.log(
      `preview of ${repositories.length - missing.length} categories on ${server.url} (Ctrl-C stops it)`,
    );
    await new Promise<void>((done) => process.once('SIGINT', done));
    await server.close();
  },
});
