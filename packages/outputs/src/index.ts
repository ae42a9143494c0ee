export * from './lib/escape-html.ts';
export * from './lib/feed-item.ts';
export * from './lib/job-record.ts';
export * from './lib/jobs-json.ts';
export * from './lib/json-feed.ts';
export * from './lib/page.ts';
export * from './lib/reader-files.ts';
export * from './lib/rss.ts';
