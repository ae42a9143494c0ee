/**
 * The upstream of bench/fetch-200-boards.ts, run as its own process so it does not share the event
 * loop of the client being measured. Argument: `<boards> <hosts> <delayMs>`. Serves Greenhouse payloads
 * (`/v1/boards/board-<n>/jobs`, 5 jobs each, answered after `delayMs`) spread over loopback hosts
 * 127.0.0.1 … 127.0.0.<hosts>, prints `{"baseUrls":[...]}` on one line, and runs until stdin closes.
 */
import { startReplayServer } from '../packages/sources/test/_helpers/replay-server.ts';
import { greenhousePayload } from '../scripts/test/_helpers/fetch-project.ts';

const [boards = 200, hosts = 1, delayMs = 100] = process.argv.slice(2).map(Number);
const perHost = Math.ceil(boards / hosts);
const servers = await Promise.all(
  Array.from({ length: hosts }, (_, h) => {
    const routes = Object.fromEntries(
      Array.from({ length: perHost }, (_, i) => {
        const board = `board-${h * perHost + i}`;
        return [`/v1/boards/${board}/jobs`, { body: greenhousePayload(board, 5), delayMs }];
      }),
    );
    return startReplayServer(routes, { host: `127.0.0.${h + 1}` });
  }),
);
process.stdout.write(`${JSON.stringify({ baseUrls: servers.map((server) => server.url) })}\n`);
process.stdin.resume();
process.stdin.on('end', () =>
  Promise.all(servers.map((server) => server.close())).then(() => process.exit(0)),
);
