import { loadProject } from '@joblist/config';
import { SAMPLE_AS_OF, writeSampleFile } from '@joblist/sources';
import { defineCommand } from 'citty';
import { numberArg, parseNow, timeArg } from '../_utils/args.ts';
import { commandMeta } from './meta.ts';

/**
 * `joblist sample`: writes the synthetic jobs the `sample` source generates at fetch time (for every
 * category of the project) to a Job JSON file, to inspect them or feed them to a `file` source.
 */
export default defineCommand({
  meta: commandMeta('sample'),
  args: {
    out: { type: 'string', description: 'Output file', required: true },
    config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
    'per-category': numberArg('Jobs per category (default 60)', { min: 1 }),
    seed: numberArg('Pseudo-random seed (default 2025)', { min: 0 }),
    'as-of': timeArg(`Jobs are posted in the days before this time (default ${SAMPLE_AS_OF})`),
  },
  async run({ args }) {
    const project = await loadProject(args.config);
    // --per-category, --seed and --as-of were checked before this runs.
    await writeSampleFile(args.out, project.categories, {
      ...(args['per-category'] !== undefined && { perCategory: Number(args['per-category']) }),
      ...(args.seed !== undefined && { seed: Number(args.seed) }),
      ...(args['as-of'] !== undefined && { asOf: parseNow(args['as-of'], '--as-of').toISOString() }),
    });
  },
});
