import { type GithubApi, type GithubResponse, githubMessage } from './api.ts';

/** What creating a repository and enabling Pages share. */
export interface ProvisionContext {
  /** The API, paced by the run's budget (see `createBudget`): limit answers are waited out there. */
  api: GithubApi;
  org: string;
  redact: (text: string) => string;
  log: (line: string) => void;
}

/** A repository to create when missing. */
export interface RepositorySpec {
  name: string;
  description?: string;
}

const failure = (context: ProvisionContext, what: string, response: GithubResponse) =>
  new Error(context.redact(`${what}: ${response.status} ${githubMessage(response.body)}`.trim()));

/**
 * Creates the repository in `context.org` unless it exists (public, empty): one content-creating
 * request. Resumable: one that exists is left alone, and one that appeared since it was looked up
 * (422 "name already exists") counts as there. Returns whether it created it.
 */
export async function createRepositoryIfMissing(
  context: ProvisionContext,
  { name, description }: RepositorySpec,
): Promise<boolean> {
  const { api, org } = context;
  const found = await api('GET', `/repos/${org}/${name}`);
  if (found.status === 200) return false;
  if (found.status !== 404) throw failure(context, `cannot read ${org}/${name}`, found);
  const body = { name, description, private: false, auto_init: false };
  const response = await api('POST', `/orgs/${org}/repos`, body);
  if (response.status === 201) {
    context.log(`${name}: created ${org}/${name}`);
    return true;
  }
  if (response.status === 422 && /already exists/iu.test(githubMessage(response.body))) return false;
  throw failure(context, `GitHub refused to create ${org}/${name}`, response);
}

/**
 * Turns GitHub Pages on for the repository, built from the root of `branch`, unless it is on: one
 * content-creating request; 409 (already on, e.g. by a run stopped midway) counts as done. Returns
 * whether it enabled it.
 */
export async function enablePagesIfMissing(
  context: ProvisionContext,
  name: string,
  branch: string,
): Promise<boolean> {
  const { api, org } = context;
  const found = await api('GET', `/repos/${org}/${name}/pages`);
  if (found.status === 200) return false;
  if (found.status !== 404) throw failure(context, `cannot read the Pages settings of ${org}/${name}`, found);
  const response = await api('POST', `/repos/${org}/${name}/pages`, { source: { branch, path: '/' } });
  if (response.status === 201) {
    context.log(`${name}: GitHub Pages enabled from ${branch} /`);
    return true;
  }
  if (response.status === 409) return false;
  throw failure(context, `GitHub refused to enable Pages on ${org}/${name}`, response);
}
