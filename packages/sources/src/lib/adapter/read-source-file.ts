import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type SourceContext, SourceError, sourceLimits } from '../types.ts';

/** Says what went wrong reading a file, by its error code. */
function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'file not found' : `cannot read (${code ?? (error as Error).message})`;
}

/**
 * Reads a source's local file as UTF-8 (`path` relative to the config's folder), refusing one larger
 * than the source's `maxBytes` before reading it. Every failure is a {@link SourceError} naming `path`.
 */
export async function readSourceFile(path: string, context: SourceContext): Promise<string> {
  return (await readSourceBytes(path, context)).toString('utf8');
}

/** {@link readSourceFile} as bytes: for a reader that parses a large file piece by piece. */
export async function readSourceBytes(path: string, context: SourceContext): Promise<Buffer> {
  const { maxBytes } = sourceLimits(context);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(resolve(context.cwd, path), 'r');
    const { size } = await handle.stat();
    if (size > maxBytes) {
      throw new SourceError(
        `${path}: ${size} bytes, more than the source's maxBytes limit of ${maxBytes}; raise "maxBytes" in its config if this is expected`,
      );
    }
    return await handle.readFile();
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(`${path}: ${describeReadError(error)}`);
  } finally {
    await handle?.close();
  }
}
