import type { Category } from '@joblist/core-model';
import { type GithubApi, githubMessage } from '@joblist/github';
import type { Check } from './report.ts';

/** The README section every fix points to. */
const GUIDE = 'README "Deploy to your own organisation"';

/** A repository on GitHub: `owner/name`. */
export interface RepositoryName {
  owner: string;
  name: string;
}

const fail = (check: string, message: string, fix: string, subject?: string): Check => ({
  check,
  ...(subject && { subject }),
  status: 'fail',
  message,
  fix,
});
const ok = (check: string, message: string, subject?: string): Check => ({
  check,
  ...(subject && { subject }),
  status: 'ok',
  message,
});

/** Whether the token works: `GET /user` answers, and a classic token has a scope that can push. */
export async function checkToken(api: GithubApi, token: string | undefined): Promise<Check> {
  if (!token)
    return fail(
      'token',
      'neither GITHUB_TOKEN nor GH_TOKEN is set',
      `create a fine-grained token (${GUIDE}) and export it as GITHUB_TOKEN`,
    );
  const user = await api('GET', '/user');
  if (user.status !== 200)
    return fail(
      'token',
      `GitHub refuses it (${user.status} ${githubMessage(user.body)})`,
      'create a new token and export it',
    );
  const login = (user.body as { login?: string }).login ?? '?';
  const scopes = user.headers.get('x-oauth-scopes');
  if (scopes === null) return ok('token', `fine-grained, acts as ${login}`);
  const list = scopes.split(',').map((scope) => scope.trim());
  if (!list.includes('repo') && !list.includes('public_repo'))
    return fail(
      'token',
      `classic token of ${login} without the public_repo scope (${scopes || 'no scopes'})`,
      'give it public_repo, or use a fine-grained token',
    );
  return ok('token', `classic, acts as ${login} (scopes: ${scopes})`);
}

/** Whether each category repository exists and the token may push to it; the names of those that exist. */
export async function checkRepositories(
  api: GithubApi,
  org: string,
  categories: readonly Category[],
): Promise<{ checks: Check[]; present: Set<string> }> {
  const checks: Check[] = [];
  const present = new Set<string>();
  for (const { repo } of categories) {
    const subject = `${org}/${repo}`;
    const found = await api('GET', `/repos/${org}/${repo}`);
    if (found.status === 404) {
      checks.push(
        fail(
          'repo',
          'not found (or the token cannot see it)',
          '`pnpm joblist publish --all --create` creates it',
          subject,
        ),
      );
      continue;
    }
    if (found.status !== 200) {
      checks.push(
        fail(
          'repo',
          `GitHub answered ${found.status} ${githubMessage(found.body)}`,
          'check the token and the organisation',
          subject,
        ),
      );
      continue;
    }
    present.add(repo);
    const permissions = (found.body as { permissions?: { push?: boolean } }).permissions;
    if (permissions?.push) checks.push(ok('repo', 'exists; the token may push', subject));
    else
      checks.push(
        fail('repo', 'the token may not push to it', `give the token Contents: write on ${subject}`, subject),
      );
  }
  return { checks, present };
}

/** Whether GitHub Pages is on for each repository that publishes `index.html` (skipped when missing). */
export async function checkPages(
  api: GithubApi,
  org: string,
  repos: readonly string[],
  present: ReadonlySet<string>,
): Promise<Check[]> {
  const checks: Check[] = [];
  for (const repo of repos) {
    const subject = `${org}/${repo}`;
    if (!present.has(repo)) {
      checks.push({
        check: 'pages',
        subject,
        status: 'skip',
        message: '`publish --create` turns it on with the repository',
      });
      continue;
    }
    const found = await api('GET', `/repos/${org}/${repo}/pages`);
    if (found.status === 200)
      checks.push(
        ok('pages', `on (${(found.body as { html_url?: string }).html_url ?? 'enabled'})`, subject),
      );
    else if (found.status === 404)
      checks.push(
        fail(
          'pages',
          'off: its index.html is not served',
          '`pnpm joblist publish --all --create` turns it on (or Settings → Pages → Deploy from a branch: main, / (root))',
          subject,
        ),
      );
    else
      checks.push(
        fail(
          'pages',
          `GitHub answered ${found.status} ${githubMessage(found.body)}`,
          `give the token Pages: write on ${subject}`,
          subject,
        ),
      );
  }
  return checks;
}

/** Whether the fork's scheduled workflow is enabled. */
export async function checkWorkflow(
  api: GithubApi,
  fork: RepositoryName | undefined,
  file: string,
): Promise<Check> {
  if (!fork)
    return fail(
      'workflow',
      `cannot tell which repository runs ${file}`,
      'run doctor in a clone of your fork, or pass --repository owner/name',
    );
  const subject = `${fork.owner}/${fork.name} ${file}`;
  const found = await api('GET', `/repos/${fork.owner}/${fork.name}/actions/workflows/${file}`);
  if (found.status === 404)
    return fail(
      'workflow',
      'not found',
      `push .github/workflows/${file} and enable Actions on the fork (its Actions tab)`,
      subject,
    );
  if (found.status !== 200)
    return fail(
      'workflow',
      `GitHub answered ${found.status} ${githubMessage(found.body)}`,
      `give the token Actions: read on ${fork.owner}/${fork.name}`,
      subject,
    );
  const state = (found.body as { state?: string }).state;
  if (state === 'active') return ok('workflow', 'enabled: it runs on its schedule', subject);
  return fail(
    'workflow',
    `${state}: the schedule does not run`,
    'enable it in the fork’s Actions tab (a fork starts with its workflows disabled)',
    subject,
  );
}
