import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A git repository holding `files` (the workflows under test), committed, plus one uncommitted file. */
export function sourceRepository(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'harness-source-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
  };
  execFileSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: dir });
  execFileSync('git', ['add', '--all'], { cwd: dir });
  execFileSync('git', ['commit', '--quiet', '-m', 'fixture'], { cwd: dir, env });
  writeFileSync(join(dir, 'uncommitted.txt'), 'in the working tree only\n');
  return dir;
}
