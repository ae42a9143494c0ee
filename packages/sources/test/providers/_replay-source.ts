import * as v from 'valibot';
import { createHttpClient } from '../../src/lib/http/client.ts';
import type { SourceAdapter, SourceResult } from '../../src/lib/types.ts';
import {
  type ReplayRoutes,
  type ReplayServer,
  repoRoot,
  startReplayServer,
} from '../_helpers/replay-server.ts';

/** What {@link replaySource} returns: the adapter's result and the requests the server saw. */
export interface ReplayRun extends SourceResult {
  requests: ReplayServer['requests'];
  /** The requests the server saw for one path. */
  requestsTo: ReplayServer['requestsTo'];
}

/**
 * Serves `routes` from a loopback server, runs `adapter` with `options` (validated by its own option
 * schema, `baseUrl` pointed at the server) through the real HTTP client, and closes the server.
 */
export async function replaySource<S extends v.GenericSchema>(
  adapter: SourceAdapter<S>,
  options: Record<string, unknown>,
  routes: ReplayRoutes,
): Promise<ReplayRun> {
  const server = await startReplayServer(routes);
  try {
    const parsed = v.parse(adapter.options, { type: adapter.type, ...options, baseUrl: server.url });
    const http = createHttpClient({ retries: 0, timeoutMs: 5000, allowLoopback: true });
    const result = await adapter.fetch(parsed, { http, cwd: repoRoot });
    return { ...result, requests: server.requests, requestsTo: server.requestsTo };
  } finally {
    await server.close();
  }
}
