import { toJsonSchema } from '@valibot/to-json-schema';
import { describe, expect, it } from 'vitest';
import { JobsFileSchema } from './jobs-json.ts';
import { JOBS_SCHEMA_SOURCE } from './reader-files.ts';

describe('jobs.schema.json', () => {
  it('is the JSON Schema generated from the valibot JobsFileSchema (update with vitest -u)', async () => {
    const generated = toJsonSchema(JobsFileSchema, { errorMode: 'ignore' });
    await expect(`${JSON.stringify(generated, null, 2)}\n`).toMatchFileSnapshot(JOBS_SCHEMA_SOURCE);
  });
});
