import { type GithubApi, type GithubResponse, githubMessage } from './api.ts';
import type { Pacer } from './pacer.ts';

/** What creating repositories and enabling Pages share. */
export interface ProvisionContext {
  api: GithubApi;
  /** Paces the content-creating requests (POSTs). */
  pacer: Pacer;
  org: string;
  redact: (text: string) => string;
  log: (line: string) => void;
}

/** A repository to create when missing. */
export interface RepositorySpec {
  name: string;
  description?: string;
}

/** Retries after a secondary rate limit (403/429 with `retry-after`) at most this many times. */
const MAX_RETRIES = 3;

/** A content-creating request: paced, and repeated after the `retry-after` of a secondary-limit answer. */
async function pacedPost(context: ProvisionContext, path: string, body: unknown): Promise<GithubResponse> {
  for (let attempt = 0; ; attempt++) {
    await context.pacer.next();
    const response = await context.api('POST', path, body);
    const retryAfter = Number(response.headers.get('retry-after'));
    if ((response.status !== 403 && response.status !== 429) || !(retryAfter > 0) || attempt >= MAX_RETRIES)
      return response;
    context.log(`GitHub asked to wait ${retryAfter} s (secondary rate limit)`);
    await context.pacer.pause(retryAfter);
  }
}

const failure = (context: ProvisionContext, what: string, response: GithubResponse) =>
  new Error(context.redact(`${what}: ${response.status} ${githubMessage(response.body)}`.trim()));

/**
 * Creates each repository of `context.org` that does not exist yet (public, empty), one paced request
 * each. Resumable: a repository that exists is left alone, and one that appeared since it was looked up
 * (422 "name already exists") counts as there. Returns the names it created.
 */
export async function createMissingRepositories(
  context: ProvisionContext,
  repositories: readonly RepositorySpec[],
): Promise<string[]> {
  const { api, org } = context;
  const created: string[] = [];
  for (const { name, description } of repositories) {
    const found = await api('GET', `/repos/${org}/${name}`);
    if (found.status === 200) continue;
    if (found.status !== 404) throw failure(context, `cannot read ${org}/${name}`, found);
    const body = { name, description, private: false, auto_init: false };
    const response = await pacedPost(context, `/orgs/${org}/repos`, body);
    if (response.status === 201) {
      created.push(name);
      context.log(`${name}: created ${org}/${name}`);
    } else if (response.status !== 422 || !/already exists/iu.test(githubMessage(response.body))) {
      throw failure(context, `GitHub refused to create ${org}/${name}`, response);
    }
  }
  return created;
}

/**
 * Turns GitHub Pages on for each repository, built from the root of `branch`, where it is off (one
 * paced request each); 409 (already on, e.g. by a run stopped midway) counts as done. Returns the
 * names it enabled.
 */
export async function enableMissingPages(
  context: ProvisionContext,
  names: readonly string[],
  branch: string,
): Promise<string[]> {
  const { api, org } = context;
  const enabled: string[] = [];
  for (const name of names) {
    const found = await api('GET', `/repos/${org}/${name}/pages`);
    if (found.status === 200) continue;
    if (found.status !== 404)
      throw failure(context, `cannot read the Pages settings of ${org}/${name}`, found);
    const response = await pacedPost(context, `/repos/${org}/${name}/pages`, {
      source: { branch, path: '/' },
    });
    if (response.status === 201) {
      enabled.push(name);
      context.log(`${name}: GitHub Pages enabled from ${branch} /`);
    } else if (response.status !== 409) {
      throw failure(context, `GitHub refused to enable Pages on ${org}/${name}`, response);
    }
  }
  return enabled;
}
