/**
 * Examples shown under each command's `--help`, by command path (`state save`). Each is a command line a
 * test runs (`scripts/test/help.test.ts` checks every one parses), with a comment saying what it does.
 */
export const COMMAND_EXAMPLES: Record<string, ReadonlyArray<readonly [command: string, what: string]>> = {
  fetch: [
    ['joblist fetch', 'every configured source into data/snapshot.json'],
    [
      'joblist fetch --sources one-off.json --out data/one-off.json',
      'a one-off source list into another file',
    ],
    ['joblist fetch --json', 'the same, with a JSON summary on stdout'],
  ],
  split: [
    ['joblist split', "every category's rows into categories/<id>/.slice.json (what pnpm build does first)"],
  ],
  build: [
    ['joblist build --all', 'every category into categories/<id>/dist/<repo>/ (after joblist fetch)'],
    ['joblist build --category backend --now 2025-11-03T20:30:00Z', 'one category, at a given build time'],
    ['joblist build --all --out site', 'every category into site/<repo>/ instead'],
  ],
  update: [
    ['joblist update', 'fetch, then build every category, in one process'],
    ['joblist update --json', 'the same, with a JSON summary of both on stdout'],
  ],
  publish: [
    ['joblist publish --all --dry-run', 'a diff per repository of what would be published; nothing changes'],
    [
      'joblist publish --category backend',
      'one category into its repository (default remote: out/repos/{repo}.git)',
    ],
    [
      "GITHUB_TOKEN=… joblist publish --all --remote 'https://github.com/{org}/{repo}.git'",
      'every category to GitHub',
    ],
  ],
  import: [
    [
      'joblist import Backend-Development-Jobs/README.md --category backend --out data/imported.json',
      'an existing README back into a snapshot',
    ],
  ],
  'new-category': [
    [
      'joblist new-category devops --role "DevOps engineer" --repo DevOps-Jobs --include "devops, sre"',
      'a category, registered in joblist.config.ts',
    ],
  ],
  sample: [
    ['joblist sample --out jobs.json --per-category 10', 'the synthetic sample jobs as a Job JSON file'],
  ],
  state: [
    [
      'joblist state restore --remote "https://github.com/owner/joblist.git"',
      'the saved snapshot, when newer',
    ],
    ['joblist state save --remote ../joblist-state.git', 'the snapshot onto a local repository'],
  ],
  'state save': [
    [
      'joblist state save --remote "https://github.com/owner/joblist.git"',
      'commit the snapshot to joblist-state',
    ],
    [
      'joblist state save --remote ../state.git --branch nightly',
      'onto another branch of a local repository',
    ],
  ],
  'state restore': [
    [
      'joblist state restore --remote "https://github.com/owner/joblist.git"',
      'write the saved snapshot when newer',
    ],
  ],
  'check-links': [
    ['joblist check-links', 'the job pages of every category; gone ones are dropped by the next build'],
    [
      'joblist check-links --category backend --per-host 1 --json',
      'one category, gently, with a JSON result',
    ],
  ],
  preview: [
    ['joblist preview', 'serve the last build on http://127.0.0.1:4173/'],
    ['joblist preview --from site --port 0', 'serve another build folder on a free port'],
  ],
};

/** The "EXAMPLES" block of a command's help (empty when it has none). */
export function examplesBlock(path: string): string {
  const examples = COMMAND_EXAMPLES[path];
  if (!examples) return '';
  const width = Math.max(...examples.map(([command]) => command.length));
  const lines = examples.map(([command, what]) => `  ${command.padEnd(width)}  # ${what}`);
  return `EXAMPLES\n\n${lines.join('\n')}\n`;
}
