import { createFork, type Fork, runJob } from '@joblist/workflow-runner';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './_helpers/cli.ts';

/**
 * `.github/workflows/ci.yml` run as GitHub runs it (the workflow-runner harness), on a fresh clone of this
 * working tree. Its one step is `.ci/run`, the whole suite again: so this test runs only when asked
 * (`JOBLIST_RUN_CI_WORKFLOW=1`), never inside a workflow run (no recursion: the nested suite skips it).
 */
const asked = process.env.JOBLIST_RUN_CI_WORKFLOW === '1';
const nested = process.env.GITHUB_ACTIONS === 'true';
if (!asked || nested)
  console.warn(
    nested
      ? 'skipping the ci.yml run: this already is a workflow run'
      : 'skipping the ci.yml run (the whole suite again, minutes): JOBLIST_RUN_CI_WORKFLOW=1 runs it',
  );

let fork: Fork | undefined;
afterAll(() => fork?.cleanup());

describe.runIf(asked && !nested)('ci.yml, run as GitHub runs it', () => {
  // The matrix entry: JOBLIST_CI_WORKFLOW_NODE (24 or 20.19), else the one of the Node running this test.
  // Either works on any machine: .ci/run brings the Node the entry asks for from the npm registry.
  const node =
    process.env.JOBLIST_CI_WORKFLOW_NODE ?? (process.versions.node.startsWith('24.') ? '24' : '20.19');

  it(
    `the check job on Node ${node}: every step exits 0 and the suite ends with "N passed, 0 failed"`,
    async () => {
      fork = createFork({ source: ROOT });
      const result = await runJob(fork, {
        workflow: '.github/workflows/ci.yml',
        job: 'check',
        matrix: { node },
      });
      const failed = result.steps.filter((step) => step.outcome !== 'success');
      expect(failed.map((step) => `${step.name}\n${step.output.slice(-3000)}`)).toEqual([]);
      expect(result.status).toBe('success');
      // .ci/run's closing line: the nested suite's own count.
      expect(result.steps.at(-1)?.output.trim().split('\n').at(-1)).toMatch(
        /^\d+ passed, 0 failed(?:, \d+ skipped)?$/u,
      );
    },
    40 * 60_000,
  );
});
