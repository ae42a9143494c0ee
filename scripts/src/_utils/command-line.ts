import { closestName } from '@joblist/core-model/suggest';
import type { ArgDef, ArgsDef } from 'citty';
import type { FlagCheck } from './args.ts';
import { UsageError } from './usage-error.ts';

const kebab = (name: string) => name.replace(/[A-Z]/gu, (letter) => `-${letter.toLowerCase()}`);

/** "unknown X; did you mean Y?" or "unknown X (known: …)". */
export function unknownNameMessage(kind: string, name: string, known: readonly string[]): string {
  const suggestion = closestName(name, known);
  return suggestion === undefined
    ? `unknown ${kind} ${name} (known: ${known.join(', ')})`
    : `unknown ${kind} ${name}; did you mean ${suggestion}?`;
}

/** A token that is a flag, not a value: `--x`, `-x` (but not a negative number such as `-5`). */
const isFlag = (token: string | undefined) => token !== undefined && /^--?[^\d-]|^--./u.test(token);

/**
 * Checks a subcommand's command line against its argument definitions before it runs, for every
 * command alike: an unknown flag is refused with "did you mean", a string flag needs a value, a
 * flag with a `check` (time, whole number) must pass it, and no positional argument is left over.
 */
export function checkCommandLine(rawArgs: readonly string[], defs: ArgsDef): void {
  const flags = new Map<string, { name: string; def: ArgDef }>();
  for (const [name, def] of Object.entries(defs)) {
    if (def.type === 'positional') continue;
    const aliases = ['alias' in def ? (def.alias ?? []) : []].flat();
    for (const spelling of new Set([name, kebab(name), ...aliases])) {
      flags.set(spelling, { name, def });
      if (def.type === 'boolean') flags.set(`no-${spelling}`, { name, def });
    }
  }
  const known = Object.entries(defs)
    .filter(([, def]) => def.type !== 'positional')
    .map(([name]) => `--${kebab(name)}`);
  let positionals = Object.values(defs).filter((def) => def.type === 'positional').length;
  for (let index = 0; index < rawArgs.length; index++) {
    const token = rawArgs[index] as string;
    if (token === '--') break;
    if (!isFlag(token)) {
      if (positionals-- <= 0) throw new UsageError(`unexpected argument "${token}"`);
      continue;
    }
    const [spelled, inline] = token.replace(/^--?/u, '').split(/=(.*)/su, 2) as [string, string?];
    const flag = flags.get(spelled);
    if (!flag) throw new UsageError(unknownNameMessage('option', token.split('=')[0] as string, known));
    if (flag.def.type === 'boolean') continue;
    const value = inline ?? rawArgs[index + 1];
    if (value === undefined || (inline === undefined && isFlag(value))) {
      throw new UsageError(`--${spelled}: expects a value`);
    }
    if (inline === undefined) index++;
    (flag.def as { check?: FlagCheck }).check?.(value, `--${spelled}`);
  }
}
