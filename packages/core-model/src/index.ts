export {
  type AddressPolicy,
  BlockedAddressError,
  checkRequestTarget,
  internalAddressKind,
  type Resolve,
} from './lib/address-guard.ts';
export {
  type Category,
  type CategoryInput,
  CategoryMatchSchema,
  CategorySchema,
  DEFAULT_README_BUDGET,
  defineCategory,
  RepoNameSchema,
  TemplateNameSchema,
  type TitlePattern,
  TitlePatternSchema,
} from './lib/category.ts';
export { closedObject } from './lib/closed-object.ts';
export {
  CurrencyCodeSchema,
  ECB_DAILY_RATES_URL,
  type ExchangeRates,
  ExchangeRatesSchema,
} from './lib/currency.ts';
export {
  type ClosedBy,
  type ClosedJob,
  ClosedJobSchema,
  DEFAULT_CLOSED_DAYS,
  type HistorySettings,
  JobSeenEntries,
} from './lib/history.ts';
export {
  type FieldProblem,
  flattenIssues,
  parseJsonOrThrow,
  parseOrThrow,
  SchemaError,
} from './lib/issues.ts';
export {
  CompanySchema,
  type Job,
  type JobInput,
  JobSchema,
  type Salary,
  type SalaryPeriod,
  SalaryPeriodSchema,
  SalarySchema,
  type Workplace,
  WorkplaceSchema,
} from './lib/job.ts';
export {
  DEFAULT_LINK_STATE,
  goneUrls,
  type LinkCheck,
  type LinkState,
  type LinkVerdict,
  readLinkState,
  writeLinkState,
} from './lib/link-state.ts';
export {
  type BuildManifest,
  BuildManifestSchema,
  MANIFEST_PATH,
  type ManifestFile,
  ManifestFileSchema,
  sha256Hex,
} from './lib/manifest.ts';
export { hasReaderFiles, READER_FILES } from './lib/reader-files.ts';
export { createRedactor, type Redact } from './lib/redact.ts';
export { SAMPLE_SOURCE, usesSampleSource } from './lib/sample.ts';
export {
  type CategoryMemberships,
  categoryMatcher,
  categoryMemberships,
  selectAll,
  selectJobs,
  titleMatcher,
  utcDaysBefore,
} from './lib/select.ts';
export { inShard, MAX_SHARDS, type Shard, ShardSchema, shardCount, shardOf } from './lib/shard.ts';
export {
  BrandSchema,
  defineSite,
  OrgNameSchema,
  PublishSchema,
  type PublishSettings,
  REPO_PLACEHOLDER,
  type SalarySettings,
  SalarySettingsSchema,
  type Site,
  type SiteInput,
  SiteSchema,
  type SourceConfig,
  SourceConfigSchema,
} from './lib/site.ts';
export {
  type Rejection,
  RejectionSchema,
  type Skipped,
  SkippedSchema,
  SNAPSHOT_LIMITS,
  type Snapshot,
  type SnapshotInput,
  type SnapshotJob,
  SnapshotJobSchema,
  SnapshotSchema,
  type SourceStatus,
  SourceStatusSchema,
} from './lib/snapshot.ts';
export {
  checkSnapshotSize,
  checkSnapshotTime,
  DEFAULT_SNAPSHOT,
  parseSnapshot,
  readSnapshot,
  readSnapshotJson,
  SNAPSHOT_MISSING,
  serializeSnapshot,
} from './lib/snapshot-file.ts';
export {
  type AppliedIssue,
  AppliedIssueSchema,
  GithubLoginSchema,
  SUBMISSIONS_FILE,
  type SubmissionsFile,
  SubmissionsFileSchema,
  type SubmittedJob,
  SubmittedJobSchema,
} from './lib/submissions.ts';
export { closestName } from './lib/suggest.ts';
export {
  cleanLine,
  formatCount,
  IdSchema,
  IsoDateTimeSchema,
  plainText,
  plural,
  RequiredLineSchema,
  requiredLine,
  SingleLineSchema,
  singleLine,
  stripInvisible,
  stripUnsafe,
  TEXT_LIMITS,
  toSingleLine,
  truncate,
} from './lib/text.ts';
export { HttpUrlSchema, hasUrlCredentials, httpUrlProblem } from './lib/url.ts';
