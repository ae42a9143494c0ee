import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildArgs,
  type CliRun,
  fetchArgs,
  publishArgs,
  runCli,
  startCli,
} from '../../../test/_helpers/cli.ts';
import { git, listFiles, makeTempDir, pushHumanCommit, showFile } from '../../../test/_helpers/git.ts';
import { writeFakeBuild } from './_helpers/build-output.ts';

// SIGKILL at random moments of fetch, build and publish, and inside git commands of publish (via git
// hooks and a clean filter that kill the run's whole process group at a chosen point). After every kill
// the next normal run must succeed with no manual step and reach the state a clean run reaches.

const REPO = 'Backend-Development-Jobs';
const NOW = '2026-11-27T20:30:00Z';
const STAMP = /Last updated: ([^<\n]+?)\s*</u;

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  temp = makeTempDir('joblist-crash-');
});
afterAll(() => temp.cleanup());

const path = (...parts: string[]) => join(temp.dir, ...parts);
const fetchInto = (out: string) => fetchArgs(join(out, 'snapshot.json'), join(out, 'cache'));
const buildInto = (snapshot: string, out: string) => buildArgs(snapshot, out, ['--now', NOW]);
const publishBackend = () =>
  publishArgs({ from: path('from'), workDir: path('work'), remote: path('remotes/{repo}.git') });

/** Every file under `dir` (relative path → bytes); `.git` folders are left out. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    if (entry.isFile() && !relative(dir, file).split('/').includes('.git'))
      files.set(relative(dir, file), readFileSync(file, 'latin1'));
  }
  return files;
}

/** Lock and temporary files under `dirs`, `.git` included (what a killed run may leave), relative to the temp folder. */
function leftovers(...dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile() && /\.lock$|\.tmp$/u.test(entry.name))
          .map((entry) => relative(temp.dir, join(entry.parentPath, entry.name)))
      : [],
  );
}

/** Runs the CLI and kills its process group after `delayMs`; true when the kill landed before it ended. */
async function killAfter(args: string[], delayMs: number): Promise<boolean> {
  const run = startCli(args, { detached: true });
  const timer = setTimeout(() => process.kill(-(run.child.pid ?? 0), 'SIGKILL'), delayMs);
  const { signal } = await run.done;
  clearTimeout(timer);
  return signal === 'SIGKILL';
}

/** Kills a run at a random moment: retried with shorter delays until a kill lands. */
async function killSomewhere(args: string[], random: () => number): Promise<void> {
  for (let maxMs = 900; ; maxMs /= 2) if (await killAfter(args, 30 + random() * maxMs)) return;
}

/** A small seeded PRNG (mulberry32), so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The trap: hooks and filters call it with their point name; when that point is armed (`armed` holds
 * `<point>:<word in the git command line>`; git is its grandparent) it kills the run's process group, once.
 */
const TRAP = `#!/bin/sh
dir=$(dirname "$0")
[ -f "$dir/armed" ] || exit 0
IFS=: read -r point word < "$dir/armed"
[ "$point" = "$1" ] || exit 0
git=$(cut -d' ' -f4 /proc/$PPID/stat)
case "$(tr '\\0' ' ' < /proc/$git/cmdline)" in *"$word"*) ;; *) exit 0 ;; esac
rm -f "$dir/armed"
kill -9 "-$(cat "$dir/pgid")"
sleep 10
`;

function installHook(gitDir: string, name: string, point: string) {
  mkdirSync(join(gitDir, 'hooks'), { recursive: true });
  const file = join(gitDir, 'hooks', name);
  writeFileSync(file, `#!/bin/sh\nsh '${path('trap/trap.sh')}' ${point}\ncat >/dev/null\nexit 0\n`);
  chmodSync(file, 0o755);
}

/** Puts the traps into the work copy (hooks, a clean filter for README.md) and the bare remote. */
function installTraps() {
  const work = path('work', REPO);
  git(work, ['config', 'filter.trap.clean', `sh '${path('trap/trap.sh')}' clean; cat`]);
  mkdirSync(join(work, '.git/info'), { recursive: true });
  writeFileSync(join(work, '.git/info/attributes'), 'README.md filter=trap\n');
  installHook(join(work, '.git'), 'prepare-commit-msg', 'commit');
  installHook(join(work, '.git'), 'reference-transaction', 'ref-$1');
  const bare = path('remotes', `${REPO}.git`);
  installHook(bare, 'pre-receive', 'pre-receive');
  installHook(bare, 'reference-transaction', 'remote-ref-$1');
}

/** Runs publish with one trap armed; the run must die there. Returns the leftover lock files. */
async function killInside(trap: string): Promise<string[]> {
  installTraps();
  writeFileSync(path('trap/armed'), `${trap}\n`);
  const run = startCli(publishBackend(), { detached: true });
  writeFileSync(path('trap/pgid'), String(run.child.pid));
  const { code, signal, output } = await run.done;
  expect(signal, `${trap} did not fire (exit ${code}):\n${output}`).toBe('SIGKILL');
  return leftovers(path('work'), path('remotes'));
}

