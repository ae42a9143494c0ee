import { defineCommand, runMain } from 'citty';

/** The `joblist` command line: each subcommand is loaded only when it runs. */
const main = defineCommand({
  meta: { name: 'joblist', description: 'Turn job postings into a family of GitHub job-list repositories.' },
  subCommands: {
    fetch: () => import('./commands/fetch.ts').then((m) => m.default),
    build: () => import('./commands/build.ts').then((m) => m.default),
    publish: () => import('./commands/publish.ts').then((m) => m.default),
    import: () => import('./commands/import.ts').then((m) => m.default),
    'new-category': () => import('./commands/new-category.ts').then((m) => m.default),
    sample: () => import('./commands/sample.ts').then((m) => m.default),
  },
});

await runMain(main);
