import { describe, expect, it } from 'vitest';
import * as api from './index.ts';
import * as previewApi from './preview.ts';

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
      'feedItems',
      'htmlDocument',
      'renderJobsJson',
      'renderJsonFeed',
      'renderPage',
      'renderReaderFiles',
      'renderRss',
      'rfc822',
      'searchText',
      'toJobRecord',
    ]);
  });

  it('exports exactly its `./preview` entry point (loaded only where a preview is shown)', () => {
    expect(Object.keys(previewApi).sort()).toEqual(['renderReadmePreview']);
  });
});
