import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '@joblist/io';
import * as v from 'valibot';
import { parseOrThrow } from './issues.ts';
import { IsoDateTimeSchema } from './text.ts';

/** Default link-check state file, relative to the project root. */
export const DEFAULT_LINK_STATE = 'data/link-check.json';

/** What a check says about a job page: there, gone for good (404/410), or unknown (timeout, 5xx, …). */
export const LinkVerdictSchema = v.picklist(['ok', 'gone', 'unknown']);

/** One checked job page: the verdict, why, and when (for the cache's TTL). */
export const LinkCheckSchema = v.object({
  verdict: LinkVerdictSchema,
  /** The final HTTP status, or the error (`timeout`, `network error: …`). */
  detail: v.string(),
  checkedAt: IsoDateTimeSchema,
});

/** `data/link-check.json`: checked job pages by URL; `build` drops jobs whose page is gone. */
export const LinkStateSchema = v.object({
  version: v.literal(1),
  links: v.record(v.string(), LinkCheckSchema),
});

/** A page's verdict. */
export type LinkVerdict = v.InferOutput<typeof LinkVerdictSchema>;
/** One checked page. */
export type LinkCheck = v.InferOutput<typeof LinkCheckSchema>;
/** The link-check state. */
export type LinkState = v.InferOutput<typeof LinkStateSchema>;

/** Reads the link-check state; an absent file is an empty state. */
export async function readLinkState(file: string): Promise<LinkState> {
  if (!existsSync(file)) return { version: 1, links: {} };
  return parseOrThrow(LinkStateSchema, JSON.parse(await readFile(file, 'utf8')), file);
}

/** Writes the link-check state atomically, URLs sorted (byte-stable). */
export async function writeLinkState(file: string, state: LinkState): Promise<void> {
  const links = Object.fromEntries(
    Object.entries(state.links).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  await writeFileAtomic(file, `${JSON.stringify({ version: 1, links }, null, 2)}\n`);
}

/** The URLs whose page is gone: the jobs `build` leaves out. */
export function goneUrls(state: LinkState): Set<string> {
  return new Set(
    Object.entries(state.links).flatMap(([url, check]) => (check.verdict === 'gone' ? [url] : [])),
  );
}
