import { describe, expect, it } from 'vitest';
import * as htmlApi from './html.ts';
import * as api from './index.ts';

describe('@joblist/markdown-writer', () => {
  it('exports exactly its public API (a change here is a change of the API: update the list on purpose)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'BUILTIN_TEMPLATES',
      'CLOSED_REASONS',
      'DEFAULT_TEMPLATE',
      'LINK_BREAK',
      'README_FILE',
      'TABLE_COLUMNS',
      'TEMPLATE_FILTERS',
      'TEMPLATE_SLOTS',
      'TemplateError',
      'TemplateOptionsSchema',
      'TemplateSourcesSchema',
      'WORD_JOINER',
      'WORKPLACE_LABELS',
      'archivePath',
      'brandLink',
      'compileTemplate',
      'countJobRows',
      'defaultTemplate',
      'dropLinkBreaks',
      'encodeDestination',
      'escapeCellText',
      'firstTable',
      'formatMonthDay',
      'formatUpdated',
      'importReadme',
      'importReadmeFile',
      'inferDate',
      'isoDay',
      'jobLink',
      'jobLinks',
      'jobsTableMarkdown',
      'linkDestination',
      'loadTemplate',
      'markdownParser',
      'monthIndex',
      'monthName',
      'pagesUrl',
      'parseUpdated',
      'readLastUpdated',
      'readTemplateSources',
      'readmePagePath',
      'renderArchive',
      'renderFiles',
      'renderInput',
      'renderReadme',
      'renderReadmePages',
      'repositoryUrl',
      'slugify',
      'stripUtm',
      'templateFolder',
      'templateId',
      'toReferenceMarkdown',
      'utmFor',
      'withUtm',
    ]);
  });

  it('exports exactly its `./html` entry point (loaded only where a preview is shown)', () => {
    expect(Object.keys(htmlApi).sort()).toEqual(['markdownToHtml']);
  });
});
