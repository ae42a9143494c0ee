export { archivePath, renderArchive } from './lib/archive.ts';
export {
  type CellContext,
  dropLinkBreaks,
  escapeCellText,
  LINK_BREAK,
  WORD_JOINER,
} from './lib/escape-cell.ts';
export { renderFiles } from './lib/files.ts';
export { formatMonthDay, formatUpdated, isoDay, monthIndex, monthName, parseUpdated } from './lib/format.ts';
export { type ImportedReadme, importReadme, importReadmeFile, inferDate } from './lib/import-readme.ts';
export { type RenderInput, renderInput } from './lib/input.ts';
export { encodeDestination, linkDestination } from './lib/link-destination.ts';
export {
  brandLink,
  jobLink,
  jobLinks,
  pagesUrl,
  repositoryUrl,
  slugify,
  stripUtm,
  templateId,
  type Utm,
  utmFor,
  withUtm,
} from './lib/links.ts';
export { markdownParser } from './lib/parser.ts';
export { renderReadme } from './lib/readme.ts';
export { README_FILE, readmePagePath, renderReadmePages } from './lib/readme-pages.ts';
export { countJobRows, firstTable } from './lib/rows.ts';
export { readLastUpdated } from './lib/stamp.ts';
export { toReferenceMarkdown } from './lib/stringify.ts';
export { jobsTableMarkdown, TABLE_COLUMNS, WORKPLACE_LABELS } from './lib/table.ts';
export {
  BUILTIN_TEMPLATES,
  compileTemplate,
  DEFAULT_TEMPLATE,
  defaultTemplate,
  loadTemplate,
  readTemplateSources,
  type Template,
  type TemplateOptions,
  TemplateOptionsSchema,
  type TemplateSources,
  TemplateSourcesSchema,
  templateFolder,
} from './lib/template/load.ts';
export { TemplateError } from './lib/template/parse.ts';
export { TEMPLATE_FILTERS, TEMPLATE_SLOTS } from './lib/template/slots.ts';
export { CLOSED_REASONS } from './lib/template/values.ts';
