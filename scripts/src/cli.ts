import { type CommandDef, runCommand, type SubCommandsDef, showUsage } from 'citty';
import { COMMAND_META } from './commands/meta.ts';
import { createRedactor, readToken } from './publish/auth.ts';

type CommandName = keyof typeof COMMAND_META;

/** Each subcommand's module, loaded only when it runs or shows its own help. */
const loaders: Record<CommandName, SubCommandsDef[string]> = {
  fetch: () => import('./commands/fetch.ts').then((m) => m.default),
  split: () => import('./commands/split.ts').then((m) => m.default),
  build: () => import('./commands/build.ts').then((m) => m.default),
  publish: () => import('./commands/publish.ts').then((m) => m.default),
  import: () => import('./commands/import.ts').then((m) => m.default),
  'new-category': () => import('./commands/new-category.ts').then((m) => m.default),
  sample: () => import('./commands/sample.ts').then((m) => m.default),
};

const meta = {
  name: 'joblist',
  description: 'Turn job postings into a family of GitHub job-list repositories.',
};
/** The `joblist` command line. */
const main: CommandDef = { meta, subCommands: loaders };
/** The same, with only each subcommand's name and description: what the top-level help shows. */
const overview: CommandDef = {
  meta,
  subCommands: Object.fromEntries(Object.entries(COMMAND_META).map(([name, sub]) => [name, { meta: sub }])),
};

const rawArgs = process.argv.slice(2);
const redact = createRedactor([readToken()]);

if (rawArgs.length === 0 || rawArgs.includes('--help') || rawArgs.includes('-h')) {
  const name = rawArgs.find((arg) => !arg.startsWith('-'));
  const resolve = main.subCommands as Record<string, () => Promise<CommandDef>>;
  const sub = name && Object.hasOwn(loaders, name) ? await resolve[name]?.() : undefined;
  await (sub ? showUsage(sub, main) : showUsage(overview));
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
