/**
 * Name and one-line description of every `joblist` subcommand, in help order: the top-level help shows
 * them without loading any command module.
 */
export const COMMAND_META = {
  fetch: { name: 'fetch', description: 'Fetch every source into one validated, deduplicated snapshot.' },
  split: {
    name: 'split',
    description: "Write each category's rows and config to categories/<id>/.slice.json (for Turbo builds)",
  },
  build: {
    name: 'build',
    description: "Render each category's files (README, archive, feeds, page, jobs.json) from a snapshot",
  },
  update: {
    name: 'update',
    description: 'Fetch, then build every category from the fresh snapshot, in one process',
  },
  shard: {
    name: 'shard',
    description: "List a shard's categories (--shard i/N), or their Turbo --filter flags (--filters)",
  },
  publish: {
    name: 'publish',
    description: "Publish each category's built files (as its build manifest lists them) to its repository.",
  },
  import: {
    name: 'import',
    description: 'Read an existing job-list README (or archive file) into a snapshot',
  },
  'new-category': {
    name: 'new-category',
    description: 'Add a category: one config file, registered in the site order',
  },
  sample: {
    name: 'sample',
    description: 'Write the deterministic synthetic sample jobs of every category (Job JSON)',
  },
  state: {
    name: 'state',
    description: 'Keep the snapshot between scheduled runs on a git branch (survives CI cache eviction)',
  },
  'check-links': {
    name: 'check-links',
    description: 'Check job pages (HEAD, then GET); pages gone (404/410) are dropped by the next build',
  },
  init: {
    name: 'init',
    description: 'Write joblist.config.ts for a new site: organisation, brand, template, sources',
  },
  doctor: {
    name: 'doctor',
    description: 'Check a deployment before its first scheduled run; one line and a fix per problem',
  },
  preview: {
    name: 'preview',
    description: 'Serve the built pages and READMEs (rendered as GitHub would) on 127.0.0.1',
  },
  workflow: {
    name: 'workflow',
    description: 'Write .github/workflows/publish.yml with as many shards as the config asks (--check)',
  },
  forms: {
    name: 'forms',
    description: 'Write the submission issue forms (.github/ISSUE_TEMPLATE) from the config',
  },
  submissions: {
    name: 'submissions',
    description: 'Apply an approved submission issue (add, correct, close jobs) to data/submissions.json',
  },
} as const;
