/**
 * The one-line description of every `joblist` subcommand, by name, in help order: the top-level help shows
 * them without loading any command module.
 */
const DESCRIPTIONS = {
  fetch: 'Fetch every source into one validated, deduplicated snapshot.',
  split: "Write each category's rows and config to categories/<id>/.slice.json (for Turbo builds)",
  build: "Render each category's files (README, archive, feeds, page, jobs.json) from a snapshot",
  update: 'Fetch, then build every category from the fresh snapshot, in one process',
  shard: "List a shard's categories (--shard i/N), or their Turbo --filter flags (--filters)",
  publish: "Publish each category's built files (as its build manifest lists them) to its repository.",
  import: 'Read an existing job-list README (or archive file) into a snapshot',
  'new-category': 'Add a category: one config file, registered in the site order',
  sample: 'Write the deterministic synthetic sample jobs of every category (Job JSON)',
  state: 'Keep the snapshot between scheduled runs on a git branch (survives CI cache eviction)',
  'check-links': 'Check job pages (HEAD, then GET); pages gone (404/410) are dropped by the next build',
  init: 'Write joblist.config.ts for a new site: organisation, brand, template, sources',
  doctor: 'Check a deployment before its first scheduled run; one line and a fix per problem',
  preview: 'Serve the built pages and READMEs (rendered as GitHub would) on 127.0.0.1',
  workflow: 'Write .github/workflows/publish.yml with as many shards as the config asks (--check)',
  forms: 'Write the submission issue forms (.github/ISSUE_TEMPLATE) from the config',
  submissions: 'Apply an approved submission issue (add, correct, close jobs) to data/submissions.json',
} as const;

/** The name of a `joblist` subcommand. */
export type CommandName = keyof typeof DESCRIPTIONS;

/** Every subcommand's name, in help order. */
export const COMMAND_NAMES = Object.keys(DESCRIPTIONS) as CommandName[];

/** A subcommand's citty `meta`: its name and one-line description. */
export const commandMeta = (name: CommandName) => ({ name, description: DESCRIPTIONS[name] });
