import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFork, type Fork, runJob } from '../src/index.ts';
import { sourceRepository } from './_source.ts';

const SECRET = 'canary-secret-1234567890';
let source: string;

const STEPS_WORKFLOW = `
name: steps
on: workflow_dispatch
env:
  LEVEL: workflow
jobs:
  steps:
    runs-on: ubuntu-latest
    env:
      LEVEL: job
      FROM_JOB: \${{ github.repository }}
    steps:
      - uses: actions/checkout@0000000000000000000000000000000000000000 # v5
        with:
          persist-credentials: false
      - id: first
        run: |
          echo "level=$LEVEL from_job=$FROM_JOB step=$STEP"
          echo "code=3" >> "$GITHUB_OUTPUT"
          printf 'multi<<EOF\\nline 1\\nline 2\\nEOF\\n' >> "$GITHUB_OUTPUT"
          echo "LATER=set-by-env-file" >> "$GITHUB_ENV"
          mkdir -p "$RUNNER_TEMP/bin" && printf '#!/bin/sh\\necho tool ran\\n' > "$RUNNER_TEMP/bin/harness-tool" && chmod +x "$RUNNER_TEMP/bin/harness-tool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
        env:
          STEP: \${{ matrix.node }}
      - name: Uses outputs, env and path (\${{ steps.first.outputs.code }})
        if: steps.first.outputs.code == '3'
        working-directory: sub
        run: |
          echo "cwd=$(basename "$PWD") later=$LATER multi=\${{ steps.first.outputs.multi }}"
          harness-tool
          cat ../uncommitted.txt
          test -n "$GITHUB_ACTIONS" && test "$CI" = true
      - name: Skipped
        if: steps.first.outputs.code == '0'
        run: echo never
      - name: Secret used, never printed
        run: test "$TOKEN" = "${SECRET}" && echo "secret length \${#TOKEN}"
        env:
          TOKEN: \${{ secrets.TOKEN }}
      - name: Fails but continues
        continue-on-error: true
        run: exit 4
      - name: Fails
        run: |
          echo before
          false
          echo never printed
      - name: Runs only on failure
        if: failure()
        run: echo failure seen
      - name: Skipped after a failure
        run: echo never
      - name: Always
        if: always()
        run: echo always ran
`;

const MISC_WORKFLOW = `
on: push
jobs:
  slow:
    runs-on: ubuntu-latest
    steps:
      - name: Limited
        timeout-minutes: 0.02
        run: sleep 30 & sleep 30
      - name: After the timeout
        if: always()
        run: echo after
  unknown:
    runs-on: ubuntu-latest
    steps:
      - uses: someone/unknown-action@v1
      - uses: actions/setup-node@v5
        if: always()
        with:
          node-version: 24
          cache: pnpm
  scheduled:
    if: github.event_name == 'schedule'
    runs-on: ubuntu-latest
    steps:
      - run: echo scheduled
  node:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node: ["99", "current"]
    steps:
      - id: setup
        uses: actions/setup-node@v5
        with:
          node-version: \${{ matrix.node == 'current' && '${process.versions.node.split('.')[0]}' || matrix.node }}
      - run: echo "node $(node --version) setup=\${{ steps.setup.outputs.node-version }}"
  checkout-default:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - run: echo checked out
  cache:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          persist-credentials: false
      - id: cache
        uses: actions/cache@v4
        with:
          path: |
            state/data.txt
          key: data-\${{ github.run_id }}
          restore-keys: data-
      - run: |
          echo "hit=\${{ steps.cache.outputs.cache-hit }} before=$(cat state/data.txt 2>/dev/null || echo none)"
          mkdir -p state && echo "run \${{ github.run_id }}" > state/data.txt
  upload:
    runs-on: ubuntu-latest
    steps:
      - run: mkdir -p data && echo '{"jobs":1}' > data/snapshot.json
      - uses: actions/upload-artifact@v4
        with: { name: snapshot, path: data/snapshot.json }
  download:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with: { name: snapshot, path: data }
      - run: cat data/snapshot.json
`;

let fork: Fork;
beforeAll(() => {
  source = sourceRepository({
    '.github/workflows/steps.yml': STEPS_WORKFLOW,
    '.github/workflows/misc.yml': MISC_WORKFLOW,
    'sub/.keep': '',
  });
  fork = createFork({ source });
});
afterAll(() => {
  fork.cleanup();
  rmSync(source, { recursive: true, force: true });
});

