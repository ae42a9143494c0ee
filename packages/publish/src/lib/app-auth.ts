import { readFileSync } from 'node:fs';
import type { Redact } from '@joblist/core-model';
import {
  type AppCredentials,
  createInstallationTokens,
  type InstallationTokens,
  type PacerClock,
} from '@joblist/github';
import { allowsHttpLoopback, checkTokenDestination, readToken, tokenRedactor } from './auth.ts';

/** The environment variables of GitHub App authentication (the recommended way; the PAT path stays). */
export const APP_VARIABLES = {
  appId: 'JOBLIST_APP_ID',
  /** The App's private key: the PEM itself, or the path of a `.pem` file. */
  privateKey: 'JOBLIST_APP_PRIVATE_KEY',
  installationId: 'JOBLIST_APP_INSTALLATION_ID',
} as const;

/**
 * The GitHub App credentials of the environment ({@link APP_VARIABLES}), or undefined when
 * `JOBLIST_APP_ID` is unset. The private key is the PEM (`\n` escapes allowed) or a file path; an error
 * names the variable or the file, never the key.
 */
export function readAppCredentials(env: NodeJS.ProcessEnv = process.env): AppCredentials | undefined {
  const appId = env[APP_VARIABLES.appId]?.trim();
  if (!appId) return undefined;
  const installationId = env[APP_VARIABLES.installationId]?.trim();
  const key = env[APP_VARIABLES.privateKey]?.trim();
  if (!installationId || !key)
    throw new Error(
      `${APP_VARIABLES.appId} is set: ${APP_VARIABLES.privateKey} and ${APP_VARIABLES.installationId} are needed too`,
    );
  if (key.includes('-----BEGIN')) return { appId, installationId, privateKey: key.replaceAll('\\n', '\n') };
  try {
    return { appId, installationId, privateKey: readFileSync(key, 'utf8') };
  } catch (error) {
    throw new Error(
      `${APP_VARIABLES.privateKey}: cannot read the private key file ${key}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

/** The forms a private key travels in: the whole PEM and each line of its body (any one is a secret). */
function privateKeySecrets(privateKey: string): string[] {
  const body = privateKey.split('\n').filter((line) => line.trim() && !line.startsWith('-----'));
  return [privateKey, privateKey.replaceAll('\n', '\\n'), ...body];
}

/** How publish authenticates: a personal token, or a GitHub App's installation tokens. */
export interface PublishAuth {
  /** The personal token (`GITHUB_TOKEN`, `GH_TOKEN`), if any. */
  token: string | undefined;
  /** Removes the token, the App's private key and every installation token minted so far. */
  redact: Redact;
  /** The App's credentials, if it is configured. */
  app: AppCredentials | undefined;
  /**
   * With an App: its installation tokens for this run, for every repository of the installation (`all`,
   * e.g. to create repositories) or scoped to `repositories` (500 a token).
   */
  installationTokens(
    scope: 'all' | readonly string[],
    options: { log?: (line: string) => void; clock?: PacerClock; apiBase?: string },
  ): InstallationTokens | undefined;
}

/**
 * The authentication of a publish run from the environment: {@link readToken} and
 * {@link readAppCredentials} (the App wins when both are set), one redactor for all their secrets.
 */
export function publishAuth(env: NodeJS.ProcessEnv = process.env): PublishAuth {
  const token = readToken(env);
  const app = readAppCredentials(env);
  const keySecrets = app ? privateKeySecrets(app.privateKey) : [];
  let minted: InstallationTokens | undefined;
  const redact = tokenRedactor(token, () => [...keySecrets, ...(minted?.secrets() ?? [])]);
  return {
    token,
    redact,
    app,
    installationTokens(scope, options) {
      if (!app) return undefined;
      minted = createInstallationTokens({
        credentials: app,
        scope,
        base: options.apiBase,
        clock: options.clock,
        checkDestination: (url) => checkTokenDestination(url, 'JOBLIST_GITHUB_API', allowsHttpLoopback(env)),
        redact,
        log: options.log,
      });
      return minted;
    },
  };
}
