import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_PATH } from '@joblist/core-model';
import type { BuildOutput } from './build-output.ts';
import type { Git } from './git.ts';
import { gitLockFiles } from './recover.ts';
import { expiredArchives } from './retention.ts';

/** The git object id of a file's bytes (`blob <size>\0<bytes>`), sha1 or sha256 by the id length of the repository. */
export function gitBlobId(content: string | Buffer, idLength: number): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash(idLength === 64 ? 'sha256' : 'sha1')
    .update(`blob ${bytes.length}\0`)
    .update(bytes)
    .digest('hex');
}

/** One entry of `git ls-tree -r -z` output: its mode (`100644`, `120000`, …), object type and id. */
export interface TreeEntry {
  mode: string;
  type: string;
  id: string;
}

/** The entries of `git ls-tree -r -z` output by path. */
export function treeEntries(lsTreeOutput: string): Map<string, TreeEntry> {
  const entries = new Map<string, TreeEntry>();
  for (const line of lsTreeOutput.split('\0')) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.+)$/su.exec(line);
    if (match?.[1] && match[2] && match[3] && match[4])
      entries.set(match[4], { mode: match[1], type: match[2], id: match[3] });
  }
  return entries;
}

/**
 * Whether publishing `output` into the work copy `dir` would change nothing, decided from the remote
 * branch's head (`remoteHead`, from the one `git ls-remote`) without fetch, checkout, writing or parsing:
 * the work copy is intact (its `.git` exists, no lock file a killed run left) and its HEAD is the remote
 * head, whose tree holds every built file and the manifest byte for byte (so no file would be written,
 * dropped or re-staged) and no archive file retention would delete on this build day. Any doubt answers
 * false, and the caller takes the normal path with its crash recovery.
 */
export async function isAlreadyPublished(
  dir: string,
  output: BuildOutput,
  remoteHead: string | undefined,
  retentionDays: number,
  git: Git,
): Promise<boolean> {
  const gitDir = join(dir, '.git');
  if (remoteHead === undefined || !existsSync(gitDir) || (await gitLockFiles(gitDir)).length > 0)
    return false;
  const head = await git(['--git-dir=.git', 'rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
    allowFailure: true,
  });
  if (head.code !== 0 || head.stdout.trim() !== remoteHead) return false;
  const tree = await git(['--git-dir=.git', 'ls-tree', '-r', '-z', '--full-tree', remoteHead], {
    allowFailure: true,
  });
  if (tree.code !== 0) return false;
  const entries = treeEntries(tree.stdout);
  const isPublished = (path: string, content: string | Buffer) => {
    const entry = entries.get(path);
    return (
      entry?.type === 'blob' &&
      entry.mode.startsWith('100') &&
      entry.id === gitBlobId(content, remoteHead.length)
    );
  };
  const written = [...output.files, [MANIFEST_PATH, output.manifestText] as const];
  if (!written.every(([path, content]) => isPublished(path, content))) return false;
  const archiveNames = [...entries.keys()]
    .filter((path) => path.startsWith('archive/'))
    .map((path) => path.slice('archive/'.length).split('/')[0] ?? '');
  return expiredArchives(archiveNames, output.buildTime, retentionDays).length === 0;
}
