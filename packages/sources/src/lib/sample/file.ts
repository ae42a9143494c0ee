import { dirname, relative, resolve } from 'node:path';
import { type Category, plural } from '@joblist/core-model';
import { ensureDir, writeFileAtomic } from '@joblist/io';
import { generateSampleJobs, type SampleOptions } from './generate.ts';

/** Serialises sample jobs as Job JSON, the way the `file` source reads them. */
export function serializeSample(jobs: unknown[]): string {
  return `${JSON.stringify(jobs, null, 2)}\n`;
}

/** Writes the sample jobs of `categories` to `file` (its `--out`) as Job JSON, and says how many. */
export async function writeSampleFile(
  file: string,
  categories: readonly Category[],
  options: SampleOptions,
): Promise<void> {
  const jobs = generateSampleJobs(categories, options);
  const out = resolve(file);
  await ensureDir(dirname(out), '--out');
  await writeFileAtomic(out, serializeSample(jobs));
  console.log(`wrote ${plural(jobs.length, 'sample job')} → ${relative(process.cwd(), out) || out}`);
}
