import { type ByteBudget, SourceError, SourceLimitError } from '../types.ts';

/**
 * Parses a response body that should be JSON. An empty body, an HTML page (an error or login page
 * served with status 200) or unparseable / truncated JSON throws a {@link SourceError} naming `where`
 * and the body's size, never any of its text: a body may hold anything (an internal page's secrets), and
 * the message reaches CI logs and the snapshot's `sources[].error`.
 */
export function parseJsonBody(body: string, contentType: string | undefined, where: string): unknown {
  const trimmed = body.trim();
  if (trimmed === '') throw new SourceError(`${where}: empty body where JSON was expected`);
  if (/^text\/html\b/iu.test(contentType ?? '') || trimmed.startsWith('<')) {
    throw new SourceError(`${where}: expected JSON but received HTML (${body.length} characters)`);
  }
  try {
    return JSON.parse(trimmed);
  } catch {
    // V8's message quotes the body around the error: only its size is told.
    throw new SourceError(`${where}: invalid JSON (${body.length} characters, truncated?)`);
  }
}

/** The error of a source whose responses together passed its `maxBytes`. */
export function overBudget(budget: ByteBudget): SourceLimitError {
  return new SourceLimitError(
    `responses of more than ${budget.limit} bytes together (all pages and detail requests), the source's maxBytes limit; raise "maxBytes" in its config if this is expected`,
  );
}

/**
 * Reads a response body stream as UTF-8 text, refusing more than `maxBytes`, and more than what is left
 * of `budget` (the bytes of every request of one source): a `Content-Length` above either fails before
 * reading, a longer stream is cancelled as soon as it passes, so an oversized upstream answer never
 * reaches memory whole. Throws a {@link SourceError} naming the limit.
 */
export async function readCappedText(
  stream: ReadableStream<Uint8Array> | null | undefined,
  contentLength: string | null,
  maxBytes: number,
  budget: ByteBudget = { limit: Number.POSITIVE_INFINITY, used: 0 },
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
  if (contentLength !== null && budget.used + Number(contentLength) > budget.limit) {
    await stream.cancel();
    throw overBudget(budget);
  }
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    budget.used += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge('is larger');
    }
    if (budget.used > budget.limit) {
      await reader.cancel();
      throw overBudget(budget);
    }
    text += decoder.decode(value, { stream: true });
  }
}
