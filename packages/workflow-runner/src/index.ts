export { createFork, type Fork, type ForkOptions } from './lib/fork.ts';
export { type JobResult, type RunJobOptions, runJob, type StepResult } from './lib/run-job.ts';
export {
  type RunWorkflowOptions,
  runWorkflow,
  type WorkflowJobResult,
  type WorkflowResult,
} from './lib/run-workflow.ts';
export { type RemoteCacheServer, startRemoteCache } from './lib/turbo-cache.ts';
export { type Job, readWorkflow, type Step, type Workflow } from './lib/workflow.ts';
