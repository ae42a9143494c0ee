import type { Category } from './category.ts';
import type { Site } from './site.ts';

/**
 * The reader files of a category repository, by role: the page, the feeds, the jobs file and its schema,
 * and the trend chart. The writer links to them and the outputs write them, under these names.
 */
export const READER_FILES = {
  page: 'index.html',
  rss: 'feed.xml',
  jsonFeed: 'feed.json',
  jobsJson: 'jobs.json',
  jobsSchema: 'jobs.schema.json',
  chart: 'trend.svg',
} as const;

/** Whether a category's repository gets the reader files (`index.html` among them): its own setting, else the site's. */
export function hasReaderFiles(
  site: Pick<Site, 'readerFiles'>,
  category: Pick<Category, 'readerFiles'>,
): boolean {
  return category.readerFiles ?? site.readerFiles;
}
