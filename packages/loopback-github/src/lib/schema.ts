import * as v from 'valibot';

/** A fine-grained permission's level, as GitHub names them. */
export const PermissionLevelSchema = v.picklist(['none', 'read', 'write']);

/** The repository permissions of a fine-grained token (or GitHub App installation) that joblist needs. */
export const FineGrainedPermissionsSchema = v.object({
  administration: v.optional(PermissionLevelSchema, 'none'),
  contents: v.optional(PermissionLevelSchema, 'none'),
  pages: v.optional(PermissionLevelSchema, 'none'),
  actions: v.optional(PermissionLevelSchema, 'none'),
});

/**
 * A token the loopback GitHub accepts. A classic PAT has `scopes` (answered in `X-OAuth-Scopes`); a
 * fine-grained PAT has `permissions` on the repositories of its `owner` (all of them, or `repositories`).
 */
export const LoopbackTokenSchema = v.object({
  value: v.pipe(v.string(), v.nonEmpty()),
  /** The user the token belongs to (`GET /user`). */
  login: v.string(),
  scopes: v.optional(v.array(v.string())),
  permissions: v.optional(FineGrainedPermissionsSchema),
  /** Fine-grained: the organisation (or user) whose repositories it may touch; default its user. */
  owner: v.optional(v.string()),
  /** Fine-grained: only these repository names (default: all the owner's, those created later too). */
  repositories: v.optional(v.array(v.string())),
  /** When it stops working (ms on the server's clock): App installation tokens live an hour. */
  expiresAt: v.optional(v.number()),
  /** The App installation that minted it (its primary limit is the installation's, shared by its tokens). */
  installation: v.optional(v.number()),
});

/** A GitHub App installed on an organisation (or user) with repository permissions. */
export const LoopbackInstallationSchema = v.object({
  id: v.number(),
  appId: v.number(),
  /** The organisation or user it is installed on. */
  owner: v.string(),
  permissions: FineGrainedPermissionsSchema,
});

/** What a workflow's `state` can be (`GET /repos/{owner}/{repo}/actions/workflows/{file}`). */
export const WorkflowStateSchema = v.picklist(['active', 'disabled_manually', 'disabled_inactivity']);

/** A GitHub Pages site built from a branch. */
export const PagesSourceSchema = v.object({ branch: v.string(), path: v.picklist(['/', '/docs']) });

/** A collaborator's role on a repository, as GitHub names them. */
export const CollaboratorRoleSchema = v.picklist(['admin', 'maintain', 'write', 'triage', 'read']);

/** A repository of the loopback GitHub (its git data is a bare repository on disk). */
export const LoopbackRepositorySchema = v.object({
  owner: v.string(),
  name: v.string(),
  private: v.optional(v.boolean(), false),
  description: v.optional(v.string(), ''),
  pages: v.optional(PagesSourceSchema),
  /** Workflow file name (`publish.yml`) → state. */
  workflows: v.optional(v.record(v.string(), WorkflowStateSchema), {}),
  /** Collaborator login → role (`GET /repos/{owner}/{repo}/collaborators/{user}/permission`). */
  collaborators: v.optional(v.record(v.string(), CollaboratorRoleSchema), {}),
});

/** An App installation as configured. */
export type LoopbackInstallation = v.InferOutput<typeof LoopbackInstallationSchema>;
/** An App installation as a test writes it. */
export type LoopbackInstallationInput = v.InferInput<typeof LoopbackInstallationSchema>;
/** A token as configured. */
export type LoopbackToken = v.InferOutput<typeof LoopbackTokenSchema>;
/** A token as a test writes it. */
export type LoopbackTokenInput = v.InferInput<typeof LoopbackTokenSchema>;
/** A repository's state. */
export type LoopbackRepository = v.InferOutput<typeof LoopbackRepositorySchema>;
/** A repository as a test writes it. */
export type LoopbackRepositoryInput = v.InferInput<typeof LoopbackRepositorySchema>;
/** A workflow's state. */
export type WorkflowState = v.InferOutput<typeof WorkflowStateSchema>;
/** A fine-grained permission's level. */
export type PermissionLevel = v.InferOutput<typeof PermissionLevelSchema>;
