import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { runAction } from './actions.ts';
import { parseCommandFile } from './command-file.ts';
import { evaluateCondition, interpolate, type JobStatus, type Scope, type Value } from './expression.ts';
import type { Fork } from './fork.ts';
import { runScript, shellCommand } from './shell.ts';
import { type Step, workflowAtCommit } from './workflow.ts';

/** Which job of which workflow to run, and what the run is given. */
export interface RunJobOptions {
  /** The workflow file in the commit under test, e.g. `.github/workflows/publish.yml`. */
  workflow: string;
  /** The job's id in that file. */
  job: string;
  /** `github.event_name` (default `workflow_dispatch`). */
  event?: string;
  /** `secrets.*`; `GITHUB_TOKEN` is always the fork's `githubToken`. */
  secrets?: Record<string, string>;
  /** `vars.*` (repository variables). */
  vars?: Record<string, string>;
  /** The event payload's own fields (`github.event.*` and the `GITHUB_EVENT_PATH` file), e.g. an `issues` event's `action`, `label`, `issue` and `sender`. */
  payload?: Record<string, Value>;
  /** `inputs.*` (workflow_dispatch inputs). */
  inputs?: Record<string, string>;
  /** The one matrix combination to run (required when the job has a matrix). */
  matrix?: Record<string, Value>;
  /** `needs.<job>.result` and `.outputs` of the jobs this one needs. */
  needs?: Record<string, { result: string; outputs: Record<string, string> }>;
  /** Jobs of one workflow run share it (their artifacts); default: a new run. */
  runId?: string;
  /** `node` binaries `actions/setup-node` may choose from, besides those on PATH. */
  nodes?: readonly string[];
  /** Called with each piece of output as it comes (for live logs). */
  onOutput?: (text: string) => void;
}

/** How one step went. `conclusion` is `outcome` after `continue-on-error`. */
export interface StepResult {
  name: string;
  id: string | undefined;
  outcome: 'success' | 'failure' | 'skipped';
  conclusion: 'success' | 'failure' | 'skipped';
  /** The script's exit code (`run:` steps; null when the time limit killed it). */
  exitCode: number | null | undefined;
  timedOut: boolean;
  outputs: Record<string, string>;
  output: string;
  durationMs: number;
}

/** How the job went: every step, the job's outputs, everything it printed and where it ran. */
export interface JobResult {
  status: 'success' | 'failure' | 'cancelled' | 'skipped';
  steps: StepResult[];
  outputs: Record<string, string>;
  /** All output of the job, step headers included: what the run's log on GitHub shows (unmasked). */
  output: string;
  /** The job's workspace (`GITHUB_WORKSPACE`), kept after the run for inspection. */
  workspace: string;
  runId: string;
  durationMs: number;
}

const MINUTE = 60_000;

function minutes(value: string | undefined, scope: Scope, fallback: number, where: string): number {
  if (value === undefined) return fallback;
  const number = Number(interpolate(value, scope));
  if (!Number.isFinite(number) || number <= 0)
    throw new Error(`${where}: timeout-minutes must be a positive number`);
  return number;
}

const interpolateAll = (map: Record<string, string> | undefined, scope: Scope) =>
  Object.fromEntries(Object.entries(map ?? {}).map(([key, value]) => [key, interpolate(value, scope)]));

function readCommandFile(file: string): Record<string, string> {
  return existsSync(file) ? parseCommandFile(readFileSync(file, 'utf8'), file) : {};
}

/**
 * Runs one job of a workflow of the fork's commit under test as a GitHub runner does: a new workspace,
 * the steps in order (`run:` with the step's shell, `uses:` through the harness's stand-in actions),
 * `if:` conditions, `${{ }}` expressions, `env`, `GITHUB_OUTPUT`/`GITHUB_ENV`/`GITHUB_PATH`,
 * `working-directory`, `continue-on-error` and `timeout-minutes` (job and step) as real limits, then the
 * post steps (cache saves) with the job's status. Step processes get a clean environment: the runner's
 * variables, the machine's PATH and locale, and the fork's HOME (whose git config maps github.com).
 */
