import type { Workplace } from '@joblist/core-model';

/** What a provider says about where a job is worked; every field is optional and read leniently. */
export interface WorkplaceHints {
  /** An explicit enum: `REMOTE`, `Hybrid`, `on_site`, `OnSite`, `telecommute`, `in-office`, … */
  type?: unknown;
  /** A remote flag: `true`/`false`, also `'true'`, `'yes'`, `1`/`0`. */
  remote?: unknown;
  /** Free text to scan (location, title, …): `Remote (US)`, `Hybrid - Berlin`, `Work from home`. */
  text?: string | readonly (string | null | undefined)[] | null;
  /** The answer when nothing above says anything; `onsite` unless given. */
  fallback?: Workplace;
}

/** Enum spellings, compared lowercase with everything but letters removed (`on_site` → `onsite`). */
const ENUM_VALUES: Readonly<Record<string, Workplace>> = {
  remote: 'remote',
  fullyremote: 'remote',
  remoteonly: 'remote',
  fullremote: 'remote',
  telecommute: 'remote',
  telework: 'remote',
  wfh: 'remote',
  workfromhome: 'remote',
  anywhere: 'remote',
  hybrid: 'hybrid',
  partiallyremote: 'hybrid',
  partlyremote: 'hybrid',
  flexible: 'hybrid',
  onsite: 'onsite',
  inoffice: 'onsite',
  office: 'onsite',
  inperson: 'onsite',
  onpremise: 'onsite',
  onpremises: 'onsite',
};

const TRUE_VALUES = new Set(['true', 'yes', 'y', '1']);
const FALSE_VALUES = new Set(['false', 'no', 'n', '0']);

const HYBRID_TEXT = /\bhybrid\b/iu;
const NOT_REMOTE_TEXT = /\b(?:no|not|non)[\s-]?remote\b|\bon[\s-]?site\s+only\b/iu;
const REMOTE_TEXT =
  /\bremote\b|\banywhere\b|\bwork(?:ing)?[\s-]from[\s-]home\b|\bwfh\b|\btele(?:commut\w*|work\w*)\b/iu;

function fromEnum(type: unknown): Workplace | undefined {
  if (typeof type !== 'string') return undefined;
  return ENUM_VALUES[type.toLowerCase().replace(/[^a-z]/gu, '')];
}

function fromBoolean(remote: unknown): boolean | undefined {
  if (typeof remote === 'boolean') return remote;
  if (typeof remote === 'number') return remote === 1 ? true : remote === 0 ? false : undefined;
  if (typeof remote !== 'string') return undefined;
  const value = remote.trim().toLowerCase();
  if (TRUE_VALUES.has(value)) return true;
  return FALSE_VALUES.has(value) ? false : undefined;
}

function fromText(text: WorkplaceHints['text']): Workplace | undefined {
  const joined = (typeof text === 'string' ? [text] : (text ?? [])).filter(Boolean).join(' \n ');
  if (HYBRID_TEXT.test(joined)) return 'hybrid';
  if (NOT_REMOTE_TEXT.test(joined)) return 'onsite';
  return REMOTE_TEXT.test(joined) ? 'remote' : undefined;
}

/**
 * Decides remote / hybrid / onsite. A recognised enum (`type`) wins over the `remote` flag, which
 * wins over free text: `remote: true` is remote; `remote: false` is onsite unless the text says
 * hybrid (not remote is still compatible with hybrid). Text mentioning `hybrid` is hybrid; `remote`,
 * `anywhere`, `work from home`, `WFH`, `telecommute` are remote (`no remote`, `non-remote` are not).
 * Unrecognised values are ignored; with no signal at all the `fallback` (default `onsite`) is returned.
 */
export function workplaceFrom(hints: WorkplaceHints): Workplace {
  const explicit = fromEnum(hints.type);
  if (explicit) return explicit;
  const textual = fromText(hints.text);
  const remote = fromBoolean(hints.remote);
  if (remote === true) return 'remote';
  if (remote === false) return textual === 'hybrid' ? 'hybrid' : 'onsite';
  return textual ?? hints.fallback ?? 'onsite';
}
