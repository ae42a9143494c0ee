import { checkProjectLinks, LINK_CHECK_LIMITS } from '@joblist/build';
import { loadProject } from '@joblist/config';
import { DEFAULT_LINK_STATE, DEFAULT_SNAPSHOT } from '@joblist/core-model';
import { defineCommand } from 'citty';
import { categoryArgs, type NumberRange, numberArg, parseNow, timeArg } from '../_utils/args.ts';
import { jsonArg, withJsonOutput } from '../json-output.ts';
import { commandMeta } from './meta.ts';

/** `--ttl` and `--timeout`: hours or seconds, above 0. */
const POSITIVE: NumberRange = { min: 0, above: true, fraction: true };
/** `--timeout`: seconds above 0, at most {@link LINK_CHECK_LIMITS}`.maxTimeoutSeconds`. */
const TIMEOUT: NumberRange = { ...POSITIVE, max: LINK_CHECK_LIMITS.maxTimeoutSeconds };

const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));

/** `joblist check-links`: checks the job pages of the categories' windows; the next build drops gone ones. */
export default defineCommand({
  meta: commandMeta('check-links'),
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
    // --ttl, --timeout, --per-host and --now were checked before this runs.
    const check = async () =>
      checkProjectLinks(await loadProject(args.config), {
        category: args.category,
        snapshot: args.snapshot,
        state: args.state,
        timeoutSeconds: number(args.timeout),
        perHost: number(args['per-host']),
        ttlHours: number(args.ttl),
        now: args.now === undefined ? undefined : parseNow(args.now),
        allowLoopback: args['allow-loopback'],
      });
    await withJsonOutput(args.json, 'check-links', check, (result) => result);
  },
});
