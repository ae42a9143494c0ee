import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { HttpUrlSchema, type JobInput, JobSchema, type Rejection } from '@joblist/core-model';
import { extractSkills } from '@joblist/stats';
import * as v from 'valibot';
import { joinLocations } from '../_utils/location.ts';
import { RawIdSchema, readRecords } from '../_utils/raw-payload.ts';
import { parseDate } from '../normalize/date.ts';
import { cleanText } from '../normalize/text.ts';
import { workplaceFrom } from '../normalize/workplace.ts';
import { rejectionOf } from '../pipeline/validate-jobs.ts';
import { type SourceAdapter, type SourceContext, SourceError, type SourceResult } from '../types.ts';

const SimplifyOptionsSchema = v.pipe(
  v.strictObject({
    type: v.literal('simplify'),
    /** A local copy of `listings.json`, relative to the config's folder. */
    path: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty('must name a file'))),
    /** Where to GET `listings.json`, e.g. the raw GitHub URL of a SimplifyJobs repository. */
    url: v.optional(HttpUrlSchema),
    /** Tells two simplify sources apart: the source id becomes `simplify:<name>`. */
    name: v.optional(v.pipe(v.string(), v.regex(/^[\w.-]+$/u, 'must be letters, digits, ".", "_" or "-"'))),
    categories: v.optional(v.array(v.pipe(v.string(), v.nonEmpty()))),
  }),
  v.check(
    (options) => (options.path === undefined) !== (options.url === undefined),
    'needs exactly one of path or url',
  ),
);

/** Options of the `simplify` source. */
export type SimplifyOptions = v.InferOutput<typeof SimplifyOptionsSchema>;

/** One record of SimplifyJobs' `.github/scripts/listings.json`; unknown keys tolerated. */
const ListingSchema = v.looseObject({
  id: RawIdSchema,
  company_name: v.string(),
  company_url: v.nullish(v.string()),
  title: v.string(),
  url: v.string(),
  locations: v.nullish(v.array(v.string()), []),
  active: v.boolean(),
  /** Seconds since the epoch. */
  date_posted: v.number(),
});

type Listing = v.InferOutput<typeof ListingSchema>;

const isHidden = (record: unknown) =>
  typeof record === 'object' && record !== null && (record as { is_visible?: unknown }).is_visible === false;

function toJob(listing: Listing) {
  const title = cleanText(listing.title);
  const companyUrl = listing.company_url?.trim();
  const skills = extractSkills({ title });
  return {
    id: listing.id,
    title,
    company: { name: cleanText(listing.company_name), url: companyUrl || undefined },
    url: listing.url.trim(),
    location: joinLocations(listing.locations),
    workplace: workplaceFrom({ text: listing.locations }),
    postedAt: parseDate(listing.date_posted) ?? String(listing.date_posted),
    ...(skills.length > 0 && { skills }),
  };
}

/**
 * Turns listings into jobs. Hidden records (`is_visible: false`) are skipped silently, as the
 * SimplifyJobs READMEs do. Closed postings (`active: false`) are skipped too — a job list shows open
 * jobs — and counted in the source's `skipped` (one entry, not one per posting). A record that
 * fails the listing schema or `JobSchema` is rejected with its index in `payload`, field and reason.
 */
export function readListings(payload: unknown, where: string): SourceResult {
  if (!Array.isArray(payload)) throw new SourceError(`${where}: expected a JSON array of listings`);
  const visible = payload.flatMap((record, index) => (isHidden(record) ? [] : [{ index, record }]));
  const read = readRecords(
    ListingSchema,
    visible.map(({ record }) => record),
  );
  const rejected: Rejection[] = read.rejected.map((rejection) => ({
    ...rejection,
    index: visible[rejection.index]?.index ?? rejection.index,
  }));
  const jobs: JobInput[] = [];
  let closed = 0;
  for (const { index: position, record } of read.records) {
    const index = visible[position]?.index ?? position;
    if (!record.active) {
      closed += 1;
      continue;
    }
    const job = v.safeParse(JobSchema, toJob(record), { abortPipeEarly: true });
    if (job.success) jobs.push(job.output);
    else rejected.push(rejectionOf(index, job.issues));
  }
  return {
    jobs,
    rejected,
    skipped: closed > 0 ? [{ reason: 'closed posting (active: false)', count: closed }] : [],
  };
}

async function loadListings(options: SimplifyOptions, context: SourceContext): Promise<SourceResult> {
  if (options.url) return readListings(await context.http.json(options.url), options.url);
  const shown = options.path ?? '';
  let text: string;
  try {
    text = await readFile(resolve(context.cwd, shown), 'utf8');
  } catch (error) {
    throw new SourceError(
      `${shown}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  try {
    return readListings(JSON.parse(text), shown);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(`${shown}: invalid JSON (${(error as Error).message})`);
  }
}

/**
 * The `simplify` source `{ type: 'simplify', path | url, name? }`: the SimplifyJobs `listings.json`
 * schema. Visible, open postings become jobs (locations joined with `; `, `date_posted` in seconds,
 * remote when a location says so); its id is `simplify` (or `simplify:<name>`), job ids are the listing ids.
 */
export const simplifySource: SourceAdapter<typeof SimplifyOptionsSchema> = {
  type: 'simplify',
  options: SimplifyOptionsSchema,
  id: (options) => (options.name ? `simplify:${options.name}` : 'simplify'),
  fetch: loadListings,
};
