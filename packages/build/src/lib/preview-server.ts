import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import { MANIFEST_PATH } from '@joblist/core-model';
import { escapeHtml, htmlDocument, renderReadmePreview } from '@joblist/outputs';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.md': 'text/html; charset=utf-8',
};

/** A running preview server. */
export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

/** The repositories of a build folder: the folders holding a build manifest. */
async function builtRepositories(root: string): Promise<string[]> {
  if (!existsSync(root)) return [];
  const names = await readdir(root);
  return names.filter((name) => existsSync(join(root, name, MANIFEST_PATH))).sort();
}

async function indexPage(root: string): Promise<string> {
  const repos = await builtRepositories(root);
  const items = repos.map((repo) => {
    const name = escapeHtml(repo);
    return `<li>${name}: <a href="${name}/index.html">page</a> · <a href="${name}/README.md">README</a></li>`;
  });
  return htmlDocument({
    title: 'joblist preview',
    style: 'body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem; }',
    body: ['<h1>joblist preview</h1>', `<ul>${items.join('')}</ul>`],
  });
}

/** Resolves a request path inside `root`, or undefined when it leaves it or names no file. */
function fileFor(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  const inside = relative(root, file);
  if (inside.startsWith('..') || inside.split(sep).includes('..')) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Serves a build folder on 127.0.0.1: `/` lists the repositories, each file is served as built, and
 * every Markdown file (README, pages, archive) is rendered to HTML as GitHub would show it.
 */
export async function startPreviewServer(root: string, port = 0): Promise<PreviewServer> {
  const server: Server = createServer(async (request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    try {
      if (urlPath === '/') return send(200, TYPES['.html'] ?? '', await indexPage(root));
      const file = fileFor(root, urlPath);
      if (!file) return send(404, 'text/plain; charset=utf-8', `not found: ${urlPath}\n`);
      const extension = extname(file);
      if (extension === '.md') {
        return send(
          200,
          TYPES['.md'] ?? '',
          renderReadmePreview(await readFile(file, 'utf8'), relative(root, file)),
        );
      }
      return send(200, TYPES[extension] ?? 'application/octet-stream', await readFile(file));
    } catch (error) {
      return send(500, 'text/plain; charset=utf-8', `${(error as Error).message}\n`);
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
