import { loadProject } from '@joblist/config';
import { syncForms } from '@joblist/submissions';
import { defineCommand } from 'citty';
import { commandMeta } from './meta.ts';

/** `joblist forms`: writes the submission issue forms (`.github/ISSUE_TEMPLATE/*.yml`) from the config. */
export default defineCommand({
  meta: commandMeta('forms'),
  args: {
    config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
    check: { type: 'boolean', description: 'Write nothing; exit 1 when a form is missing or stale' },
  },
  async run({ args }) {
    if (!(await syncForms(await loadProject(args.config), args.check))) process.exitCode = 1;
  },
});
