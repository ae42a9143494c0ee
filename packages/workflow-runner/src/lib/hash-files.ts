import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A glob (`*`, `?`, `**`) as a RegExp over `/`-separated relative paths. */
export function globPattern(glob: string): RegExp {
  let source = '';
  for (let at = 0; at < glob.length; at++) {
    const char = glob[at] ?? '';
    if (glob.startsWith('**/', at)) {
      source += '(?:.*/)?';
      at += 2;
    } else if (glob.startsWith('**', at)) {
      source += '.*';
      at += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/gu, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}

/** Every file under `dir` (`.git` left out), as paths relative to `root` with `/`. */
function filesUnder(root: string, dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [relative(root, dir).split(sep).join('/')];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !relative(root, entry.parentPath).split(sep).includes('.git'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * `hashFiles(patterns…)` as the runner computes it: the files of the workspace matching any pattern (a
 * leading `!` excludes), sorted, each one's sha256 folded into one sha256 (hex); '' when none matches.
 * Only the folder before a pattern's first wildcard is walked.
 */
export function hashFiles(workspace: string, patterns: readonly string[]): string {
  const include = patterns.filter((pattern) => !pattern.startsWith('!'));
  const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((p) => globPattern(p.slice(1)));
  const matched = new Set<string>();
  for (const pattern of include) {
    const clean = pattern.replace(/^\.\//u, '');
    const fixed = clean.split('/');
    const firstWild = fixed.findIndex((part) => /[*?]/u.test(part));
    const base = firstWild < 0 ? clean : fixed.slice(0, firstWild).join('/');
    const regexp = globPattern(clean);
    for (const file of filesUnder(workspace, join(workspace, base)))
      if (regexp.test(file) && !exclude.some((not) => not.test(file))) matched.add(file);
  }
  if (matched.size === 0) return '';
  const total = createHash('sha256');
  for (const file of [...matched].sort())
    total.update(
      createHash('sha256')
        .update(readFileSync(join(workspace, file)))
        .digest(),
    );
  return total.digest('hex');
}
