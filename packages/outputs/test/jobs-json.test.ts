import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CLOSED, fixtureInput, JOBS } from '../../markdown-writer/test/_helpers/history-input.ts';
import { renderJobsJson } from '../src/lib/jobs-json.ts';
import { JOBS_SCHEMA_SOURCE } from '../src/lib/reader-files.ts';

describe('jobs.json with the job history', () => {
  it('holds each job’s first and last seen and the closed jobs, valid against its JSON Schema', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(JOBS_SCHEMA_SOURCE, 'utf8')));
    const document = JSON.parse(renderJobsJson(fixtureInput()));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(
      document.jobs.map((job: { firstSeen: string; lastSeen: string }) => [job.firstSeen, job.lastSeen]),
    ).toEqual(JOBS.map((job) => [job.firstSeen, job.lastSeen]));
    expect(document.closed.map((job: { id: string; closedBy: string }) => [job.id, job.closedBy])).toEqual(
      CLOSED.map((job) => [job.id, job.closedBy]),
    );
    const none = JSON.parse(renderJobsJson(fixtureInput({ closed: [] })));
    expect(none).not.toHaveProperty('closed');
  });
});
