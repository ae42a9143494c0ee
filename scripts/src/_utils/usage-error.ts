/** Exit code of a command line that cannot run: unknown command or flag, a missing or malformed value. */
export const EXIT_USAGE = 2;

/** A wrong command line, found before anything runs; the CLI exits with {@link EXIT_USAGE}. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = EXIT_USAGE;
}
