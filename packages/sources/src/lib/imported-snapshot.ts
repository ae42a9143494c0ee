import { dirname, relative } from 'node:path';
import {
  type JobInput,
  parseOrThrow,
  type Snapshot,
  SnapshotSchema,
  serializeSnapshot,
} from '@joblist/core-model';
import { ensureDir, writeFileAtomic } from '@joblist/io';
import { canonicalSkills } from './normalise/skills.ts';

/** Jobs read back from a README (markdown-writer's `importReadmeFile`): when it was published, the file as shown. */
export interface ImportedJobs {
  publishedAt: Date;
  jobs: JobInput[];
  shown: string;
}

/**
 * Writes the jobs of an imported README to `out` as a snapshot published at its time, making `out`'s folder
 * (errors name `--out`), and says so: skills found in the titles, as `fetch` finds them where jobs enter a
 * snapshot, and every job validated (errors name the README). Returns the snapshot.
 */
export async function writeImportedSnapshot(imported: ImportedJobs, out: string): Promise<Snapshot> {
  const { shown } = imported;
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
  console.log(`imported ${snapshot.jobs.length} jobs from ${shown} → ${relative(process.cwd(), out) || out}`);
  return snapshot;
}
