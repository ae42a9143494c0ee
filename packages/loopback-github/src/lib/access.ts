import type { LoopbackRepository, LoopbackToken, PermissionLevel } from './schema.ts';

/** What a request wants to do; each maps to a classic scope and a fine-grained permission. */
export type Action =
  | 'read'
  | 'push'
  | 'create-repository'
  | 'pages-read'
  | 'pages-write'
  | 'actions-read'
  | 'actions-write';

/** The fine-grained permissions each action needs (all of them), as GitHub's REST docs list them. */
const FINE_GRAINED: Record<
  Action,
  ReadonlyArray<[keyof NonNullable<LoopbackToken['permissions']>, PermissionLevel]>
> = {
  read: [],
  push: [['contents', 'write']],
  'create-repository': [['administration', 'write']],
  'pages-read': [['pages', 'read']],
  'pages-write': [
    ['administration', 'write'],
    ['pages', 'write'],
  ],
  'actions-read': [['actions', 'read']],
  'actions-write': [['actions', 'write']],
};

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };

/** Where an action happens: an owner (organisation or user) and, but for creation, a repository. */
export interface Target {
  owner: string;
  repository?: LoopbackRepository;
}

/** The members of each organisation (a user owns itself). */
export type Members = ReadonlyMap<string, ReadonlySet<string>>;

function isMember(members: Members, owner: string, login: string): boolean {
  return owner === login || (members.get(owner)?.has(login) ?? false);
}

/**
 * Whether `token` may do `action` on `target`. A public repository is readable by anyone (a token or
 * none). A classic token acts as its user (a member of the owner) within its scopes (`repo`, or
 * `public_repo` for public repositories); a fine-grained token only on its owner's repositories it was
 * given, with the permissions the action needs.
 */
export function allows(
  token: LoopbackToken | undefined,
  action: Action,
  target: Target,
  members: Members,
): boolean {
  const { repository } = target;
  const isPublic = repository !== undefined && !repository.private;
  if (isPublic && (action === 'read' || action === 'pages-read' || action === 'actions-read')) return true;
  if (!token) return false;
  if (token.permissions) {
    if ((token.owner ?? token.login) !== target.owner) return false;
    if (repository && token.repositories && !token.repositories.includes(repository.name)) return false;
    if (!repository && token.repositories) return false; // creating needs "All repositories"
    const permissions = token.permissions;
    return FINE_GRAINED[action].every(([name, level]) => RANK[permissions[name]] >= RANK[level]);
  }
  if (!isMember(members, target.owner, token.login)) return false;
  const scopes = token.scopes ?? [];
  if (action === 'read' || action === 'pages-read' || action === 'actions-read')
    return isPublic || scopes.includes('repo');
  return scopes.includes('repo') || (scopes.includes('public_repo') && (isPublic || !repository));
}
