import { relative, resolve } from 'node:path';
import { defineCommand } from 'citty';
import { writeFileAtomic } from '../_utils/write-atomic.ts';
import { findSiteConfig } from '../config/load.ts';
import { generateSampleJobs, SAMPLE_AS_OF } from '../sample/generate.ts';
import { COMMAND_META } from './meta.ts';

/** Where the committed sample lives, relative to the project root. */
export const SAMPLE_FILE = 'data/sample-jobs.json';

/** Serialises sample jobs the way the committed file is written. */
export function serializeSample(jobs: unknown[]): string {
  return `${JSON.stringify(jobs, null, 2)}\n`;
}

/** `joblist sample`: (re)generates the synthetic sample jobs the embedded default runs on. */
export default defineCommand({
  meta: COMMAND_META.sample,
  args: {
    out: { type: 'string', description: `Output file (default: ${SAMPLE_FILE} at the project root)` },
    count: { type: 'string', description: 'Number of jobs (default 240)' },
    seed: { type: 'string', description: 'Pseudo-random seed (default 2025)' },
    'as-of': {
      type: 'string',
      description: `Jobs are posted in the days before this time (default ${SAMPLE_AS_OF})`,
    },
  },
  async run({ args }) {
    const jobs = generateSampleJobs({
      ...(args.count ? { count: Number(args.count) } : {}),
      ...(args.seed ? { seed: Number(args.seed) } : {}),
      ...(args['as-of'] ? { asOf: args['as-of'] } : {}),
    });
    const out = args.out ? resolve(args.out) : resolve(findSiteConfig(), '..', SAMPLE_FILE);
    await writeFileAtomic(out, serializeSample(jobs));
    console.log(`wrote ${jobs.length} sample jobs → ${relative(process.cwd(), out) || out}`);
  },
});
