import type { Job } from '@joblist/core-model';
import {
  jobLinks,
  pagesUrl,
  type RenderInput,
  repositoryUrl,
  WORKPLACE_LABELS,
} from '@joblist/markdown-writer';
import { UNKNOWN_COMPANY } from '@joblist/stats';

/** The language of the feeds and the page. */
export const FEED_LANGUAGE = 'en';

/** What the feeds say about a category: title, home page, one-line description, language and their own addresses. */
export interface FeedChannel {
  title: string;
  homePage: string;
  description: string;
  language: string;
  /** The address a feed file is served from (GitHub Pages), for its self link. */
  feedUrl: (file: string) => string;
}

/** One job as both feeds show it. */
export interface FeedItem {
  /** The job id: stable across builds, so a feed reader never shows a job twice. */
  guid: string;
  title: string;
  /** The job link as the README has it (template and UTM applied). */
  link: string;
  /** `Company · Location · Remote`. */
  summary: string;
  postedAt: Date;
  skills: readonly string[];
}

/** The channel of a category's feeds. */
export function feedChannel(input: RenderInput): FeedChannel {
  const { site, category } = input;
  return {
    title: `${category.role} Jobs`,
    homePage: repositoryUrl(site, category),
    description: `Current ${category.role} openings, newest first, by ${site.brand.name}.`,
    language: FEED_LANGUAGE,
    feedUrl: (file) => `${pagesUrl(site, category)}${file}`,
  };
}

/** A category's jobs as feed items, in order (their links made once per render input, see `jobLinks`). */
export function feedItems(input: RenderInput): FeedItem[] {
  const links = jobLinks(input);
  return input.jobs.map((job, index) => feedItem(job, links[index] ?? ''));
}

/** A job as a feed item, with its link. */
function feedItem(job: Job, link: string): FeedItem {
  const company = job.company.name || UNKNOWN_COMPANY;
  return {
    guid: job.id,
    title: `${job.title} at ${company}`,
    link,
    summary: [company, job.location, WORKPLACE_LABELS[job.workplace]].filter(Boolean).join(' · '),
    postedAt: new Date(job.postedAt),
    skills: job.skills ?? [],
  };
}
