import { type ArgsDef, type CommandDef, runCommand, type SubCommandsDef, showUsage } from 'citty';
import { version } from '../package.json';
import { checkCommandLine, unknownNameMessage } from './_utils/command-line.ts';
import { EXIT_USAGE, UsageError } from './_utils/usage-error.ts';
import { COMMAND_NAMES, type CommandName, commandMeta } from './commands/meta.ts';
import { examplesBlock } from './help.ts';
import { printJson } from './json-output.ts';

/** Each subcommand's module, loaded only when it runs or shows its own help. */
const loaders: Record<CommandName, SubCommandsDef[string]> = {
  fetch: () => import('./commands/fetch.ts').then((m) => m.default),
  split: () => import('./commands/split.ts').then((m) => m.default),
  build: () => import('./commands/build.ts').then((m) => m.default),
  update: () => import('./commands/update.ts').then((m) => m.default),
  shard: () => import('./commands/shard.ts').then((m) => m.default),
  publish: () => import('./commands/publish.ts').then((m) => m.default),
  import: () => import('./commands/import.ts').then((m) => m.default),
  'new-category': () => import('./commands/new-category.ts').then((m) => m.default),
  sample: () => import('./commands/sample.ts').then((m) => m.default),
  state: () => import('./commands/state.ts').then((m) => m.default),
  'check-links': () => import('./commands/check-links.ts').then((m) => m.default),
  init: () => import('./commands/init.ts').then((m) => m.default),
  doctor: () => import('./commands/doctor.ts').then((m) => m.default),
  preview: () => import('./commands/preview.ts').then((m) => m.default),
  workflow: () => import('./commands/workflow.ts').then((m) => m.default),
  forms: () => import('./commands/forms.ts').then((m) => m.default),
  submissions: () => import('./commands/submissions.ts').then((m) => m.default),
};

const meta = {
  name: 'joblist',
  version,
  description: 'Turn job postings into a family of GitHub job-list repositories.',
};
/** The `joblist` command line. */
const main: CommandDef = { meta, subCommands: loaders };
/** The same, with only each subcommand's name and description: what the top-level help shows. */
const overview: CommandDef = {
  meta,
  subCommands: Object.fromEntries(COMMAND_NAMES.map((name) => [name, { meta: commandMeta(name) }])),
};

const rawArgs = process.argv.slice(2);
const commands = main.subCommands as Record<string, () => Promise<CommandDef>>;

/** Loads a command's subcommands and argument definitions (citty allows values, promises or thunks of each). */
async function resolved<T>(
  value: T | Promise<T> | (() => T | Promise<T>) | undefined,
): Promise<T | undefined> {
  return typeof value === 'function' ? await (value as () => T | Promise<T>)() : await value;
}

/**
 * The command the command line names (descending into nested subcommands such as `state save`), its
 * argument definitions and the tokens left for it.
 */
async function resolveCommand(tokens: readonly string[]): Promise<{ args: ArgsDef; rest: string[] }> {
  const [name, ...rest] = tokens;
  const load = name === undefined ? undefined : commands[name];
  if (!load) throw new UsageError(unknownNameMessage('command', `${name}`, Object.keys(commands)));
  let command = await load();
  for (;;) {
    const subCommands = await resolved(command.subCommands);
    if (!subCommands) break;
    const [sub, ...subRest] = rest;
    const next = sub === undefined ? undefined : subCommands[sub];
    if (!next) throw new UsageError(unknownNameMessage('command', `${sub}`, Object.keys(subCommands)));
    command = (await resolved(next)) as CommandDef;
    rest.splice(0, rest.length, ...subRest);
  }
  return { args: (await resolved(command.args)) ?? {}, rest };
}

/**
 * The command a help request names, descending into subcommands (`state save --help` shows `save`'s own
 * options), with its parent for the usage line and its path for the examples; undefined for the overview.
 */
async function helpTarget(
  tokens: readonly string[],
): Promise<{ command: CommandDef; parent: CommandDef; path: string } | undefined> {
  const names = tokens.filter((token) => !token.startsWith('-'));
  const [first, ...rest] = names;
  if (first === undefined || !Object.hasOwn(loaders, first)) return undefined;
  let command = (await commands[first]?.()) as CommandDef;
  let parent: CommandDef = main;
  const path = [first];
  for (const name of rest) {
    const next = (await resolved(command.subCommands))?.[name];
    if (!next) break;
    parent = { meta: { name: `joblist ${path.join(' ')}` } };
    command = (await resolved(next)) as CommandDef;
    path.push(name);
  }
  return { command, parent, path: path.join(' ') };
}

/** Shows help (with examples) or the version, or runs the command the command line names; a failure is one clear line and an exit code. */
async function runCli(): Promise<void> {
  if (rawArgs.length === 1 && (rawArgs[0] === '--version' || rawArgs[0] === '-v')) {
    console.log(version);
  } else if (rawArgs.length === 0 || rawArgs.includes('--help') || rawArgs.includes('-h')) {
    const target = await helpTarget(rawArgs);
    await (target ? showUsage(target.command, target.parent) : showUsage(overview));
    const examples = target ? examplesBlock(target.path) : '';
    if (examples) console.log(examples);
  } else {
    try {
      const { args, rest } = await resolveCommand(rawArgs);
      // Every command alike: unknown flags and malformed values stop here, before anything runs.
      checkCommandLine(rest, args);
      await runCommand(main, { rawArgs });
    } catch (error) {
      const { message, exitCode, name: kind } = error as Error & { exitCode?: number };
      // One clear line (or a few, for schema problems), never a stack trace, never a secret.
      // Loaded only on failure: its modules would otherwise be initialised on every start (`--help` too).
      const { readToken, tokenRedactor } = await import('@joblist/publish/redact');
      const redact = tokenRedactor(readToken());
      console.error(redact(`joblist ${rawArgs[0]}: ${message}`));
      if (process.env.JOBLIST_DEBUG) console.error(redact(String((error as Error).stack)));
      // citty's own CLIError is a usage error too (a missing required argument).
      process.exitCode = exitCode ?? (kind === 'CLIError' ? EXIT_USAGE : 1);
      // With --json, stdout still holds one document: the failure.
      if (rawArgs.includes('--json'))
        printJson({
          command: `${rawArgs[0]}`,
          ok: false,
          exitCode: process.exitCode,
          error: redact(message),
        });
    }
  }
}

// No top-level await: the compiled CLI is a CommonJS bundle (see scripts/compile.mjs).
void runCli();
