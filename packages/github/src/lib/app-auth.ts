import { createPrivateKey, sign } from 'node:crypto';
import { createGithubApi, githubMessage } from './api.ts';
import { type PacerClock, systemPacerClock } from './pacer.ts';

/** A GitHub App installation joblist authenticates as. */
export interface AppCredentials {
  appId: string;
  /** The App's private key (PEM). */
  privateKey: string;
  installationId: string;
}

/** GitHub's most repositories one installation token may be scoped to. */
export const MAX_TOKEN_REPOSITORIES = 500;

/** A token is refreshed this long before it expires (GitHub's tokens live an hour). */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * A JWT that authenticates as the App (RS256, signed with its private key): issued 60 s in the past for
 * clock drift, expiring 9 minutes later (GitHub allows 10).
 */
export function createAppJwt(appId: string, privateKey: string, nowMs: number): string {
  const now = Math.floor(nowMs / 1000);
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const data = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iat: now - 60, exp: now + 540, iss: appId })}`;
  const signature = sign('sha256', Buffer.from(data), createPrivateKey(privateKey));
  return `${data}.${signature.toString('base64url')}`;
}

/** What {@link createInstallationTokens} needs. */
export interface InstallationTokenOptions {
  credentials: AppCredentials;
  /** `all`: one token for every repository of the installation; else tokens scoped to these, 500 at most each. */
  scope: 'all' | readonly string[];
  /** The API base (default `JOBLIST_GITHUB_API`, else api.github.com). */
  base?: string;
  clock?: PacerClock;
  /** Throws unless a credential may be sent to this URL. */
  checkDestination: (url: string) => void;
  redact: (text: string) => string;
  log?: (line: string) => void;
}

/** The installation tokens of a run, minted when first needed and refreshed before they expire. */
export interface InstallationTokens {
  /** The current token for `repository` (or for the installation's API calls when omitted). */
  tokenFor(repository?: string): Promise<string>;
  /** Every token minted so far (for the redactor). */
  secrets(): readonly string[];
}

/**
 * Installation tokens for a run: one per group of at most {@link MAX_TOKEN_REPOSITORIES} scoped
 * repositories (or one for all), each minted from a fresh App JWT and minted again when less than
 * {@link TOKEN_REFRESH_MARGIN_MS} of its hour is left, so a push never carries an expiring token.
 */
export function createInstallationTokens(options: InstallationTokenOptions): InstallationTokens {
  const clock = options.clock ?? systemPacerClock;
  const { appId, privateKey, installationId } = options.credentials;
  const groups: Array<readonly string[] | undefined> = [];
  const groupOf = new Map<string, number>();
  if (options.scope === 'all') groups.push(undefined);
  else
    for (let start = 0; start < options.scope.length; start += MAX_TOKEN_REPOSITORIES) {
      const group = options.scope.slice(start, start + MAX_TOKEN_REPOSITORIES);
      for (const name of group) groupOf.set(name.toLowerCase(), groups.length);
      groups.push(group);
    }
  const current = new Map<number, Promise<{ token: string; expiresAt: number }>>();
  const minted: string[] = [];

  const mint = async (group: readonly string[] | undefined) => {
    const api = createGithubApi({
      base: options.base,
      token: createAppJwt(appId, privateKey, clock.now()),
      redact: options.redact,
      checkDestination: options.checkDestination,
    });
    const response = await api(
      'POST',
      `/app/installations/${encodeURIComponent(installationId)}/access_tokens`,
      group ? { repositories: group } : {},
    );
    const body = response.body as { token?: unknown; expires_at?: unknown };
    if (response.status !== 201 || typeof body.token !== 'string')
      throw new Error(
        options.redact(
          `GitHub refused an installation token for App ${appId}, installation ${installationId}: ${response.status} ${githubMessage(response.body)}`,
        ),
      );
    minted.push(body.token);
    options.log?.(`GitHub App ${appId}: installation token minted, expires ${String(body.expires_at)}`);
    return { token: body.token, expiresAt: Date.parse(String(body.expires_at)) };
  };

  return {
    async tokenFor(repository) {
      const index = repository === undefined ? 0 : (groupOf.get(repository.toLowerCase()) ?? 0);
      for (;;) {
        const held = current.get(index);
        if (!held) {
          const next = mint(groups[index]);
          current.set(index, next);
          next.catch(() => current.delete(index));
          return (await next).token;
        }
        const { token, expiresAt } = await held;
        if (expiresAt - TOKEN_REFRESH_MARGIN_MS > clock.now()) return token;
        // Stale: the first caller to notice drops it, and every caller then takes the one minted next.
        if (current.get(index) === held) current.delete(index);
      }
    },
    secrets: () => minted,
  };
}
