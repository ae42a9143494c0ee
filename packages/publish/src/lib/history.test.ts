import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildManifest, MANIFEST_PATH } from '@joblist/core-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGit, type Git } from './git.ts';
import { publishedRowCounts } from './history.ts';

let dir: string;
let git: Git;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'joblist-history-'));
  git = createGit({ cwd: dir, identity: { name: 't', email: 't@example.com' }, redact: (text) => text });
  await git(['init', '--quiet', '--initial-branch=main']);
  await mkdir(join(dir, '.joblist'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const manifest = (rows: number): BuildManifest => ({
  version: 1,
  category: 'backend',
  repo: 'Backend-Development-Jobs',
  builtAt: '2026-11-27T20:30:00.000Z',
  rows,
  jobIds: [],
  files: [],
});

/** Commits `text` as the published manifest and returns the commit. */
async function publish(text: string): Promise<string> {
  await writeFile(join(dir, MANIFEST_PATH), text);
  await git(['add', '--all']);
  await git(['commit', '--quiet', '-m', 'publish']);
  return (await git(['rev-parse', 'HEAD'])).stdout.trim();
}

describe('publishedRowCounts', () => {
  it("reads each published version's rows from its manifest, newest first", async () => {
    await publish(JSON.stringify(manifest(50)));
    await publish(JSON.stringify(manifest(48)));
    expect(await publishedRowCounts(git, 5)).toEqual([48, 50]);
  });

  it('refuses a published manifest that is not JSON or not a manifest, naming the commit, the file and the field', async () => {
    const broken = await publish('{ "version": 1,');
    await expect(publishedRowCounts(git, 5)).rejects.toThrow(`${broken}:${MANIFEST_PATH}: not JSON (`);
    const invalid = await publish(JSON.stringify({ ...manifest(3), rows: 'many' }));
    await expect(publishedRowCounts(git, 5)).rejects.toThrow(`${invalid}:${MANIFEST_PATH}: invalid`);
    await expect(publishedRowCounts(git, 5)).rejects.toThrow('rows:');
  });
});
