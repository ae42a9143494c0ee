import { spawn } from 'node:child_process';
import type { Redact } from '@joblist/core-model';

/** Who commits: the bot identity from the site's `publish.author`. */
export interface GitIdentity {
  name: string;
  email: string;
}

/** How git runs: in which folder, with which identity, extra environment and redaction. */
export interface GitOptions {
  cwd: string;
  identity: GitIdentity;
  /** Extra variables, e.g. from `gitAuthEnvironment`; they never reach argv. */
  env?: Record<string, string>;
  redact: Redact;
}

/** What a git command printed. */
export interface GitOutput {
  stdout: string;
  stderr: string;
}

/** A git command that exited non-zero; its message is already redacted. */
export class GitError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly output: GitOutput,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

/**
 * The lines of git's output that say what failed: every `fatal:`/`error:` line (they name the file, e.g.
 * a lock's path), else the last three lines, joined with ` | `.
 */
export function errorDetail(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const errors = lines.filter((line) => /^(?:fatal|error):/u.test(line));
  return (errors.length > 0 ? errors : lines.slice(-3)).join(' | ');
}

/** Runs git commands with a fixed identity, no prompts and no dependence on the user's global identity. */
export type Git = (
  args: string[],
  options?: { allowFailure?: boolean; input?: string },
) => Promise<GitOutput & { code: number }>;

/** Creates a {@link Git} runner for one working folder. */
export function createGit(options: GitOptions): Git {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    GIT_AUTHOR_NAME: options.identity.name,
    GIT_AUTHOR_EMAIL: options.identity.email,
    GIT_COMMITTER_NAME: options.identity.name,
    GIT_COMMITTER_EMAIL: options.identity.email,
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
  };
  return (args, { allowFailure = false, input } = {}) =>
    new Promise((resolve, reject) => {
      const child = spawn('git', args, { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
      child.stdin.on('error', () => {}); // git may exit without reading its input
      child.stdin.end(input);
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      child.on('error', (error) => reject(new Error(options.redact(`git ${args[0]}: ${error.message}`))));
      child.on('close', (code) => {
        const output = {
          stdout: options.redact(Buffer.concat(stdout).toString('utf8')),
          stderr: options.redact(Buffer.concat(stderr).toString('utf8')),
        };
        if (code === 0 || allowFailure) return resolve({ ...output, code: code ?? -1 });
        const detail = errorDetail(output.stderr.trim() || output.stdout.trim());
        reject(new GitError(options.redact(`git ${args[0]} failed (exit ${code}): ${detail}`), code, output));
      });
    });
}
