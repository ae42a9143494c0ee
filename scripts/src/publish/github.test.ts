import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createRedactor } from './auth.ts';
import { createGithubRepository } from './github.ts';

const TOKEN = 'ghs_githubTestToken42';
const redact = createRedactor([TOKEN]);
let close: () => Promise<void> = async () => {};
afterEach(() => close());

async function fakeApi(status: number, body: string) {
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
      response.writeHead(status, { 'content-type': 'application/json' }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, seen };
}

describe('createGithubRepository', () => {
  it('POSTs /orgs/{org}/repos with a bearer token', async () => {
    const api = await fakeApi(201, '{}');
    await createGithubRepository({
      org: 'acme',
      name: 'Backend-Jobs',
      token: TOKEN,
      apiBase: api.base,
      redact,
    });
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
    await expect(
      createGithubRepository({ org: 'acme', name: 'Backend-Jobs', token: TOKEN, apiBase: api.base, redact }),
    ).rejects.toThrow('GitHub refused to create acme/Backend-Jobs: 422 name already exists (token ***)');
    await expect(
      createGithubRepository({ org: 'acme', name: 'x', token: undefined, redact }),
    ).rejects.toThrow(/GITHUB_TOKEN/u);
  });
});
