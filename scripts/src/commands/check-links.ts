import { checkCategoryLinks, DEFAULT_LINK_STATE, LINK_CHECK_LIMITS } from '@joblist/build';
import { loadProject, pickCategories } from '@joblist/config';
import { readSnapshot } from '@joblist/core-model';
import { defineCommand } from 'citty';
import { categoryArgs, type NumberRange, numberArg, parseNow, resolvePath, timeArg } from '../_utils/args.ts';
import { jsonArg, withJsonOutput } from '../json-output.ts';
import { DEFAULT_SNAPSHOT } from '../selection.ts';
import { COMMAND_META } from './meta.ts';

/** `--ttl` and `--timeout`: hours or seconds, above 0. */
const POSITIVE: NumberRange = { min: 0, above: true, fraction: true };
/** `--timeout`: seconds above 0, at most {@link LINK_CHECK_LIMITS}`.maxTimeoutSeconds`. */
const TIMEOUT: NumberRange = { ...POSITIVE, max: LINK_CHECK_LIMITS.maxTimeoutSeconds };

/** `joblist check-links`: checks the job pages of the categories' windows; the next build drops gone ones. */
export default defineCommand({
  meta: COMMAND_META['check-links'],
  args: {
    ...categoryArgs,
    snapshot: { type: 'string', description: `Snapshot file (default: ${DEFAULT_SNAPSHOT})` },
    state: { type: 'string', description: `Results and cache (default: ${DEFAULT_LINK_STATE})` },
    ttl: numberArg('Hours a result is reused before the page is checked again (default: 24)', POSITIVE),
    timeout: numberArg(
      'Seconds per request before it counts as a timeout (default: 10, at most 60)',
      TIMEOUT,
    ),
    'per-host': numberArg('Requests in flight per host (default: 2)', { min: 1 }),
    now: timeArg('Check time, ISO 8601 (default: now)'),
    'allow-loopback': {
      type: 'boolean',
      description:
        'Let requests reach 127.0.0.1 and ::1 (local fixtures, tests); other internal addresses stay refused',
    },
    ...jsonArg,
  },
  async run({ args }) {
    await withJsonOutput(
      args.json,
      'check-links',
      () => checkPickedLinks(args),
      (result) => result,
    );
  },
});

const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));

/** Checks the links of the picked categories (see build's `checkCategoryLinks`) and returns the result. */
async function checkPickedLinks(args: {
  config?: string;
  category?: string;
  snapshot?: string;
  state?: string;
  ttl?: string;
  timeout?: string;
  'per-host'?: string;
  now?: string;
  'allow-loopback'?: boolean;
}) {
  const project = await loadProject(args.config);
  const categories = pickCategories(project, args.category);
  const snapshot = await readSnapshot(resolvePath(args.snapshot, project.root, DEFAULT_SNAPSHOT));
  return checkCategoryLinks(categories, {
    jobs: snapshot.jobs,
    builtAt: parseNow(snapshot.updatedAt),
    stateFile: resolvePath(args.state, project.root, DEFAULT_LINK_STATE),
    timeoutSeconds: number(args.timeout),
    perHost: number(args['per-host']),
    ttlHours: number(args.ttl),
    now: args.now === undefined ? new Date() : parseNow(args.now),
    allowLoopback: args['allow-loopback'] === true,
  });
}
