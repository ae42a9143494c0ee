import { dirname } from 'node:path';
import {
  type JobInput,
  parseOrThrow,
  type Snapshot,
  SnapshotSchema,
  serializeSnapshot,
} from '@joblist/core-model';
import { ensureDir, writeFileAtomic } from '@joblist/io';
import { canonicalSkills } from './normalise/skills.ts';

/** Jobs read back from a README (markdown-writer's `importReadme`), with the time it was published. */
export interface ImportedJobs {
  publishedAt: Date;
  jobs: JobInput[];
}

/**
 * Writes the jobs of an imported README (`shown`, as errors name it) to `out` as a snapshot published at
 * its time, making `out`'s folder (errors name `--out`): skills found in the titles, as `fetch` finds them
 * where jobs enter a snapshot, and every job validated. Returns the snapshot.
 */
export async function writeImportedSnapshot(
  imported: ImportedJobs,
  shown: string,
  out: string,
): Promise<Snapshot> {
  const snapshot = parseOrThrow(
    SnapshotSchema,
    {
      version: 1,
      updatedAt: imported.publishedAt.toISOString(),
      jobs: imported.jobs.map((job) => ({ ...job, skills: canonicalSkills(job) })),
      sources: [],
    },
    shown,
  );
  await ensureDir(dirname(out), '--out');
  await writeFileAtomic(out, serializeSnapshot(snapshot));
  return snapshot;
}
