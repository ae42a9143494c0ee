import type { Fork } from './fork.ts';
import { matrixCombinations } from './matrix.ts';
import { type JobResult, type RunJobOptions, runJob } from './run-job.ts';
import { workflowAtCommit } from './workflow.ts';

/** What a workflow run is given: {@link RunJobOptions} without the one job, its matrix and its needs. */
export type RunWorkflowOptions = Omit<RunJobOptions, 'job' | 'matrix' | 'needs'> & {
  /** The jobs to run (with what they need, in `needs` order); default: every job of the workflow. */
  jobs?: readonly string[];
};

/** How one job of the run went: its result as `needs.<job>.result` says it, its outputs, and each matrix entry's run. */
export interface WorkflowJobResult {
  result: 'success' | 'failure' | 'cancelled' | 'skipped';
  outputs: Record<string, string>;
  runs: JobResult[];
}

/** How the run went: each job's result, in the order the jobs ran. */
export interface WorkflowResult {
  status: 'success' | 'failure';
  jobs: Record<string, WorkflowJobResult>;
  runId: string;
}

const needsOf = (needs: string | readonly string[] | undefined): string[] =>
  needs === undefined ? [] : [needs].flat();

/** The jobs `wanted` and those they need, each after the jobs it needs (a cycle or an unknown job is an error). */
function jobOrder(
  jobs: Record<string, { needs?: string | string[] }>,
  wanted: readonly string[],
  file: string,
): string[] {
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (id: string, from: string) => {
    if (order.includes(id)) return;
    const job = jobs[id];
    if (!job) throw new Error(`${file}: ${from} needs "${id}", which is not a job of the workflow`);
    if (visiting.has(id)) throw new Error(`${file}: jobs.${id}.needs goes round a cycle`);
    visiting.add(id);
    for (const need of needsOf(job.needs)) visit(need, `jobs.${id}`);
    visiting.delete(id);
    order.push(id);
  };
  for (const id of wanted) visit(id, 'the run');
  return order;
}

/** A matrix job's result: failure when an entry failed, else cancelled, else success (skipped when every entry was). */
function combined(runs: JobResult[]): WorkflowJobResult['result'] {
  for (const result of ['failure', 'cancelled', 'success'] as const)
    if (runs.some((run) => run.status === result)) return result;
  return 'skipped';
}

/**
 * Runs a workflow of the fork's commit under test as one GitHub run: its jobs one after another in
 * `needs` order (each given `needs.<job>.result` and `.outputs`; a job whose needs did not all succeed is
 * skipped unless its `if:` calls a status function), a matrix job once per combination, one by one, with
 * `matrix.*` set; all jobs share the run id, so an artifact one job uploads is there for the next.
 */
export async function runWorkflow(fork: Fork, options: RunWorkflowOptions): Promise<WorkflowResult> {
  const { jobs: wanted, ...shared } = options;
  const workflow = workflowAtCommit(fork, options.workflow);
  const runId = options.runId ?? String(Date.now());
  const jobs: Record<string, WorkflowJobResult> = {};
  for (const id of jobOrder(workflow.jobs, wanted ?? Object.keys(workflow.jobs), options.workflow)) {
    const job = workflow.jobs[id];
    const needs = Object.fromEntries(
      needsOf(job?.needs).map((need) => [
        need,
        { result: jobs[need]?.result ?? 'skipped', outputs: jobs[need]?.outputs ?? {} },
      ]),
    );
    const matrix = job?.strategy?.matrix;
    const combinations = matrix ? matrixCombinations(matrix, `${options.workflow}: jobs.${id}`) : [undefined];
    const runs: JobResult[] = [];
    for (const combination of combinations)
      runs.push(
        await runJob(fork, {
          ...shared,
          job: id,
          runId,
          needs,
          ...(combination && { matrix: combination }),
        }),
      );
    jobs[id] = {
      result: combined(runs),
      outputs: Object.assign({}, ...runs.map((run) => run.outputs)),
      runs,
    };
  }
  const failed = Object.values(jobs).some((job) => job.result === 'failure' || job.result === 'cancelled');
  return { status: failed ? 'failure' : 'success', jobs, runId };
}