describe('runJob', () => {
  it('runs steps in order with env, GITHUB_OUTPUT/ENV/PATH, if:, working-directory, continue-on-error and failure', async () => {
    const result = await runJob(fork, {
      workflow: '.github/workflows/steps.yml',
      job: 'steps',
      secrets: { TOKEN: SECRET },
    });
    const byName = Object.fromEntries(result.steps.map((step) => [step.name, step]));
    expect(result.status).toBe('failure');
    expect(result.steps.map((step) => step.outcome)).toEqual([
      'success',
      'success',
      'success',
      'skipped',
      'success',
      'failure',
      'failure',
      'success',
      'skipped',
      'success',
    ]);
    expect(result.steps[1]?.output).toContain('level=job from_job=joblist-test/joblist step=\n');
    expect(result.steps[1]?.outputs).toEqual({ code: '3', multi: 'line 1\nline 2' });
    const uses = byName['Uses outputs, env and path (3)'];
    expect(uses?.output).toContain('cwd=sub later=set-by-env-file multi=line 1\nline 2\ntool ran\n');
    expect(uses?.output).toContain('in the working tree only');
    expect(byName['Fails but continues']?.conclusion).toBe('success');
    expect(byName.Fails?.exitCode).toBe(1);
    expect(byName.Fails?.output).toContain('before\n');
    expect(byName.Fails?.output).not.toContain('never printed');
    expect(result.output).toContain('failure seen');
    expect(result.output).toContain('always ran');
    expect(result.output).toContain(`secret length ${SECRET.length}`);
    expect(result.output).not.toContain(SECRET);
  });

  it('kills a step and its processes at timeout-minutes, then goes on with always() steps', async () => {
    const started = Date.now();
    const result = await runJob(fork, { workflow: '.github/workflows/misc.yml', job: 'slow', event: 'push' });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.steps[0]).toMatchObject({ outcome: 'failure', timedOut: true, exitCode: null });
    expect(result.steps[1]?.output).toContain('after');
    expect(result.status).toBe('failure');
  });

  it('fails clearly on an action or an input it has no stand-in for', async () => {
    const result = await runJob(fork, { workflow: '.github/workflows/misc.yml', job: 'unknown' });
    expect(result.steps[0]?.output).toContain('uses: someone/unknown-action@v1: no stand-in for this action');
    expect(result.steps[0]?.outcome).toBe('failure');
    expect(result.status).toBe('failure');
    expect(result.steps[1]?.output).toContain(
      "uses: actions/setup-node@v5: input cache is not implemented by the harness's actions/setup-node",
    );
  });

  it('skips a job whose if: is false, and needs a matrix combination for a matrix job', async () => {
    const workflow = '.github/workflows/misc.yml';
    expect((await runJob(fork, { workflow, job: 'scheduled', event: 'workflow_dispatch' })).status).toBe(
      'skipped',
    );
    expect((await runJob(fork, { workflow, job: 'scheduled', event: 'schedule' })).status).toBe('success');
    await expect(runJob(fork, { workflow, job: 'node' })).rejects.toThrow(/has a matrix/u);
  });

  it('setup-node uses the Node asked for when the machine has it, else says which Node runs', async () => {
    const workflow = '.github/workflows/misc.yml';
    const current = await runJob(fork, { workflow, job: 'node', matrix: { node: 'current' } });
    expect(current.steps[1]?.output).toContain(`node ${process.version} setup=${process.version}`);
    const missing = await runJob(fork, { workflow, job: 'node', matrix: { node: '99' } });
    expect(missing.status).toBe('success');
    expect(missing.steps[0]?.output).toMatch(
      /::warning::setup-node: Node 99 is not on this machine; the run uses Node v\d+/u,
    );
  });

  it('checkout persists the token in .git/config unless persist-credentials: false, as the real action does', async () => {
    const leaky = await runJob(fork, { workflow: '.github/workflows/misc.yml', job: 'checkout-default' });
    expect(readFileSync(join(leaky.workspace, '.git/config'), 'utf8')).toContain(
      Buffer.from(`x-access-token:${fork.githubToken}`).toString('base64'),
    );
    const clean = await runJob(fork, { workflow: '.github/workflows/misc.yml', job: 'cache' });
    expect(readFileSync(join(clean.workspace, '.git/config'), 'utf8')).not.toContain('extraheader');
  });

  it('caches: a new fork restores nothing; the next run restores by restore-keys prefix', async () => {
    const own = createFork({ source });
    try {
      const first = await runJob(own, { workflow: '.github/workflows/misc.yml', job: 'cache', runId: '1' });
      expect(first.status).toBe('success');
      expect(first.steps[2]?.output).toContain('hit=false before=none');
      const second = await runJob(own, { workflow: '.github/workflows/misc.yml', job: 'cache', runId: '2' });
      expect(second.steps[2]?.output).toContain('hit=false before=run 1');
      expect(second.steps[1]?.output).toContain('cache restored from key: data-1');
    } finally {
      own.cleanup();
    }
  });

  it('hands artifacts from one job of a run to the next', async () => {
    const upload = await runJob(fork, {
      workflow: '.github/workflows/misc.yml',
      job: 'upload',
      runId: 'artifacts',
    });
    expect(upload.status).toBe('success');
    const download = await runJob(fork, {
      workflow: '.github/workflows/misc.yml',
      job: 'download',
      runId: 'artifacts',
    });
    expect(download.steps[1]?.output).toContain('{"jobs":1}');
    expect(existsSync(join(download.workspace, 'data/snapshot.json'))).toBe(true);
  });
});
