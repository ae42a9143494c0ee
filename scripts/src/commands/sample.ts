import { dirname, relative, resolve } from 'node:path';
import { defineCommand } from 'citty';
import { integerArg, parseNow, timeArg } from '../_utils/args.ts';
import { ensureDir } from '../_utils/ensure-dir.ts';
import { writeFileAtomic } from '../_utils/write-atomic.ts';
import { findSiteConfig } from '../config/load.ts';
import { generateSampleJobs, SAMPLE_AS_OF } from '../sample/generate.ts';

/** Where the committed sample lives, relative to the project root. */
export const SAMPLE_FILE = 'data/sample-jobs.json';

/** Serialises sample jobs the way the committed file is written. */
export function serializeSample(jobs: unknown[]): string {
  return `${JSON.stringify(jobs, null, 2)}\n`;
}

/** `joblist sample`: (re)generates the synthetic sample jobs the embedded default runs on. */
export default defineCommand({
  meta: { name: 'sample', description: 'Generate the deterministic synthetic sample jobs (Job JSON)' },
  args: {
    out: { type: 'string', description: `Output file (default: ${SAMPLE_FILE} at the project root)` },
    count: integerArg('Number of jobs (default 240)', 1),
    seed: integerArg('Pseudo-random seed (default 2025)', 0),
    'as-of': timeArg(`Jobs are posted in the days before this time (default ${SAMPLE_AS_OF})`),
  },
  async run({ args }) {
    // --count and --seed were checked as whole numbers before this runs.
    const jobs = generateSampleJobs({
      ...(args.count !== undefined && { count: Number(args.count) }),
      ...(args.seed !== undefined && { seed: Number(args.seed) }),
      ...(args['as-of'] !== undefined && { asOf: parseNow(args['as-of'], '--as-of').toISOString() }),
    });
    const out = args.out ? resolve(args.out) : resolve(findSiteConfig(), '..', SAMPLE_FILE);
    await ensureDir(dirname(out), '--out');
    await writeFileAtomic(out, serializeSample(jobs));
    console.log(`wrote ${jobs.length} sample jobs → ${relative(process.cwd(), out) || out}`);
  },
});
