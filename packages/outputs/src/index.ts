export { escapeHtml } from './lib/escape-html.ts';
export { type FeedChannel, type FeedItem, feedChannel, feedItems } from './lib/feed-item.ts';
export { type HtmlDocument, htmlDocument } from './lib/html-document.ts';
export { toJobRecord } from './lib/job-record.ts';
export {
  JOBS_JSON_FILE,
  JOBS_SCHEMA_FILE,
  type JobsFile,
  JobsFileSchema,
  renderJobsJson,
} from './lib/jobs-json.ts';
export { JSON_FEED_FILE, renderJsonFeed } from './lib/json-feed.ts';
export { PAGE_FILE, renderPage, searchText } from './lib/page.ts';
export { JOBS_SCHEMA_SOURCE, READER_FILE_OUTPUTS, renderReaderFiles } from './lib/reader-files.ts';
export { escapeXml, RSS_FILE, renderRss, rfc822 } from './lib/rss.ts';
