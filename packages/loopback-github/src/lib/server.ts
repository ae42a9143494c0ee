import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as v from 'valibot';
import { type Action, allows } from './access.ts';
import type { LoopbackApp } from './app-jwt.ts';
import { type Clock, systemClock } from './clock.ts';
import { readBody, serveGitHttpBackend } from './git-backend.ts';
import { type AppRegistry, createAppRegistry } from './installations.ts';
import {
  type Charge,
  GITHUB_RATE_LIMITS,
  installationRateLimit,
  RateLimiter,
  type RateLimits,
  SECONDARY_LIMIT_MESSAGE,
} from './rate-limit.ts';
import {
  type LoopbackInstallationInput,
  type LoopbackRepository,
  type LoopbackRepositoryInput,
  LoopbackRepositorySchema,
  type LoopbackToken,
  type LoopbackTokenInput,
  LoopbackTokenSchema,
  PagesSourceSchema,
  type WorkflowState,
} from './schema.ts';

/** How the loopback GitHub starts. */
export interface LoopbackGithubOptions {
  /** Folder of the bare repositories (`<root>/<owner>/<name>.git`). */
  root: string;
  /** The clock of the rate-limit windows (default: the wall clock). */
  clock?: Clock;
  /** Overrides of GitHub's documented limits. */
  limits?: Partial<RateLimits>;
}

/** One request as the server saw it (for assertions: which token went where). */
export interface LoopbackRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  status: number;
}

/** A running loopback GitHub and its state, configurable per test. */
export interface LoopbackGithub {
  /** `http://127.0.0.1:<port>`: stands for `https://github.com` (git smart HTTP at `/<owner>/<repo>.git`). */
  origin: string;
  /** `<origin>/api`: stands for `https://api.github.com`. */
  apiBase: string;
  /** Adds an organisation and its members (user logins). */
  addOrganization(login: string, members?: readonly string[]): void;
  /** Accepts a token from now on. */
  addToken(token: LoopbackTokenInput): void;
  /** Adds a repository (an empty bare repository on disk) and returns its path. */
  addRepository(repository: LoopbackRepositoryInput): string;
  /** A repository's state, or undefined. */
  repository(owner: string, name: string): LoopbackRepository | undefined;
  /** Sets a workflow's state (`publish.yml` → `active`). */
  setWorkflow(owner: string, name: string, file: string, state: WorkflowState): void;
  /** The bare repository of `<owner>/<name>` on disk. */
  repoPath(owner: string, name: string): string;
  /** Every request, in order. */
  requests: LoopbackRequest[];
  /** The rate limiter (`overLimit`: requests answered over a limit; `secondaryHits`, `primaryHits`, `pushHits`). */
  limiter: RateLimiter;
  /** Registers a GitHub App (its id and public key): its JWTs are accepted from now on. */
  addApp(app: LoopbackApp): void;
  /** Installs an App on an owner with permissions: it mints installation tokens (an hour each). */
  addInstallation(installation: LoopbackInstallationInput): void;
  /** The App registry (`minted`: installation tokens minted so far). */
  apps: AppRegistry;
  close(): Promise<void>;
}

const REPO_NAME = /^[A-Za-z0-9._-]{1,100}$/u;

/** The token an `Authorization` header carries: `Bearer`/`token` (API) or a Basic password (git). */
function presentedToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme = '', value = ''] = header.split(/\s+/u, 2);
  if (/^(?:bearer|token)$/iu.test(scheme)) return value;
  if (/^basic$/iu.test(scheme)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1);
  }
  return undefined;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(text);
}

