import { findSiteConfig, scaffoldCategory } from '@joblist/config';
import { defineCommand } from 'citty';
import { commandMeta } from './meta.ts';
/** `joblist new-category`: scaffolds `categories/<id>/` and registers it in the site's category order. */
export default defineCommand({
  meta: commandMeta('new-category'),
  args: {
    id: {
      type: 'positional',
      description: 'Category id, lowercase kebab-case (e.g. devops)',
      required: true,
    },
    role: {
      type: 'string',
      description: 'Role as written in the README, e.g. "DevOps engineer"',
      required: true,
    },
    repo: { type: 'string', description: 'Repository name, e.g. DevOps-Jobs', required: true },
    campaign: { type: 'string', description: 'utm_campaign (default: github-<id>-jobs)' },
    include: {
      type: 'string',
      description: 'Comma-separated title keywords (default: the role without "developer"/"engineer")',
    },
    after: { type: 'string', description: 'Insert after this category id in the site order (default: last)' },
    config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
  },
  async run({ args }) {
    await scaffoldCategory({
      configFile: args.config ?? findSiteConfig(),
      id: args.id,
      role: args.role,
      repo: args.repo,
      campaign: args.campaign,
      include: args.include,
      after: args.after,
    });
  },
});
