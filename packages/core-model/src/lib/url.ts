import * as v from 'valibot';
import { TEXT_LIMITS } from './text.ts';

/** `scheme:`, the slashes after it (any number, either kind), and the authority up to its end. */
const AUTHORITY = /^([a-z][\d+.a-z-]*:)([/\\]*)([^/\\?#]*)/iu;

/**
 * Whether a URL carries a user name or password, as any reader would find it: an `@` in the authority
 * however many slashes stand before it (`https:///user:pw@host` is read by the URL parser as
 * `https://user:pw@host`), or credentials the WHATWG parser reads.
 */
export function hasUrlCredentials(value: string): boolean {
  if (AUTHORITY.exec(value)?.[3]?.includes('@')) return true;
  if (!URL.canParse(value)) return false;
  const parsed = new URL(value);
  return parsed.username !== '' || parsed.password !== '';
}

/** `value` with the user name and password of its authority shown as `***` (`https://***@host/`). */
export function maskUrlCredentials(value: string): string {
  return value.replace(AUTHORITY, (whole, scheme: string, slashes: string, authority: string) => {
    const at = authority.lastIndexOf('@');
    return at === -1 ? whole : `${scheme}${slashes}***@${authority.slice(at + 1)}`;
  });
}

/**
 * Why `value` is not an http(s) URL joblist writes or requests, or `undefined` when it is one. The check is
 * the WHATWG parse every browser and Node's `fetch` make, not a pattern: no user name or password (in any
 * spelling the parser accepts), exactly `//` between the scheme and a non-empty host (`https:////x`,
 * `https:/x`, backslashes are refused), no whitespace, control or invisible characters, at most
 * {@link TEXT_LIMITS}`.url` characters.
 */
export function httpUrlProblem(value: string): string | undefined {
  if (hasUrlCredentials(value)) return 'must not contain a user name or password';
  if (!/^https?:/iu.test(value)) return 'must be an http(s) URL';
  if (!/^[^\s\p{Cc}\p{Cf}]+$/u.test(value))
    return 'must not contain whitespace, control or invisible characters';
  if (value.length > TEXT_LIMITS.url) return `must be at most ${TEXT_LIMITS.url} characters`;
  if (!URL.canParse(value)) return 'must be a valid URL';
  if (!/^https?:\/\/[^/\\]/iu.test(value) || value.includes('\\'))
    return 'must have exactly "//" after the scheme and no backslash';
  if (new URL(value).hostname === '') return 'must name a host';
  return undefined;
}

/**
 * An absolute `http:` or `https:` URL that passes {@link httpUrlProblem}; a URL refused for credentials is
 * shown with them masked, so no error, log or status file repeats them.
 */
export const HttpUrlSchema = v.pipe(
  v.string(),
  v.rawCheck<string>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const message = httpUrlProblem(dataset.value);
    if (message) addIssue({ message, received: JSON.stringify(maskUrlCredentials(dataset.value)) });
  }),
);
