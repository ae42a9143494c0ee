import type { JobInput } from '@joblist/core-model';
import { extractSkills } from '@joblist/stats';
import * as v from 'valibot';
import {
  LooseStringListSchema,
  OptionalTextSchema,
  parseEnvelope,
  RawIdSchema,
  readRecords,
} from '../_utils/raw-payload.ts';
import { endpoint, sourceOptions } from '../_utils/source-options.ts';
import { parseDate } from '../normalize/date.ts';
import { parseSalary } from '../normalize/salary.ts';
import { cleanDescription, cleanText } from '../normalize/text.ts';
import { workplaceFrom } from '../normalize/workplace.ts';
import type { SourceAdapter } from '../types.ts';

const RemoteOkOptionsSchema = sourceOptions('remoteok', 'https://remoteok.com', {});

/** One job of `GET /api` (unknown keys tolerated). */
const RemoteOkJobSchema = v.looseObject({
  id: RawIdSchema,
  position: v.string(),
  company: OptionalTextSchema,
  location: OptionalTextSchema,
  description: OptionalTextSchema,
  tags: LooseStringListSchema,
  date: v.optional(v.unknown()),
  epoch: v.optional(v.unknown()),
  salary_min: v.optional(v.unknown()),
  salary_max: v.optional(v.unknown()),
  url: OptionalTextSchema,
  apply_url: OptionalTextSchema,
  slug: OptionalTextSchema,
});

type RemoteOkJob = v.InferOutput<typeof RemoteOkJobSchema>;

/** The array of jobs, preceded by a `{ last_updated, legal }` notice. */
const RemoteOkPayloadSchema = v.array(v.unknown());

/** The legal notice Remote OK puts first: an object with `legal` and no job `id`. */
const isLegalNotice = (element: unknown) =>
  typeof element === 'object' && element !== null && 'legal' in element && !('id' in element);

function toJob(job: RemoteOkJob): JobInput {
  const title = cleanText(job.position);
  const location = cleanText(job.location);
  const description = cleanDescription(job.description);
  return {
    id: job.id,
    title,
    company: { name: cleanText(job.company) },
    url: job.url || job.apply_url || `https://remoteok.com/remote-jobs/${job.slug ?? job.id}`,
    location,
    // Remote OK lists remote jobs only; a location that says hybrid is believed.
    workplace: workplaceFrom({ text: location, fallback: 'remote' }),
    postedAt: parseDate(job.date) ?? parseDate(job.epoch) ?? '',
    // Remote OK salaries are yearly US dollars, 0 when not given.
    salary: parseSalary({ min: job.salary_min, max: job.salary_max, currency: 'USD', period: 'year' }),
    skills: extractSkills({ tags: job.tags, title, description }),
    description,
  };
}

/**
 * Remote OK (`GET https://remoteok.com/api`): every current remote job in one array whose first
 * element is a legal notice. Salaries are yearly USD (`0` = unknown); text often arrives as UTF-8
 * read as Latin-1 and with HTML entities, both repaired.
 */
export const remoteokSource: SourceAdapter<typeof RemoteOkOptionsSchema> = {
  type: 'remoteok',
  options: RemoteOkOptionsSchema,
  id: () => 'remoteok',
  async fetch(options, { http }) {
    const url = endpoint(options.baseUrl, '/api');
    const payload = parseEnvelope(RemoteOkPayloadSchema, await http.json(url), url);
    const { records, rejected } = readRecords(
      RemoteOkJobSchema,
      payload.filter((element) => !isLegalNotice(element)),
    );
    return { jobs: records.map(({ record }) => toJob(record)), rejected };
  },
};
