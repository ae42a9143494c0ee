import { toSingleLine } from '@joblist/core-model';
import { SourceError } from '../types.ts';

/** Shortens a body excerpt for an error message. */
function excerpt(text: string): string {
  const line = toSingleLine(text);
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

/**
 * Reads a response body stream as UTF-8 text, refusing more than `maxBytes`: a `Content-Length` above
 * it fails before reading, a longer stream is cancelled as soon as it passes the limit, so an oversized
 * upstream answer never reaches memory whole. Throws a {@link SourceError} naming the limit.
 */
export async function readCappedText(
  stream: ReadableStream<Uint8Array> | null | undefined,
  contentLength: string | null,
  maxBytes: number,
): Promise<string> {
  const tooLarge = (size: string) =>
    new SourceError(
      `response body ${size} than the source's maxBytes limit of ${maxBytes} bytes; raise "maxBytes" in its config if this is expected`,
    );
  if (!stream) return '';
  if (contentLength !== null && Number(contentLength) > maxBytes) {
    await stream.cancel();
    throw tooLarge(`of ${Number(contentLength)} bytes is larger`);
  }
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge('is larger');
    }
    text += decoder.decode(value, { stream: true });
  }
}
