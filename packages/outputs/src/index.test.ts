import { describe, expect, it } from 'vitest';
import * as api from './index.ts';

describe('@joblist/outputs', () => {
  it('exports exactly its public API (a change here is a change of the API: update the list on purpose)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'JOBS_JSON_FILE',
      'JOBS_SCHEMA_FILE',
      'JOBS_SCHEMA_SOURCE',
      'JSON_FEED_FILE',
      'JobsFileSchema',
      'PAGE_FILE',
      'READER_FILE_OUTPUTS',
      'RSS_FILE',
      'escapeHtml',
      'escapeXml',
      'feedChannel',
      'feedItem',
      'htmlDocument',
      'renderJobsJson',
      'renderJsonFeed',
      'renderPage',
      'renderReaderFiles',
      'renderReadmePreview',
      'renderRss',
      'rfc822',
      'searchText',
      'toJobRecord',
    ]);
  });
});
