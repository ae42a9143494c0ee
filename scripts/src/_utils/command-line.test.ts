import type { ArgsDef } from 'citty';
import { describe, expect, it } from 'vitest';
import { numberArg, timeArg } from './args.ts';
import { checkCommandLine } from './command-line.ts';
import { EXIT_USAGE } from './usage-error.ts';

const defs = {
  file: { type: 'positional', description: 'a file' },
  'dry-run': { type: 'boolean', description: 'change nothing' },
  out: { type: 'string', description: 'output', alias: 'o' },
  now: timeArg('build time'),
  count: numberArg('how many', { min: 1 }),
} satisfies ArgsDef;

const problem = (args: string[]) => {
  try {
    checkCommandLine(args, defs);
    return undefined;
  } catch (error) {
    expect((error as { exitCode?: number }).exitCode).toBe(EXIT_USAGE);
    return (error as Error).message;
  }
};

describe('checkCommandLine', () => {
  it('accepts every known spelling', () => {
    for (const args of [
      ['a.md', '--dry-run', '--out', 'x', '--now', '2025-11-03T20:30:00Z', '--count', '3'],
      ['--out=x', '--count=3', '--no-dry-run', '-o', 'y', '--dry-run=false'],
      ['--', '--anything', 'goes'],
      [],
    ]) {
      expect(problem(args)).toBeUndefined();
    }
  });

  it('refuses an unknown flag, suggesting the closest known one', () => {
    expect(problem(['--dryrun'])).toBe('unknown option --dryrun; did you mean --dry-run?');
    expect(problem(['--cuont', '3'])).toBe('unknown option --cuont; did you mean --count?');
    expect(problem(['--bogus'])).toBe('unknown option --bogus (known: --dry-run, --out, --now, --count)');
    expect(problem(['-x'])).toBe('unknown option -x (known: --dry-run, --out, --now, --count)');
    expect(problem(['--dryrun=true'])).toBe('unknown option --dryrun; did you mean --dry-run?');
  });

  it('refuses a string flag without a value and a leftover positional', () => {
    expect(problem(['--out'])).toBe('--out: expects a value');
    expect(problem(['--out', '--dry-run'])).toBe('--out: expects a value');
    expect(problem(['a.md', 'b.md'])).toBe('unexpected argument "b.md"');
  });

  it('runs the checks of time and number flags, values given either way', () => {
    expect(problem(['--now', '1'])).toBe(
      '--now: expected an ISO 8601 time with a zone, such as 2025-11-03T20:30:00Z, received "1"',
    );
    expect(problem(['--now=March 5'])).toContain('received "March 5"');
    expect(problem(['--count', 'abc'])).toBe(
      '--count: expected a whole number of at least 1, received "abc"',
    );
    expect(problem(['--count', '-5'])).toBe('--count: expected a whole number of at least 1, received "-5"');
    expect(problem(['--count=0'])).toBe('--count: expected a whole number of at least 1, received "0"');
  });
});
