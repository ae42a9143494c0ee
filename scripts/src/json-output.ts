/** The `--json` option of every command that reports a result (spread it into the command's `args`). */
export const jsonArg = {
  json: {
    type: 'boolean',
    description: 'Print one JSON document on stdout (progress and messages go to stderr)',
  },
} as const;

/** What every `--json` document starts with: the command, whether it succeeded and its exit code. */
export interface JsonHead {
  command: string;
  ok: boolean;
  exitCode: number;
}

/** A document's own keys: anything but the head's (`command`, `ok`, `exitCode` are always the head's). */
export type JsonBody = Record<string, unknown> & { command?: never; ok?: never; exitCode?: never };

/** Writes one JSON document, and nothing else, on stdout. */
export function printJson(document: JsonHead & Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
}

/**
 * Runs `work` with its human lines sent to stderr when `json` is set (so stdout holds only the document),
 * then prints the document `describe` makes of its result, with `command`, `ok` and `exitCode` first
 * (`exitCode` is `process.exitCode` after the run). Without `json`, just runs `work`.
 */
export async function withJsonOutput<T>(
  json: boolean | undefined,
  command: string,
  work: () => Promise<T>,
  describe: (result: T) => JsonBody,
): Promise<T> {
  if (!json) return work();
  const log = console.log;
  console.log = console.error;
  let result: T;
  try {
    result = await work();
  } finally {
    console.log = log;
  }
  const exitCode = Number(process.exitCode ?? 0);
  printJson({ command, ok: exitCode === 0, exitCode, ...describe(result) });
  return result;
}
