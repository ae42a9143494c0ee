import { DEFAULT_BUILD_DIR } from '@joblist/build';
import { servePreview } from '@joblist/build/preview';
import { loadProject } from '@joblist/config';
import { defineCommand } from 'citty';
import { numberArg } from '../_utils/args.ts';
import { commandMeta } from './meta.ts';

/** `joblist preview`: serves the built outputs on 127.0.0.1 until interrupted. */
export default defineCommand({
  meta: commandMeta('preview'),
  args: {
    config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
    from: {
      type: 'string',
      description: `Build folder holding <repo>/ for every category (default: each one's ${DEFAULT_BUILD_DIR})`,
    },
    port: numberArg('Port on 127.0.0.1 (default: 4173; 0 picks a free one)', { min: 0, max: 65_535 }),
  },
  async run({ args }) {
    await servePreview(await loadProject(args.config), args.from, Number(args.port ?? 4173));
  },
});
