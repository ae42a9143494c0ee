import { randomBytes } from 'node:crypto';
import * as v from 'valibot';
import { type LoopbackApp, verifyAppJwt } from './app-jwt.ts';
import type { Clock } from './clock.ts';
import {
  type LoopbackInstallation,
  type LoopbackInstallationInput,
  LoopbackInstallationSchema,
  type LoopbackTokenInput,
} from './schema.ts';

/** GitHub's lifetime of an installation token: one hour. */
export const INSTALLATION_TOKEN_LIFETIME_MS = 3_600_000;

/** GitHub's most repositories one installation token may be scoped to. */
export const MAX_TOKEN_REPOSITORIES = 500;

/** An answer of the App endpoints. */
export interface AppAnswer {
  status: number;
  body: unknown;
}

/** GitHub Apps, their installations and the installation tokens they mint (on the server's clock). */
export interface AppRegistry {
  addApp(app: LoopbackApp): void;
  addInstallation(installation: LoopbackInstallationInput): void;
  /** Installation tokens minted so far (values), oldest first. */
  minted: string[];
  /**
   * Answers an App endpoint authenticated by a JWT (`POST /app/installations/{id}/access_tokens`,
   * `GET /app/installations`, `GET /repos/{owner}/{repo}/installation`), or undefined for other paths.
   */
  answer(
    method: string,
    path: string,
    jwt: string | undefined,
    body: () => Promise<unknown>,
  ): Promise<AppAnswer | undefined>;
}

const APP_PATH = /^\/app\/installations(?:\/(\d+)\/access_tokens)?$|^\/repos\/([^/]+)\/[^/]+\/installation$/u;

/** An {@link AppRegistry} that accepts minted tokens through `addToken`. */
export function createAppRegistry(clock: Clock, addToken: (token: LoopbackTokenInput) => void): AppRegistry {
  const apps = new Map<number, LoopbackApp>();
  const installations = new Map<number, LoopbackInstallation>();
  const minted: string[] = [];
  const installationJson = (installation: LoopbackInstallation) => ({
    id: installation.id,
    app_id: installation.appId,
    account: { login: installation.owner },
    permissions: installation.permissions,
  });
  return {
    addApp: (app) => apps.set(app.id, app),
    addInstallation: (input) => {
      const installation = v.parse(LoopbackInstallationSchema, input);
      installations.set(installation.id, installation);
    },
    minted,
    async answer(method, path, jwt, body) {
      const match = APP_PATH.exec(path);
      if (!match) return undefined;
      if (!jwt) return { status: 401, body: { message: 'A JSON web token could not be decoded' } };
      const verified = verifyAppJwt(jwt, apps, clock.now());
      if ('error' in verified) return { status: 401, body: { message: verified.error } };
      const own = [...installations.values()].filter(
        (installation) => installation.appId === verified.app.id,
      );
      if (match[2] !== undefined && method === 'GET') {
        const found = own.find(
          (installation) => installation.owner.toLowerCase() === match[2]?.toLowerCase(),
        );
        return found
          ? { status: 200, body: installationJson(found) }
          : { status: 404, body: { message: 'Not Found' } };
      }
      if (match[1] === undefined && method === 'GET') return { status: 200, body: own.map(installationJson) };
      const installation = own.find((candidate) => candidate.id === Number(match[1]));
      if (match[1] === undefined || method !== 'POST' || !installation)
        return { status: 404, body: { message: 'Not Found' } };
      const { repositories } = ((await body()) ?? {}) as { repositories?: unknown };
      if (
        repositories !== undefined &&
        (!Array.isArray(repositories) || repositories.length > MAX_TOKEN_REPOSITORIES)
      )
        return {
          status: 422,
          body: { message: `Too many repositories: at most ${MAX_TOKEN_REPOSITORIES} may be listed` },
        };
      const value = `ghs_${randomBytes(18).toString('base64url')}`;
      const expiresAt = clock.now() + INSTALLATION_TOKEN_LIFETIME_MS;
      addToken({
        value,
        login: `app-${installation.appId}[bot]`,
        owner: installation.owner,
        permissions: installation.permissions,
        ...(repositories && { repositories: repositories.map(String) }),
        expiresAt,
        installation: installation.id,
      });
      minted.push(value);
      return {
        status: 201,
        body: {
          token: value,
          expires_at: new Date(expiresAt).toISOString(),
          permissions: installation.permissions,
          repository_selection: repositories ? 'selected' : 'all',
        },
      };
    },
  };
}
