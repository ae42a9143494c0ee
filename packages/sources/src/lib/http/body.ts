import { SourceError } from '../types.ts';

/** Shortens a body excerpt for an error message. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
}

/**
 * Parses a response body that should be JSON. An empty body, an HTML page (an error or login page
 * served with status 200) or unparseable / truncated JSON throws a {@link SourceError} naming `where`.
 */
export function parseJsonBody(body: string, contentType: string | undefined, where: string): unknown {
  const trimmed = body.trim();
  if (trimmed === '') throw new SourceError(`${where}: empty body where JSON was expected`);
  if (/^text\/html\b/iu.test(contentType ?? '') || trimmed.startsWith('<')) {
    throw new SourceError(`${where}: expected JSON but received HTML (${excerpt(trimmed)})`);
  }
  try {
    return JSON.parse(trimmed);
  } catch (error) {
    throw new SourceError(
      `${where}: invalid JSON (${(error as Error).message}; ${body.length} bytes, truncated?)`,
    );
  }
}
