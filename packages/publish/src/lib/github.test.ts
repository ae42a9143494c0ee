import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenRedactor } from './auth.ts';
import { createGithubRepository } from './github.ts';

const TOKEN = 'ghs_githubTestToken42';
const redact = tokenRedactor(TOKEN);
let close: () => Promise<void> = async () => {};
afterEach(() => close());

async function fakeApi(status: number, body: string, headers: Record<string, string> = {}) {
  const seen: Array<{ method?: string; url?: string; authorization?: string; body: string }> = [];
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
    });
    request.on('end', () => {
      seen.push({
        method: request.method,
        url: request.url,
        authorization: request.headers.authorization,
        body: text,
      });
      response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const previous = close;
  close = async () => {
    await previous();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, seen };
}

/** A creation request for acme/Backend-Jobs against a loopback API. */
const request = (apiBase: string) => ({
  org: 'acme',
  name: 'Backend-Jobs',
  token: TOKEN,
  apiBase,
  allowHttpLoopback: true,
  redact,
});

describe('createGithubRepository', () => {
  it('POSTs /orgs/{org}/repos with a bearer token', async () => {
    const api = await fakeApi(201, '{}');
    await createGithubRepository(request(api.base));
    expect(api.seen).toHaveLength(1);
    expect(api.seen[0]).toMatchObject({
      method: 'POST',
      url: '/api/orgs/acme/repos',
      authorization: `Bearer ${TOKEN}`,
    });
    expect(JSON.parse(api.seen[0]?.body ?? '{}')).toMatchObject({ name: 'Backend-Jobs', private: false });
  });

  it('reports the API message, redacted, and needs a token', async () => {
    const api = await fakeApi(422, JSON.stringify({ message: `name already exists (token ${TOKEN})` }));
    await expect(createGithubRepository(request(api.base))).rejects.toThrow(
      'GitHub refused to create acme/Backend-Jobs: 422 name already exists (token ***)',
    );
    await expect(
      createGithubRepository({ org: 'acme', name: 'x', token: undefined, redact }),
    ).rejects.toThrow(/GITHUB_TOKEN/u);
  });
});

describe('where the API token may go', () => {
  it('refuses a plain-http API before any request, unless loopback http is allowed explicitly', async () => {
    const api = await fakeApi(201, '{}');
    await expect(
      createGithubRepository({ org: 'acme', name: 'x', token: TOKEN, apiBase: api.base, redact }),
    ).rejects.toThrow(
      /^JOBLIST_GITHUB_API http:\/\/127\.0\.0\.1:\d+: refusing to send the token .* over http; use an https URL/u,
    );
    await expect(
      createGithubRepository({
        org: 'acme',
        name: 'x',
        token: TOKEN,
        apiBase: 'http://api.example/',
        allowHttpLoopback: true,
        redact,
      }),
    ).rejects.toThrow(/refusing to send the token/u);
    expect(api.seen).toEqual([]);
  });

  it('does not follow a redirect: the other host never sees the token', async () => {
    const other = await fakeApi(201, '{}');
    const redirecting = await fakeApi(301, '{}', {
      location: `${other.base.replace('127.0.0.1', 'localhost')}orgs/acme/repos`,
    });
    await expect(
      createGithubRepository({
        org: 'acme',
        name: 'x',
        token: TOKEN,
        apiBase: redirecting.base,
        allowHttpLoopback: true,
        redact,
      }),
    ).rejects.toThrow(/creating acme\/x via .* failed: fetch failed \(unexpected redirect\)/u);
    expect(redirecting.seen).toHaveLength(1);
    expect(other.seen).toEqual([]);
  });
});
