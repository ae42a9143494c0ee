import { type CommandDef, runCommand, showUsage } from 'citty';
import { createRedactor, readToken } from './publish/auth.ts';

/** The `joblist` command line: each subcommand is loaded only when it runs. */
const main: CommandDef = {
  meta: { name: 'joblist', description: 'Turn job postings into a family of GitHub job-list repositories.' },
  subCommands: {
    fetch: () => import('./commands/fetch.ts').then((m) => m.default),
    build: () => import('./commands/build.ts').then((m) => m.default),
    publish: () => import('./commands/publish.ts').then((m) => m.default),
    import: () => import('./commands/import.ts').then((m) => m.default),
    'new-category': () => import('./commands/new-category.ts').then((m) => m.default),
    sample: () => import('./commands/sample.ts').then((m) => m.default),
    'check-links': () => import('./commands/check-links.ts').then((m) => m.default),
    preview: () => import('./commands/preview.ts').then((m) => m.default),
  },
};

const rawArgs = process.argv.slice(2);
const redact = createRedactor([readToken()]);

if (rawArgs.length === 0 || rawArgs.includes('--help') || rawArgs.includes('-h')) {
  const name = rawArgs.find((arg) => !arg.startsWith('-'));
  const resolve = main.subCommands as Record<string, () => Promise<CommandDef>>;
  const sub = name && resolve[name] ? await resolve[name]() : undefined;
  await (sub ? showUsage(sub, main) : showUsage(main));
} else {
  try {
    await runCommand(main, { rawArgs });
  } catch (error) {
    const { message, exitCode } = error as Error & { exitCode?: number };
    // One clear line (or a few, for schema problems), never a stack trace, never a secret.
    console.error(redact(`joblist ${rawArgs[0]}: ${message}`));
    if (process.env.JOBLIST_DEBUG) console.error(redact(String((error as Error).stack)));
    process.exitCode = exitCode ?? 1;
  }
}
