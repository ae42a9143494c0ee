import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Project } from '@joblist/config';
import { MANIFEST_PATH } from '@joblist/core-model';
import { escapeHtml, htmlDocument } from '@joblist/outputs';
import { renderReadmePreview } from '@joblist/outputs/preview';
import { categoryBuildRoot } from './build-dir.ts';

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

/** A repository the preview serves: its name (the URL's first segment) and the folder of its build. */
export interface PreviewRepository {
  repo: string;
  dir: string;
}

/** Whether a repository's build is there (its manifest, written last, exists). */
export const isBuilt = (entry: PreviewRepository) => existsSync(join(entry.dir, MANIFEST_PATH));

function indexPage(repositories: readonly PreviewRepository[]): string {
  const items = repositories.map((entry) => {
    const name = escapeHtml(entry.repo);
    return isBuilt(entry)
      ? `<li>${name}: <a href="${name}/index.html">page</a> · <a href="${name}/README.md">README</a></li>`
      : `<li>${name}: not built yet (<code>pnpm build</code> or <code>joblist build --all</code> builds it)</li>`;
  });
  return htmlDocument({
    title: 'joblist preview',
    style: 'body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem; }',
    body: ['<h1>joblist preview</h1>', `<ul>${items.join('')}</ul>`],
  });
}

/**
 * Resolves a request path (`/<repo>/<file>`) to a file inside that repository's build folder, or
 * undefined when it names no repository, leaves the folder or names no file.
 */
function fileFor(repositories: readonly PreviewRepository[], urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const [, repo = '', ...rest] = path.split('/');
  const root = repositories.find((entry) => entry.repo === repo)?.dir;
  if (root === undefined) return undefined;
  const inner = rest.join('/');
  const file = resolve(root, `.${sep}${inner === '' || inner.endsWith('/') ? `${inner}index.html` : inner}`);
  const inside = relative(root, file);
  if (inside.startsWith('..') || inside.split(sep).includes('..')) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Serves the builds of `repositories` on 127.0.0.1: `/` lists them (saying which are not built yet),
 * `/<repo>/…` serves each file as built (so the pages' `../<repo>/index.html` links work), and every
 * Markdown file (README, pages, archive) is rendered to HTML as GitHub would show it.
 */
export async function startPreviewServer(
  repositories: readonly PreviewRepository[],
  port = 0,
): Promise<PreviewServer> {
  const server: Server = createServer(async (request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    try {
      if (urlPath === '/') return send(200, TYPES['.html'] ?? '', indexPage(repositories));
      const file = fileFor(repositories, urlPath);
      if (!file) return send(404, 'text/plain; charset=utf-8', `not found: ${urlPath}\n`);
      const extension = extname(file);
      if (extension === '.md') {
        return send(
          200,
          TYPES['.md'] ?? '',
          renderReadmePreview(await readFile(file, 'utf8'), decodeURIComponent(urlPath).slice(1)),
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

/**
 * Serves the built folder of every category of `project` (from `from`, else each one's own build folder)
 * on 127.0.0.1 until SIGINT, saying which are not built yet and where the preview is.
 */
export async function servePreview(project: Project, from: string | undefined, port: number): Promise<void> {
  const repositories = project.categories.map((category) => ({
    repo: category.repo,
    dir: join(categoryBuildRoot(project.root, category, from), category.repo),
  }));
  const missing = repositories.filter((entry) => !isBuilt(entry)).map((entry) => entry.repo);
  if (missing.length > 0)
    console.error(
      `not built yet: ${missing.join(', ')} (\`pnpm build\` or \`joblist build --all\` builds them)`,
    );
  const server = await startPreviewServer(repositories, port);
  console.log(
    `preview of ${repositories.length - missing.length} categories on ${server.url} (Ctrl-C stops it)`,
  );
  await new Promise<void>((done) => process.once('SIGINT', done));
  await server.close();
}