function expectRun(run: CliRun, what: string) {
  expect(run.code, `${what}\n${run.output}`).toBe(0);
}

/** The published repository holds exactly the build output plus what humans added; every commit is consistent. */
function expectPublished(human: Record<string, string>) {
  const bare = path('remotes', `${REPO}.git`);
  const expected = new Map([...tree(path('from', REPO)), ...Object.entries(human)]);
  expect(listFiles(bare).sort()).toEqual([...expected.keys()].sort());
  for (const [file, content] of expected) expect(showFile(bare, file).toString('latin1')).toBe(content);
  for (const line of git(bare, ['log', '--format=%H %an %s', 'main']).split('\n')) {
    const [hash = '', author, ...subject] = line.split(' ');
    if (author !== 'joblist-bot') continue;
    const stamp = STAMP.exec(showFile(bare, 'README.md', hash).toString())?.[1];
    expect(subject.join(' ')).toBe(`Update backend developer job listings - ${stamp}`);
  }
  expect(leftovers(path('work'), path('remotes'))).toEqual([]);
}

describe('SIGKILL anywhere, then a normal run', () => {
  it('recovers from 23 kills across fetch, build and publish (8 inside git commands) with no manual step', async () => {
    const random = seeded(20261127);
    mkdirSync(path('trap'), { recursive: true });
    writeFileSync(path('trap/trap.sh'), TRAP);
    let kills = 0;

    // fetch: the clean result first, then kill and rerun.
    expectRun(await runCli(fetchInto(path('clean'))), 'clean fetch');
    const cleanSnapshot = readFileSync(path('clean/snapshot.json'), 'utf8');
    for (let round = 0; round < 5; round++) {
      await killSomewhere(fetchInto(path('data')), random);
      kills++;
      expectRun(await runCli(fetchInto(path('data'))), `fetch after kill ${round}`);
      expect(readFileSync(path('data/snapshot.json'), 'utf8')).toBe(cleanSnapshot);
      expect(leftovers(path('data'))).toEqual([]);
    }

    // build
    const snapshot = path('clean/snapshot.json');
    expectRun(await runCli(buildInto(snapshot, path('clean-build'))), 'clean build');
    const cleanBuild = tree(path('clean-build'));
    for (let round = 0; round < 5; round++) {
      await killSomewhere(buildInto(snapshot, path('build')), random);
      kills++;
      expectRun(await runCli(buildInto(snapshot, path('build'))), `build after kill ${round}`);
      expect(tree(path('build'))).toEqual(cleanBuild);
    }

    // publish: each round publishes a new build (4 hours later), so every run commits and pushes.
    let hours = 0;
    const nextBuild = () => {
      hours += 4;
      const time = new Date(Date.parse(NOW) + hours * 3_600_000);
      writeFakeBuild(path('from'), {
        repo: REPO,
        role: 'Backend developer',
        time,
        titles: ['A', 'B', `C ${hours}`],
      });
    };
    const human: Record<string, string> = {};
    nextBuild();
    expectRun(await runCli(publishBackend()), 'first publish');
    expectPublished(human);
    for (let round = 0; round < 5; round++) {
      nextBuild();
      await killSomewhere(publishBackend(), random);
      kills++;
      expectRun(await runCli(publishBackend()), `publish after random kill ${round}`);
      expectPublished(human);
    }
    // What each trap leaves besides joblist's own lock (a kill in prepare-commit-msg comes after git
    // released the index, one in pre-receive before the remote locks its refs).
    const traps: Array<[trap: string, leaves: RegExp | undefined]> = [
      ['clean:', /^work\/.+\/\.git\/index\.lock$/u],
      ['commit:', undefined],
      ['ref-prepared:commit', /^work\/.+\/\.git\/(?:HEAD|refs\/heads\/main)\.lock$/u],
      ['ref-prepared:checkout', /^work\/.+\/\.git\/(?:index|HEAD|refs\/heads\/main)\.lock$/u],
      ['ref-prepared:fetch', /^work\/.+\/\.git\/refs\/remotes\/origin\/main\.lock$/u],
      ['ref-prepared:push', /^work\/.+\/\.git\/refs\/remotes\/origin\/main\.lock$/u],
      ['pre-receive:', undefined],
      ['remote-ref-prepared:receive-pack', /^remotes\/.+\.git\/refs\/heads\/main\.lock$/u],
    ];
    for (const [trap, leaves] of traps) {
      nextBuild();
      if (trap.endsWith(':fetch')) Object.assign(human, { [`NOTES-${hours}.md`]: `${hours}\n` });
      if (trap.endsWith(':fetch')) pushHumanCommit(path('remotes', `${REPO}.git`), human, 'Human notes');
      const left = await killInside(trap);
      kills++;
      if (leaves)
        expect(
          left.some((file) => leaves.test(file)),
          `${trap} left ${left}`,
        ).toBe(true);
      expectRun(await runCli(publishBackend()), `publish after a kill at ${trap}`);
      expectPublished(human);
    }
    expect(kills).toBeGreaterThanOrEqual(20);
  }, 400_000);
});