/** Starts a loopback GitHub on 127.0.0.1 (a free port). */
export async function startLoopbackGithub(options: LoopbackGithubOptions): Promise<LoopbackGithub> {
  const tokens = new Map<string, LoopbackToken>();
  const members = new Map<string, Set<string>>();
  const repositories = new Map<string, LoopbackRepository>();
  const requests: LoopbackRequest[] = [];
  const limiter = new RateLimiter(options.clock ?? systemClock, {
    ...GITHUB_RATE_LIMITS,
    ...options.limits,
  });
  const key = (owner: string, name: string) => `${owner}/${name}`.toLowerCase();
  const repoPath = (owner: string, name: string) => join(options.root, owner, `${name}.git`);
  let origin = '';
  const clock = options.clock ?? systemClock;
  const apps = createAppRegistry(clock, (token) => {
    const parsed = v.parse(LoopbackTokenSchema, token);
    tokens.set(parsed.value, parsed);
  });
  /** Who pays for a token's requests (an installation's tokens share its limit) and its hourly limit. */
  const caller = (token: LoopbackToken | undefined) => {
    if (token?.installation === undefined) return { caller: token?.value };
    const owned = [...repositories.values()].filter((repository) => repository.owner === token.owner).length;
    return { caller: `installation:${token.installation}`, limit: installationRateLimit(owned) };
  };

  const addRepository = (input: LoopbackRepositoryInput): string => {
    const repository = v.parse(LoopbackRepositorySchema, input);
    repositories.set(key(repository.owner, repository.name), repository);
    const path = repoPath(repository.owner, repository.name);
    mkdirSync(path, { recursive: true });
    execFileSync('git', ['init', '--bare', '--quiet', '--initial-branch=main'], { cwd: path });
    return path;
  };

  const repositoryJson = (repository: LoopbackRepository, token: LoopbackToken | undefined) => {
    const target = { owner: repository.owner, repository };
    const can = (action: Action) => allows(token, action, target, members);
    return {
      name: repository.name,
      full_name: `${repository.owner}/${repository.name}`,
      owner: { login: repository.owner },
      private: repository.private,
      description: repository.description,
      html_url: `${origin}/${repository.owner}/${repository.name}`,
      clone_url: `${origin}/${repository.owner}/${repository.name}.git`,
      default_branch: 'main',
      has_pages: repository.pages !== undefined,
      ...(token && {
        permissions: {
          admin: can('create-repository'),
          maintain: can('create-repository'),
          push: can('push'),
          triage: can('push'),
          pull: can('read'),
        },
      }),
    };
  };

  async function api(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    token?: LoopbackToken,
  ) {
    const method = request.method ?? 'GET';
    const payer = caller(token);
    const within = limiter.begin(payer.caller);
    response.on('close', () => limiter.end(payer.caller));
    const endpoint = path.replace(/^\/(repos|orgs)\/[^/]+(?:\/[^/]+)?/u, (_all, kind: string) =>
      kind === 'repos' ? '/repos/{owner}/{repo}' : '/orgs/{org}',
    );
    const charge: Charge = limiter.charge({ ...payer, method, endpoint }, within);
    const headers: Record<string, string> = { ...charge.headers };
    if (token?.scopes) headers['x-oauth-scopes'] = token.scopes.join(', ');
    if (charge.exceeded === 'primary')
      return send(
        response,
        403,
        { message: `API rate limit exceeded for ${token?.login ?? 'your IP address'}.` },
        headers,
      );
    if (charge.exceeded === 'secondary')
      return send(
        response,
        403,
        { message: SECONDARY_LIMIT_MESSAGE },
        { ...headers, 'retry-after': String(charge.retryAfter) },
      );
    const reply = (status: number, body?: unknown) => send(response, status, body, headers);
    const notFound = () => reply(404, { message: 'Not Found' });
    const forbidden = () => reply(403, { message: 'Resource not accessible by personal access token' });

    if (path === '/user' && method === 'GET') {
      if (!token) return reply(401, { message: 'Requires authentication' });
      return reply(200, { login: token.login, type: 'User' });
    }
    const createIn = /^\/orgs\/([^/]+)\/repos$/u.exec(path);
    if (createIn && method === 'POST') {
      const owner = createIn[1] ?? '';
      if (!members.has(owner)) return notFound();
      if (!allows(token, 'create-repository', { owner }, members))
        return reply(403, {
          message: 'You need admin access to the organization before adding a repository to it.',
        });
      const body = JSON.parse((await readBody(request)).toString('utf8') || '{}') as Record<string, unknown>;
      const name = String(body.name ?? '');
      if (!REPO_NAME.test(name)) return reply(422, { message: 'Repository creation failed.' });
      if (repositories.has(key(owner, name))) {
        return reply(422, {
          message: 'Repository creation failed.',
          errors: [
            {
              resource: 'Repository',
              code: 'custom',
              field: 'name',
              message: 'name already exists on this account',
            },
          ],
        });
      }
      addRepository({
        owner,
        name,
        private: body.private === true,
        description: String(body.description ?? ''),
      });
      return reply(201, repositoryJson(repositories.get(key(owner, name)) as LoopbackRepository, token));
    }
    const match = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/u.exec(path);
    if (!match) return notFound();
    const repository = repositories.get(key(match[1] ?? '', match[2] ?? ''));
    const target = { owner: repository?.owner ?? '', repository };
    if (!repository || !allows(token, 'read', target, members)) return notFound();
    const rest = match[3] ?? '';
    const can = (action: Action) => allows(token, action, target, members);

    if (rest === '' && method === 'GET') return reply(200, repositoryJson(repository, token));
    const collaborator = /^\/collaborators\/([^/]+)\/permission$/u.exec(rest);
    if (collaborator && method === 'GET') {
      const login = decodeURIComponent(collaborator[1] ?? '');
      const role = repository.collaborators[login];
      // GitHub's `permission` reports maintain as write and triage as read; anyone else has none.
      const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : (role ?? 'none');
      return reply(200, { permission, role_name: role ?? 'none', user: { login } });
    }
    if (rest === '/pages' && method === 'GET') {
      if (!can('pages-read')) return forbidden();
      if (!repository.pages) return notFound();
      const { owner, name } = repository;
      return reply(200, {
        url: `${origin}/api/repos/${owner}/${name}/pages`,
        status: 'built',
        html_url: `https://${owner.toLowerCase()}.github.io/${name}/`,
        build_type: 'legacy',
        source: repository.pages,
        public: true,
      });
    }
    if (rest === '/pages' && method === 'POST') {
      if (!can('pages-write')) return forbidden();
      if (repository.pages) return reply(409, { message: 'GitHub Pages is already enabled.' });
      const body = JSON.parse((await readBody(request)).toString('utf8') || '{}') as { source?: unknown };
      const source = v.safeParse(PagesSourceSchema, body.source);
      if (!source.success) return reply(422, { message: 'Invalid request.' });
      repository.pages = source.output;
      return reply(201, { status: null, source: repository.pages, build_type: 'legacy' });
    }
    const workflow = /^\/actions\/workflows\/([^/]+)(\/enable)?$/u.exec(rest);
    if (workflow) {
      const file = workflow[1] ?? '';
      const state = repository.workflows[file];
      if (state === undefined) return notFound();
      if (workflow[2] && method === 'PUT') {
        if (!can('actions-write')) return forbidden();
        repository.workflows[file] = 'active';
        return reply(204);
      }
      if (!can('actions-read')) return forbidden();
      return reply(200, { name: file, path: `.github/workflows/${file}`, state });
    }
    return notFound();
  }

  function gitRequest(request: IncomingMessage, response: ServerResponse, url: URL, token?: LoopbackToken) {
    const match = /^\/([^/]+)\/([^/]+)\.git(\/.*)$/u.exec(url.pathname);
    const repository = match ? repositories.get(key(match[1] ?? '', match[2] ?? '')) : undefined;
    const target = { owner: repository?.owner ?? '', repository };
    const challenge = () =>
      response.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"' }).end('Authentication required');
    if (!match || !repository) return response.writeHead(404).end('Repository not found.');
    if (!allows(token, 'read', target, members)) return token ? response.writeHead(404).end() : challenge();
    const pushing =
      url.searchParams.get('service') === 'git-receive-pack' || match[3] === '/git-receive-pack';
    if (pushing && !token) return challenge();
    if (pushing && !allows(token, 'push', target, members))
      return response
        .writeHead(403)
        .end(`Permission to ${repository.owner}/${repository.name}.git denied to ${token?.login}.`);
    if (match[3] === '/git-receive-pack' && !limiter.chargePush(key(repository.owner, repository.name)))
      return response.writeHead(429, { 'retry-after': '60' }).end(SECONDARY_LIMIT_MESSAGE);
    void serveGitHttpBackend(
      options.root,
      `/${repository.owner}/${repository.name}.git${match[3]}`,
      request,
      response,
    );
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const authorization = request.headers.authorization;
    const entry: LoopbackRequest = {
      method: request.method ?? '',
      path: url.pathname,
      authorization,
      status: 0,
    };
    requests.push(entry);
    response.on('finish', () => {
      entry.status = response.statusCode;
    });
    const presented = presentedToken(authorization);
    const isApi = url.pathname.startsWith('/api/');
    if (isApi) {
      const path = url.pathname.slice('/api'.length);
      const answered = apps.answer(request.method ?? 'GET', path, presented, async () =>
        JSON.parse((await readBody(request)).toString('utf8') || '{}'),
      );
      void answered.then(
        (answer) => {
          if (answer) return send(response, answer.status, answer.body);
          serve(request, response, url, presented);
        },
        (error: Error) => send(response, 500, { message: error.message }),
      );
      return;
    }
    serve(request, response, url, presented);
  });

  function serve(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    presented: string | undefined,
  ) {
    const known = presented === undefined ? undefined : tokens.get(presented);
    const token = known?.expiresAt !== undefined && known.expiresAt <= clock.now() ? undefined : known;
    const isApi = url.pathname.startsWith('/api/');
    if (presented !== undefined && !token) {
      if (isApi) return send(response, 401, { message: 'Bad credentials' });
      return response
        .writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"' })
        .end('Invalid credentials');
    }
    if (isApi) {
      api(request, response, url.pathname.slice('/api'.length), token).catch((error: Error) =>
        send(response, 500, { message: error.message }),
      );
      return;
    }
    gitRequest(request, response, url, token);
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    apiBase: `${origin}/api`,
    addOrganization: (login, logins = []) => {
      members.set(login, new Set(logins));
    },
    addToken: (token) => {
      const parsed = v.parse(LoopbackTokenSchema, token);
      tokens.set(parsed.value, parsed);
    },
    addRepository,
    repository: (owner, name) => repositories.get(key(owner, name)),
    setWorkflow: (owner, name, file, state) => {
      const repository = repositories.get(key(owner, name));
      if (!repository) throw new Error(`no repository ${owner}/${name}`);
      repository.workflows[file] = state;
    },
    repoPath,
    requests,
    limiter,
    addApp: (app) => apps.addApp(app),
    addInstallation: (installation) => apps.addInstallation(installation),
    apps,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
