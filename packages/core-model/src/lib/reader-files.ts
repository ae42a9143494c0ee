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
