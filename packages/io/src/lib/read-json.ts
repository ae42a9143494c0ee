import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';

/**
 * Reads and parses a JSON file. `shown` is the file as errors name it (relative to the current folder); a
 * read or parse error names it too, with `whenMissing` instead of the system message for a missing file.
 */
export async function readJsonFile(
  file: string,
  whenMissing?: string,
): Promise<{ shown: string; data: unknown }> {
  const shown = relative(process.cwd(), file) || file;
  try {
    return { shown, data: JSON.parse(await readFile(file, 'utf8')) };
  } catch (error) {
    const missing = whenMissing !== undefined && (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(`${shown}: ${missing ? whenMissing : (error as Error).message}`);
  }
}
