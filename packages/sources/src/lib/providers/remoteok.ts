import * as v from 'valibot';
import { jobCandidate, type SalaryFields } from '../adapter/job-candidate.ts';
import {
  entriesOf,
  LooseStringListSchema,
  OptionalTextSchema,
  parseEnvelope,
  RawIdSchema,
  RawValueSchema,
} from '../adapter/raw-payload.ts';
import { recordSource } from '../adapter/record-source.ts';
import { endpoint, sourceOptions } from '../adapter/source-options.ts';

const RemoteOkOptionsSchema = sourceOptions('remoteok', 'https://remoteok.com', {});

/** One job of `GET /api` (unknown keys tolerated). */
const RemoteOkJobSchema = v.looseObject({
  id: RawIdSchema,
  position: v.string(),
  tags: LooseStringListSchema,
  ...entriesOf(OptionalTextSchema, ['company', 'location', 'description', 'url', 'apply_url', 'slug']),
  ...entriesOf(RawValueSchema, ['date', 'epoch', 'salary_min', 'salary_max']),
});

type RemoteOkJob = v.InferOutput<typeof RemoteOkJobSchema>;

/** The array of jobs, preceded by a `{ last_updated, legal }` notice. */
const RemoteOkPayloadSchema = v.array(v.unknown());

/** The legal notice Remote OK puts first: an object with `legal` and no job `id`; part of the envelope. */
const isLegalNotice = (element: unknown) =>
  typeof element === 'object' && element !== null && 'legal' in element && !('id' in element);

/**
 * Remote OK's salary: US dollars in `salary_min`/`salary_max` (`0` = not given, then none, whatever the
 * description says), yearly unless the description states a period (`21`–`24` with `$21/hr-$24/hr` is hourly).
 */
function salaryOf(job: RemoteOkJob): SalaryFields | undefined {
  const given = [job.salary_min, job.salary_max].some((amount) => Number(amount) > 0);
  return given
    ? { min: job.salary_min, max: job.salary_max, currency: 'USD', description: job.description }
    : undefined;
}

function toJob(job: RemoteOkJob) {
  return jobCandidate({
    id: job.id,
    title: job.position,
    company: job.company,
    url: [job.url, job.apply_url, `https://remoteok.com/remote-jobs/${job.slug ?? job.id}`],
    location: job.location,
    // Remote OK lists remote jobs only; a location that says hybrid is believed.
    workplace: ({ location }) => ({ text: location, fallback: 'remote' }),
    postedAt: [job.date, job.epoch],
    salary: salaryOf(job),
    tags: job.tags,
    description: job.description,
  });
}

/**
 * Remote OK (`GET https://remoteok.com/api`): every current remote job in one array whose first
 * element is a legal notice. Salaries are USD (`0` = unknown), yearly unless the description states a period; text often arrives as UTF-8
 * read as Latin-1 and with HTML entities, both repaired.
 */
export const remoteokSource = recordSource(RemoteOkOptionsSchema, RemoteOkJobSchema, {
  id: () => 'remoteok',
  async records(options, context) {
    const url = endpoint(options.baseUrl, '/api');
    const payload = parseEnvelope(RemoteOkPayloadSchema, await context.http.json(url), url);
    return payload.filter((element) => !isLegalNotice(element));
  },
  toJob,
});
