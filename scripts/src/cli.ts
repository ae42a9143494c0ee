import { type ArgsDef, type CommandDef, runCommand, showUsage } from 'citty';
import { checkCommandLine, unknownNameMessage } from './_utils/command-line.ts';
import { EXIT_USAGE, UsageError } from './_utils/usage-error.ts';
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
    state: () => import('./commands/state.ts').then((m) => m.default),
  },
};

const rawArgs = process.argv.slice(2);
const redact = createRedactor([readToken()]);
const commands = main.subCommands as Record<string, () => Promise<CommandDef>>;

/** The subcommand named first on the command line, with its argument definitions. */
async function resolveCommand(name: string | undefined): Promise<{ command: CommandDef; args: ArgsDef }> {
  const load = name === undefined ? undefined : commands[name];
  if (!load) throw new UsageError(unknownNameMessage('command', `${name}`, Object.keys(commands)));
  const command = await load();
  const args = typeof command.args === 'function' ? await command.args() : await command.args;
  return { command, args: args ?? {} };
}

if (rawArgs.length === 0 || rawArgs.includes('--help') || rawArgs.includes('-h')) {
  const name = rawArgs.find((arg) => !arg.startsWith('-'));
  const sub = name && commands[name] ? await commands[name]() : undefined;
  await (sub ? showUsage(sub, main) : showUsage(main));
} else {
  try {
    const [name, ...rest] = rawArgs;
    const { command, args } = await resolveCommand(name);
    // Every command alike: unknown flags and malformed values stop here, before anything runs.
    checkCommandLine(rest, args);
    await runCommand(command, { rawArgs: rest });
  } catch (error) {
    const { message, exitCode, name: kind } = error as Error & { exitCode?: number };
    // One clear line (or a few, for schema problems), never a stack trace, never a secret.
    console.error(redact(`joblist ${rawArgs[0]}: ${message}`));
    if (process.env.JOBLIST_DEBUG) console.error(redact(String((error as Error).stack)));
    // citty's own CLIError is a usage error too (a missing required argument).
    process.exitCode = exitCode ?? (kind === 'CLIError' ? EXIT_USAGE : 1);
  }
}
