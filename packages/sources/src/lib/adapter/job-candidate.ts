import type { JobInput } from '@joblist/core-model';
import { parseDate } from '../normalise/date.ts';
import { parseSalary } from '../normalise/salary.ts';
import { extractSkills } from '../normalise/skills.ts';
import { cleanDescription, cleanText } from '../normalise/text.ts';
import { type WorkplaceHints, workplaceFrom } from '../normalise/workplace.ts';
import { cleanLocation } from './location.ts';

/** The raw salary fields {@link parseSalary} reads: amounts, currency, period or free text. */
export type SalaryFields = Parameters<typeof parseSalary>[0];

/** A raw value, or a list of raw values tried in order (the first usable one counts). */
type RawChoice = unknown;

/** The cleaned title and location, from which an adapter says what decides the workplace. */
export interface CleanedPlace {
  title: string;
  location: string;
}

/** A posting's fields as an adapter read them from its provider, before any cleaning. */
export interface PostingFields {
  /** The provider's id of the posting (the pipeline adds the source namespace). */
  id: string;
  /** Title, possibly with HTML, entities or mojibake; cleaned to one line. */
  title: unknown;
  /** Employer name(s), cleaned to one line; the first that is not empty counts. */
  company: RawChoice;
  /** The employer's own page, kept when it is a non-empty string. */
  companyUrl?: unknown;
  /** Job page URL(s), trimmed; the first that is not empty counts. */
  url: RawChoice;
  /** Location text (already joined by the adapter when the provider sends parts), cleaned to one line without empty parts ({@link cleanLocation}). */
  location?: unknown;
  /** What decides remote / hybrid / on-site, given the cleaned title and location; by default the location text. */
  workplace?: (place: CleanedPlace) => WorkplaceHints;
  /** Date value(s) in any form {@link parseDate} reads; the first readable one counts. */
  postedAt: RawChoice;
  /** Raw salary fields, when the provider has any. */
  salary?: SalaryFields;
  /** The provider's own tags (stack, skills), canonicalised into `skills`. */
  tags?: readonly string[];
  /** Description(s) as HTML or text; the first that is not empty after cleaning counts. */
  description?: RawChoice;
}

const choices = (value: RawChoice): readonly unknown[] => (Array.isArray(value) ? value : [value]);

/** The first raw value that a reader turns into something, or `undefined`. */
function firstOf<T>(value: RawChoice, read: (raw: unknown) => T | undefined): T | undefined {
  for (const raw of choices(value)) {
    const read1 = read(raw);
    if (read1 !== undefined) return read1;
  }
  return undefined;
}

const nonEmpty = (text: string): string | undefined => (text === '' ? undefined : text);
const trimmedUrl = (raw: unknown) => (typeof raw === 'string' ? nonEmpty(raw.trim()) : undefined);

/**
 * The job candidate of one posting: title, company and location cleaned to one line (the location
 * without empty parts or repeated separators), description
 * cleaned to plain text, the workplace decided, the date read to UTC, the salary parsed, and skills
 * extracted from tags, title and description (left out when there are none). Every adapter ends in this one function, so a posting is
 * cleaned the same way whichever provider sent it; the pipeline then validates it with `JobSchema`.
 */
export function jobCandidate(fields: PostingFields): JobInput {
  const title = cleanText(fields.title);
  const location = cleanLocation(fields.location);
  const description = firstOf(fields.description, cleanDescription);
  const companyUrl = trimmedUrl(fields.companyUrl);
  const hints = fields.workplace?.({ title, location }) ?? { text: location };
  const skills = extractSkills({ tags: fields.tags, title, description });
  return {
    id: fields.id,
    title,
    company: {
      name: firstOf(fields.company, (raw) => nonEmpty(cleanText(raw))) ?? '',
      ...(companyUrl && { url: companyUrl }),
    },
    url: firstOf(fields.url, trimmedUrl) ?? '',
    location,
    workplace: workplaceFrom(hints),
    postedAt: firstOf(fields.postedAt, parseDate) ?? '',
    salary: fields.salary && parseSalary(fields.salary),
    ...(skills.length > 0 && { skills }),
    description,
  };
}
