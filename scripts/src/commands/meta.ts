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
  build: { name: 'build', description: 'Render category READMEs and archive files from a snapshot' },
  publish: {
    name: 'publish',
    description: "Publish the built README.md and archive/<date>.md to each category's repository.",
  },
  import: {
    name: 'import',
    description: 'Read an existing job-list README (or archive file) into a snapshot',
  },
  'new-category': {
    name: 'new-category',
    description: 'Add a category: one config file, registered in the site order',
  },
  sample: { name: 'sample', description: 'Generate the deterministic synthetic sample jobs (Job JSON)' },
} as const;