export async function runJob(fork: Fork, options: RunJobOptions): Promise<JobResult> {
  const started = Date.now();
  const workflow = workflowAtCommit(fork, options.workflow);
  const job = workflow.jobs[options.job];
  if (!job)
    throw new Error(
      `${options.workflow}: no job "${options.job}" (jobs: ${Object.keys(workflow.jobs).join(', ')})`,
    );
  const matrix = job.strategy?.matrix;
  if (matrix && !options.matrix)
    throw new Error(
      `${options.workflow}: job ${options.job} has a matrix; pass the combination to run as options.matrix`,
    );
  for (const key of Object.keys(options.matrix ?? {}))
    if (!matrix || !(key in matrix))
      throw new Error(`${options.workflow}: job ${options.job}: matrix has no "${key}"`);

  const runId = options.runId ?? String(Date.now());
  const jobDir = join(fork.dir, 'runs', `${runId}-${options.job}-${randomUUID().slice(0, 8)}`);
  const workspace = join(jobDir, 'workspace');
  const temp = join(jobDir, 'temp');
  const tools = join(jobDir, 'tools');
  for (const dir of [workspace, temp, tools]) mkdirSync(dir, { recursive: true });
  const branch = 'main';
  const event = {
    repository: { full_name: fork.repository },
    inputs: options.inputs ?? {},
    ...options.payload,
  };
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));

  const github: Record<string, Value> = {
    token: fork.githubToken,
    job: options.job,
    ref: `refs/heads/${branch}`,
    ref_name: branch,
    ref_type: 'branch',
    repository: fork.repository,
    repository_owner: fork.repository.split('/')[0] ?? '',
    sha: fork.sha,
    workspace,
    event_name: options.event ?? 'workflow_dispatch',
    event,
    run_id: runId,
    run_number: '1',
    run_attempt: '1',
    actor: 'workflow-harness',
    server_url: 'https://github.com',
    api_url: 'https://api.github.com',
    workflow: workflow.name ?? options.workflow,
  };
  const runnerEnv: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: fork.repository,
    GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
    GITHUB_SHA: fork.sha,
    GITHUB_REF: `refs/heads/${branch}`,
    GITHUB_REF_NAME: branch,
    GITHUB_REF_TYPE: 'branch',
    GITHUB_EVENT_NAME: String(github.event_name),
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: options.job,
    GITHUB_WORKFLOW: String(github.workflow),
    GITHUB_ACTOR: 'workflow-harness',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: tools,
    HOME: fork.home,
    LANG: 'C.UTF-8',
    // `npm install --global` goes into this job's own tool folder (a fresh runner each job).
    npm_config_prefix: tools,
    ...fork.hostEnv,
  };
  const addedPaths: string[] = [join(tools, 'bin')];
  const pathVariable = () => [...addedPaths, process.env.PATH ?? ''].join(delimiter);
  let setEnv: Record<string, string> = {};
  const steps: Record<string, Value> = {};
  const results: StepResult[] = [];
  const posts: Array<(status: JobStatus) => void> = [];
  let status: JobStatus = 'success';
  let log = '';
  const print = (chunk: string) => {
    log += chunk;
    options.onOutput?.(chunk);
  };
  const contexts = (env: Record<string, string>): Record<string, Value> => ({
    github,
    env,
    secrets: { ...options.secrets, GITHUB_TOKEN: fork.githubToken },
    vars: options.vars ?? {},
    inputs: options.inputs ?? {},
    matrix: options.matrix ?? {},
    needs: options.needs ?? {},
    steps,
    job: { status },
    runner: { os: 'Linux', arch: 'X64', temp, tool_cache: tools },
    strategy: { 'fail-fast': job.strategy?.['fail-fast'] ?? true, 'job-index': 0, 'job-total': 1 },
  });
  const scopeFor = (env: Record<string, string>): Scope => ({ contexts: contexts(env), status, workspace });

  const workflowEnv = interpolateAll(workflow.env, scopeFor({}));
  const jobEnv = { ...workflowEnv, ...interpolateAll(job.env, scopeFor(workflowEnv)) };
  // A job whose needs did not all succeed runs only when its `if:` asks for it (`always()`, `failure()`).
  const needsStatus = Object.values(options.needs ?? {}).every((need) => need.result === 'success')
    ? 'success'
    : 'failure';
  if (!evaluateCondition(job.if, { ...scopeFor(jobEnv), status: needsStatus }))
    return {
      status: 'skipped',
      steps: [],
      outputs: {},
      output: '',
      workspace,
      runId,
      durationMs: Date.now() - started,
    };
  const deadline =
    started + minutes(job['timeout-minutes'], scopeFor(jobEnv), 360, `jobs.${options.job}`) * MINUTE;
  const defaults = { ...workflow.defaults?.run, ...job.defaults?.run };

  const runStep = async (step: Step, index: number): Promise<StepResult> => {
    const baseEnv = { ...jobEnv, ...setEnv };
    const stepEnv = { ...baseEnv, ...interpolateAll(step.env, scopeFor(baseEnv)) };
    const scope = scopeFor(stepEnv);
    const name = interpolate(
      step.name ?? (step.uses ? `Run ${step.uses}` : `Run ${step.run?.split('\n')[0] ?? ''}`),
      scope,
    );
    const stepStarted = Date.now();
    const result: StepResult = {
      name,
      id: step.id,
      outcome: 'skipped',
      conclusion: 'skipped',
      exitCode: undefined,
      timedOut: false,
      outputs: {},
      output: '',
      durationMs: 0,
    };
    const write = (chunk: string) => {
      result.output += chunk;
      print(chunk);
    };
    if (Date.now() >= deadline || !evaluateCondition(step.if, scope)) return result;
    print(`##[group]${name}\n`);
    const outputFile = join(temp, `output-${index}`);
    const envFile = join(temp, `env-${index}`);
    const pathFile = join(temp, `path-${index}`);
    let ok = false;
    try {
      const stepLimit =
        minutes(step['timeout-minutes'], scope, Number.POSITIVE_INFINITY, `step "${name}"`) * MINUTE;
      if (step.run !== undefined) {
        if (step.uses !== undefined) throw new Error('a step has either run: or uses:, not both');
        const script = join(temp, `step-${index}.sh`);
        writeFileSync(script, interpolate(step.run, scope));
        for (const file of [outputFile, envFile, pathFile]) writeFileSync(file, '');
        const cwd = resolve(
          workspace,
          interpolate(step['working-directory'] ?? defaults['working-directory'] ?? '.', scope),
        );
        const run = await runScript(shellCommand(step.shell ?? defaults.shell), script, {
          cwd,
          env: {
            ...runnerEnv,
            ...stepEnv,
            PATH: pathVariable(),
            GITHUB_OUTPUT: outputFile,
            GITHUB_ENV: envFile,
            GITHUB_PATH: pathFile,
            GITHUB_STEP_SUMMARY: join(temp, `summary-${index}`),
          },
          timeoutMs: Math.min(stepLimit, deadline - Date.now()),
          onOutput: write,
        });
        result.exitCode = run.code;
        result.timedOut = run.timedOut;
        if (run.timedOut) write(`##[error]The step exceeded its time limit and was cancelled\n`);
        else if (run.code !== 0) write(`##[error]Process completed with exit code ${run.code}.\n`);
        result.outputs = readCommandFile(outputFile);
        setEnv = { ...setEnv, ...readCommandFile(envFile) };
        const paths = readFileSync(pathFile, 'utf8').split('\n').filter(Boolean);
        addedPaths.unshift(...paths.reverse());
        ok = run.code === 0;
      } else if (step.uses !== undefined) {
        result.outputs = runAction(step.uses, {
          inputs: interpolateAll(step.with, scope),
          workspace,
          fork,
          sha: fork.sha,
          branch,
          artifactsDir: join(fork.dir, 'artifacts', runId),
          path: pathVariable(),
          nodes: options.nodes ?? [],
          log: (line) => write(`${line}\n`),
          addPath: (dir) => addedPaths.unshift(dir),
          post: (run) => posts.unshift(run),
        });
        ok = true;
      } else throw new Error('a step needs run: or uses:');
    } catch (error) {
      write(`##[error]${(error as Error).message}\n`);
    }
    result.outcome = ok ? 'success' : 'failure';
    const continueOnError =
      step['continue-on-error'] !== undefined && interpolate(step['continue-on-error'], scope) === 'true';
    result.conclusion = ok || continueOnError ? 'success' : 'failure';
    result.durationMs = Date.now() - stepStarted;
    print('##[endgroup]\n');
    return result;
  };

  for (const [index, step] of job.steps.entries()) {
    const result = await runStep(step, index);
    results.push(result);
    if (step.id)
      steps[step.id] = { outputs: result.outputs, outcome: result.outcome, conclusion: result.conclusion };
    if (result.conclusion === 'failure') status = 'failure';
    if (result.timedOut && Date.now() >= deadline) status = 'cancelled';
  }
  for (const post of posts) {
    try {
      post(status);
    } catch (error) {
      print(`##[error]post step: ${(error as Error).message}\n`);
      if (status === 'success') status = 'failure';
    }
  }
  const outputs = interpolateAll(job.outputs, scopeFor(jobEnv));
  return { status, steps: results, outputs, output: log, workspace, runId, durationMs: Date.now() - started };
}
