import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenRedactor } from './auth.ts';
import { githubApiFor } from './github.ts';

const TOKEN = 'ghs_githubTestToken42';
const redact = tokenRedactor(TOKEN);
let close: () => Promise<void> = async () => {};
afterEach(() => close());

async function fakeApi(status: number, body: string, headers: Record<string, string> = {}) {
  const seen: Array<{ method?: string; url?: string; authorization?: string }> = [];
  const server = createServer((request, response) => {
    seen.push({ method: request.method, url: request.url, authorization: request.headers.authorization });
    request.resume();
    request.on('end', () =>
      response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const previous = close;
  close = async () => {
    await previous();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, seen };
}

describe('githubApiFor', () => {
  it('sends the token as a bearer token and answers status and body, messages redacted', async () => {
    const api = await fakeApi(422, JSON.stringify({ message: `name already exists (token ${TOKEN})` }));
    const response = await githubApiFor(
      TOKEN,
      redact,
      true,
      api.base,
    )('POST', '/orgs/acme/repos', { name: 'x' });
    expect(response.status).toBe(422);
    expect(api.seen).toEqual([
      { method: 'POST', url: '/api/orgs/acme/repos', authorization: `Bearer ${TOKEN}` },
    ]);
  });
});

describe('where the API token may go', () => {
  it('refuses a plain-http API before any request, unless loopback http is allowed explicitly', async () => {
    const api = await fakeApi(200, '{}');
    await expect(githubApiFor(TOKEN, redact, false, api.base)('GET', '/user')).rejects.toThrow(
      /^JOBLIST_GITHUB_API http:\/\/127\.0\.0\.1:\d+: refusing to send the token .* over http; use an https URL/u,
    );
    await expect(githubApiFor(TOKEN, redact, true, 'http://api.example/')('GET', '/user')).rejects.toThrow(
      /refusing to send the token/u,
    );
    expect(api.seen).toEqual([]);
  });

  it('does not follow a redirect: the other host never sees the token', async () => {
    const other = await fakeApi(200, '{}');
    const redirecting = await fakeApi(301, '{}', {
      location: `${other.base.replace('127.0.0.1', 'localhost')}/user`,
    });
    await expect(githubApiFor(TOKEN, redact, true, redirecting.base)('GET', '/user')).rejects.toThrow(
      /GET http:\/\/127\.0\.0\.1:\d+\/api\/user failed: fetch failed \(unexpected redirect\)/u,
    );
    expect(redirecting.seen).toHaveLength(1);
    expect(other.seen).toEqual([]);
  });
});
