import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseOrThrow } from '@joblist/core-model';
import * as v from 'valibot';
import { parse } from 'yaml';
import type { Fork } from './fork.ts';

/** A YAML scalar a workflow may write where text is meant (`node-version: 24`, `if: true`), as text. */
const Text = v.pipe(
  v.union([v.string(), v.number(), v.boolean()]),
  v.transform((value) => String(value)),
);
const TextMap = v.record(v.string(), Text);

const RunDefaults = v.strictObject({
  run: v.optional(
    v.strictObject({ shell: v.optional(v.string()), 'working-directory': v.optional(v.string()) }),
  ),
});

/** One step: a `run:` script or a `uses:` action (the keys a runner reads; any other key is an error). */
export const StepSchema = v.strictObject({
  id: v.optional(v.string()),
  name: v.optional(v.string()),
  if: v.optional(Text),
  run: v.optional(v.string()),
  shell: v.optional(v.string()),
  'working-directory': v.optional(v.string()),
  uses: v.optional(v.string()),
  with: v.optional(TextMap),
  env: v.optional(TextMap),
  'timeout-minutes': v.optional(Text),
  'continue-on-error': v.optional(Text),
});
/** One step of a job. */
export type Step = v.InferOutput<typeof StepSchema>;

/** One job: what the harness runs (`runs-on`, `permissions`, `concurrency` are kept for static checks). */
export const JobSchema = v.strictObject({
  name: v.optional(v.string()),
  'runs-on': v.optional(v.union([v.string(), v.array(v.string())])),
  permissions: v.optional(v.union([v.string(), v.record(v.string(), v.string())])),
  needs: v.optional(v.union([v.string(), v.array(v.string())])),
  if: v.optional(Text),
  'timeout-minutes': v.optional(Text),
  'continue-on-error': v.optional(Text),
  strategy: v.optional(
    v.strictObject({
      'fail-fast': v.optional(v.boolean()),
      'max-parallel': v.optional(v.number()),
      matrix: v.optional(v.record(v.string(), v.unknown())),
    }),
  ),
  concurrency: v.optional(v.unknown()),
  env: v.optional(TextMap),
  defaults: v.optional(RunDefaults),
  outputs: v.optional(TextMap),
  steps: v.array(StepSchema),
});
/** One job of a workflow. */
export type Job = v.InferOutput<typeof JobSchema>;

/** A workflow file: its triggers, defaults and jobs. */
export const WorkflowSchema = v.strictObject({
  name: v.optional(v.string()),
  'run-name': v.optional(v.string()),
  on: v.unknown(),
  permissions: v.optional(v.union([v.string(), v.record(v.string(), v.string())])),
  concurrency: v.optional(v.unknown()),
  env: v.optional(TextMap),
  defaults: v.optional(RunDefaults),
  jobs: v.record(v.string(), JobSchema),
});
/** A parsed workflow file. */
export type Workflow = v.InferOutput<typeof WorkflowSchema>;

/** Parses and checks a workflow's text; an unknown key or a malformed value is an error naming `file` and the field. */
export function parseWorkflow(text: string, file: string): Workflow {
  return parseOrThrow(WorkflowSchema, parse(text), file);
}

/** Reads and checks a workflow file (see {@link parseWorkflow}). */
export function readWorkflow(file: string): Workflow {
  return parseWorkflow(readFileSync(file, 'utf8'), file);
}

/** Reads and checks a workflow file of the fork's commit under test (see {@link parseWorkflow}). */
export function workflowAtCommit(fork: Fork, file: string): Workflow {
  const text = execFileSync(
    'git',
    ['--git-dir', fork.repositoryPath(fork.repository), 'show', `${fork.sha}:${file}`],
    {
      encoding: 'utf8',
    },
  );
  return parseWorkflow(text, file);
}
