/**
 * `tsx bench/publish-unchanged.ts [--repos N] [--runs N]`: a second publish of N unchanged repositories
 * (local bare remotes, the publish library without CLI start-up), median wall time and git processes
 * (counted with GIT_TRACE), beside the floor: N × `git ls-remote`, one after the other.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadProject } from '@joblist/config';
import { publishAll } from '@joblist/publish';
import { writeFakeBuild } from '../packages/publish/test/_helpers/build-output.ts';
import { localPublishContext } from '../packages/publish/test/_helpers/publish-context.ts';
import { makeTempDir } from '../test/_helpers/git.ts';
import { PROJECT_ROOT } from '../test/_helpers/workspace-copy.ts';

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const REPOS = option('repos', 20);
const RUNS = option('runs', 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const project = await loadProject(join(PROJECT_ROOT, 'joblist.config.ts'));
const [template] = project.categories;
if (!template) throw new Error('the project has no category');
const categories = Array.from({ length: REPOS }, (_, index) => ({
  ...template,
  id: `bench${index}`,
  repo: `Bench-${index}-Jobs`,
}));
const temp = makeTempDir('joblist-bench-publish-');
const trace = join(temp.dir, 'git-trace.txt');
const context = localPublishContext(project, temp.dir);

try {
  const titles = Array.from({ length: 200 }, (_, index) => `Engineer ${index}`);
  const time = new Date('2026-11-27T20:30:00Z');
  for (const category of categories)
    writeFakeBuild(context.buildRoot(category), { repo: category.repo, role: category.role, time, titles });
  await publishAll(categories, context, 4);

  const walls: number[] = [];
  const processes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    rmSync(trace, { force: true });
    process.env.GIT_TRACE = trace;
    const start = performance.now();
    const summary = await publishAll(categories, context, 4);
    walls.push(performance.now() - start);
    delete process.env.GIT_TRACE;
    const unchanged = summary.outcomes.filter(
      (outcome) => outcome.ok && outcome.result.status === 'unchanged',
    );
    if (unchanged.length !== REPOS) throw new Error(`expected ${REPOS} unchanged, got ${unchanged.length}`);
    processes.push(readFileSync(trace, 'utf8').match(/trace: built-in: git /gu)?.length ?? 0);
  }

  const floors: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (const { repo } of categories)
      execFileSync('git', ['ls-remote', join(temp.dir, 'remotes', `${repo}.git`)], { stdio: 'ignore' });
    floors.push(performance.now() - start);
  }
  const wall = median(walls);
  const floor = median(floors);
  console.log(
    `second publish, ${REPOS} unchanged repos: ${wall.toFixed(0)} ms, ${median(processes)} git processes; ` +
      `${REPOS} × git ls-remote: ${floor.toFixed(0)} ms; ratio ${(wall / floor).toFixed(1)}× (medians of ${RUNS})`,
  );
} finally {
  temp.cleanup();
}
