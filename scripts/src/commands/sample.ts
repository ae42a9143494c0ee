import { relative, resolve } from 'node:path';
import { IsoDateTimeSchema } from '@joblist/core-model';
import { defineCommand } from 'citty';
import * as v from 'valibot';
import { writeFileAtomic } from '../_utils/write-atomic.ts';
import { loadProject } from '../config/load.ts';
import { generateSampleJobs, SAMPLE_AS_OF } from '../sample/generate.ts';

/** Serialises sample jobs as Job JSON, the way the `file` source reads them. */
export function serializeSample(jobs: unknown[]): string {
  return `${JSON.stringify(jobs, null, 2)}\n`;
}

/** Reads an integer flag of at least `min`, or throws naming the flag. */
function integerFlag(flag: string, value: string, min: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min)
    throw new Error(`--${flag}: expected an integer of at least ${min}, received "${value}"`);
  return number;
}

/**
 * `joblist sample`: writes the synthetic jobs the `sample` source generates at fetch time (for every
 * category of the project) to a Job JSON file, to inspect them or feed them to a `file` source.
 */
export default defineCommand({
  meta: {
    name: 'sample',
    description: 'Write the deterministic synthetic sample jobs of every category (Job JSON)',
  },
  args: {
    out: { type: 'string', description: 'Output file', required: true },
    config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
    'per-category': { type: 'string', description: 'Jobs per category (default 60)' },
    seed: { type: 'string', description: 'Pseudo-random seed (default 2025)' },
    'as-of': {
      type: 'string',
      description: `Jobs are posted in the days before this time (default ${SAMPLE_AS_OF})`,
    },
  },
  async run({ args }) {
    const project = await loadProject(args.config === undefined ? undefined : resolve(args.config));
    const asOf = args['as-of'];
    if (asOf !== undefined && !v.is(IsoDateTimeSchema, asOf))
      throw new Error(`--as-of: expected an ISO 8601 timestamp with a zone, received "${asOf}"`);
    const jobs = generateSampleJobs(project.categories, {
      ...(args['per-category'] ? { perCategory: integerFlag('per-category', args['per-category'], 1) } : {}),
      ...(args.seed ? { seed: integerFlag('seed', args.seed, Number.MIN_SAFE_INTEGER) } : {}),
      ...(asOf ? { asOf } : {}),
    });
    const out = resolve(args.out);
    await writeFileAtomic(out, serializeSample(jobs));
    console.log(`wrote ${jobs.length} sample jobs → ${relative(process.cwd(), out) || out}`);
  },
});
