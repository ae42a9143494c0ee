import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JobSchema } from '@joblist/core-model';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FILE, serializeSample } from '../src/commands/sample.ts';
import { renderCategory } from '../src/pipeline/render.ts';
import { generateSampleJobs, SAMPLE_AS_OF } from '../src/sample/generate.ts';
import { loadRepoProject, REPO_ROOT } from './_helpers/project.ts';

describe('the embedded sample', () => {
  it('is exactly what the deterministic generator makes', async () => {
    const committed = await readFile(join(REPO_ROOT, SAMPLE_FILE), 'utf8');
    expect(committed).toBe(serializeSample(generateSampleJobs()));
    expect(serializeSample(generateSampleJobs({ seed: 7 }))).not.toBe(committed);
  });

  it('has at least 200 valid jobs and fills every category README', async () => {
    const jobs = v.parse(v.array(JobSchema), generateSampleJobs());
    expect(jobs.length).toBeGreaterThanOrEqual(200);
    expect(new Set(jobs.map((job) => job.workplace))).toEqual(new Set(['remote', 'hybrid', 'onsite']));
    expect(jobs.filter((job) => job.salary).length).toBeGreaterThan(50);
    const project = await loadRepoProject();
    for (const category of project.categories) {
      const result = renderCategory(project.site, project.categories, category, jobs, new Date(SAMPLE_AS_OF));
      expect(result.rows, category.id).toBeGreaterThanOrEqual(40);
      expect(result.files['README.md']).not.toContain('Not specified');
    }
  });

  it('is what `pnpm generate` fetches, at the sample’s own time', async () => {
    const manifest = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts.generate).toContain(`--now ${SAMPLE_AS_OF}`);
  });
});
