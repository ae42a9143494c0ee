import { loadProject } from '@joblist/config';
import { syncFiles } from '@joblist/io';
import { formFiles, submissionForms } from '@joblist/submissions';
import { defineCommand } from 'citty';
import { COMMAND_META } from './meta.ts';

/** `joblist forms`: writes the submission issue forms (`.github/ISSUE_TEMPLATE/*.yml`) from the config. */
export default defineCommand({
  meta: COMMAND_META.forms,
  args: {
    config: { type: 'string', description: 'Site config file (default: nearest joblist.config.ts)' },
    check: { type: 'boolean', description: 'Write nothing; exit 1 when a form is missing or stale' },
  },
  async run({ args }) {
    const project = await loadProject(args.config);
    const files = formFiles(submissionForms(project.categories));
    const stale = await syncFiles(project.root, files, { check: args.check });
    if (args.check && stale.length > 0) {
      console.error(`stale issue forms (run \`joblist forms\`): ${stale.join(', ')}`);
      process.exitCode = 1;
      return;
    }
    console.log(
      stale.length === 0 || args.check
        ? `issue forms up to date: ${files.map((file) => file.path).join(', ')}`
        : `wrote ${stale.join(', ')}`,
    );
  },
});
