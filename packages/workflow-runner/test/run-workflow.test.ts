import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFork, type Fork, runWorkflow } from '../src/index.ts';
import { sourceRepository } from './_source.ts';

const SHARDED = `
on: workflow_dispatch
jobs:
  report:
    needs: [fetch, shards]
    if: always() && needs.fetch.outputs.count == '3'
    runs-on: ubuntu-latest
    steps:
      - run: echo "fetch=\${{ needs.fetch.result }} shards=\${{ needs.shards.result }} last=\${{ needs.shards.outputs.last }}"
  fetch:
    runs-on: ubuntu-latest
    outputs:
      count: \${{ steps.write.outputs.count }}
    steps:
      - id: write
        run: mkdir -p data && echo 'three jobs' > data/snapshot.json && echo "count=3" >> "$GITHUB_OUTPUT"
      - uses: actions/upload-artifact@v4
        with: { name: snapshot, path: data/snapshot.json }
  shards:
    needs: fetch
    runs-on: ubuntu-latest
    strategy:
      matrix:
        shard: [1, 2, 3]
    env:
      SHARD: \${{ matrix.shard }}/3
    outputs:
      last: \${{ steps.build.outputs.shard }}
    steps:
      - uses: actions/download-artifact@v4
        with: { name: snapshot, path: data }
      - id: build
        run: |
          echo "shard $SHARD of \${{ needs.fetch.outputs.count }}: $(cat data/snapshot.json)"
          echo "shard=$SHARD" >> "$GITHUB_OUTPUT"
          test "\${{ matrix.shard }}" != 2
  after-shards:
    needs: shards
    runs-on: ubuntu-latest
    steps:
      - run: echo never
`;

let source: string;
let fork: Fork;
beforeAll(() => {
  source = sourceRepository({ '.github/workflows/sharded.yml': SHARDED });
  fork = createFork({ source });
});
afterAll(() => {
  fork.cleanup();
  rmSync(source, { recursive: true, force: true });
});

describe('runWorkflow', () => {
  it('runs jobs in needs order, a matrix entry by entry with matrix.*, artifacts and outputs handed on', async () => {
    const run = await runWorkflow(fork, { workflow: '.github/workflows/sharded.yml', runId: 'sharded' });
    expect(Object.keys(run.jobs)).toEqual(['fetch', 'shards', 'report', 'after-shards']);
    expect(run.jobs.fetch).toMatchObject({ result: 'success', outputs: { count: '3' } });
    const shards = run.jobs.shards?.runs ?? [];
    expect(shards.map((entry) => entry.status)).toEqual(['success', 'failure', 'success']);
    expect(shards.map((entry) => entry.steps[1]?.output.split('\n')[0])).toEqual([
      'shard 1/3 of 3: three jobs',
      'shard 2/3 of 3: three jobs',
      'shard 3/3 of 3: three jobs',
    ]);
    expect(run.jobs.shards?.result).toBe('failure');
    // A failed need skips a job, unless its if: asks for always().
    expect(run.jobs['after-shards']?.result).toBe('skipped');
    expect(run.jobs.report?.runs[0]?.steps[0]?.output).toContain('fetch=success shards=failure last=3/3');
    expect(run.status).toBe('failure');
  }, 60_000);

  it('runs only the jobs asked for and those they need; an unknown need is an error', async () => {
    const run = await runWorkflow(fork, { workflow: '.github/workflows/sharded.yml', jobs: ['fetch'] });
    expect(Object.keys(run.jobs)).toEqual(['fetch']);
    await expect(
      runWorkflow(fork, { workflow: '.github/workflows/sharded.yml', jobs: ['nope'] }),
    ).rejects.toThrow('the run needs "nope", which is not a job of the workflow');
  }, 60_000);
});
