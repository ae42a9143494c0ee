import { startPreviewServer } from '@joblist/build';
import { loadProject } from '@joblist/config';
import { defineCommand } from 'citty';
import { resolvePath } from '../_utils/args.ts';
import { DEFAULT_BUILD_OUT } from './build.ts';
import { COMMAND_META } from './meta.ts';

/** `joblist preview`: serves the built outputs on 127.0.0.1 until interrupted. */
export default defineCommand({
  meta: COMMAND_META.preview,
  args: {
    config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
    from: { type: 'string', description: `Build output folder (default: ${DEFAULT_BUILD_OUT})` },
    port: { type: 'string', description: 'Port on 127.0.0.1 (default: 4173; 0 picks a free one)' },
  },
  async run({ args }) {
    const project = await loadProject(args.config);
    const port = Number(args.port ?? 4173);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) {
      throw new Error(`--port: expected a port number 0-65535, received "${args.port}"`);
    }
    const server = await startPreviewServer(resolvePath(args.from, project.root, DEFAULT_BUILD_OUT), port);
    console.log(`preview on ${server.url} (Ctrl-C stops it)`);
    await new Promise<void>((done) => process.once('SIGINT', done));
    await server.close();
  },
});
