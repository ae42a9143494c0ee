import type { Project } from '@joblist/config';
import { plural, shardCount } from '@joblist/core-model';
import { syncFiles } from '@joblist/io';

/** Where the publish workflow lives, relative to the project root. */
export const PUBLISH_WORKFLOW_FILE = '.github/workflows/publish.yml';

const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0';
const SETUP_NODE = 'actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444 # v5.0.0';
const CACHE = 'actions/cache@0057852bfaa89a56745cba8c7296529d2fc39830 # v4.3.0';
const CACHE_RESTORE = 'actions/cache/restore@0057852bfaa89a56745cba8c7296529d2fc39830 # v4.3.0';
const CACHE_SAVE = 'actions/cache/save@0057852bfaa89a56745cba8c7296529d2fc39830 # v4.3.0';
const UPLOAD = 'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2';
const DOWNLOAD = 'actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093 # v4.3.0';

/** The `with:` of the snapshot and HTTP cache, saved and restored under the run's key. */
const DATA_CACHE = `          path: |
            data/snapshot.json
            data/.http-cache
          key: joblist-data-\${{ github.run_id }}`;

/** The steps every job that runs joblist starts with: checkout, Node, pnpm. */
const SETUP = `      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - uses: ${SETUP_NODE}
        with:
          node-version: 24
      - name: Install pnpm
        run: npm install --global pnpm@12.4.2`;

/**
 * The text of `.github/workflows/publish.yml` for `shards` build and publish jobs: one `fetch` job (the
 * snapshot, kept in the cache and on the state branch, handed on as an artifact), a matrix of `shards`
 * `publish` jobs (`joblist split`/`publish --shard i/N`, Turbo builds sharing its remote cache when the
 * TURBO_* secrets are set), the failed-sources report and the keepalive. `joblist workflow` writes it.
 */
export function publishWorkflow(shards: number): string {
  if (!Number.isSafeInteger(shards) || shards < 1)
    throw new Error(`shards: expected a whole number of at least 1, received ${shards}`);
  const matrix = Array.from({ length: shards }, (_, index) => index + 1).join(', ');
  return `# Written by \`joblist workflow\` from joblist.config.ts (${shards} shard${shards === 1 ? '' : 's'} = categories / publish.shardSize,
# at most 256, GitHub's matrix limit). Edit the generator (packages/deploy/src/lib/publish-workflow.ts), not
# this file: \`joblist workflow --check\` (and a test) fails when it is out of date.
name: Publish job lists

on:
  schedule:
    - cron: "30 */4 * * *"
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: publish-job-lists
  cancel-in-progress: false

jobs:
  fetch:
    runs-on: ubuntu-latest
    permissions:
      contents: write # pushes the snapshot to the joblist-state branch of this repository
    timeout-minutes: 30
    outputs:
      code: \${{ steps.fetch.outputs.code }}
    steps:
${SETUP}
      # The previous snapshot keeps a failed source's jobs (marked stale) and keeps \`updatedAt\` (and so
      # every README) unchanged when no job changed; the HTTP cache turns unchanged boards into 304s.
      - name: Restore the previous snapshot and HTTP cache
        uses: ${CACHE_RESTORE}
        with:
${DATA_CACHE}
          restore-keys: joblist-data-
      - run: pnpm install --frozen-lockfile
      # The cache can be evicted (7 days unused, 10 GB per repository): the state branch keeps the last
      # snapshot too. \`restore\` writes it only when the cached one is missing or older.
      - name: Restore the snapshot from the state branch
        run: pnpm joblist state restore --remote "https://github.com/\${{ github.repository }}.git"
        env:
          GITHUB_TOKEN: \${{ github.token }}
      - name: Fetch jobs (exit 3 = some sources failed; their previous jobs are kept, marked stale)
        id: fetch
        run: |
          set +e
          pnpm joblist fetch
          code=$?
          echo "code=$code" >> "$GITHUB_OUTPUT"
          [ "$code" -eq 0 ] || [ "$code" -eq 3 ]
      - name: Save the snapshot and HTTP cache for the next run
        if: always() && hashFiles('data/snapshot.json') != ''
        uses: ${CACHE_SAVE}
        with:
${DATA_CACHE}
      - name: Save the snapshot on the state branch (no force; unchanged bytes add no commit)
        if: always() && hashFiles('data/snapshot.json') != ''
        run: pnpm joblist state save --remote "https://github.com/\${{ github.repository }}.git"
        env:
          GITHUB_TOKEN: \${{ github.token }}
      - name: Hand the snapshot to the publish jobs
        uses: ${UPLOAD}
        with:
          name: snapshot
          path: data/snapshot.json
          if-no-files-found: error
          retention-days: 1

  # One job per shard: each builds and publishes the categories core-model's \`shardOf\` gives it.
  publish:
    needs: fetch
    runs-on: ubuntu-latest
    timeout-minutes: 30
    strategy:
      fail-fast: false
      matrix:
        shard: [${matrix}]
    env:
      SHARD: \${{ matrix.shard }}/${shards}
      # Turbo's remote cache, signed (turbo.json remoteCache.signature); unset, each job has its local cache only.
      TURBO_API: \${{ vars.TURBO_API }}
      TURBO_TEAM: \${{ vars.TURBO_TEAM }}
      TURBO_TOKEN: \${{ secrets.TURBO_TOKEN }}
      TURBO_REMOTE_CACHE_SIGNATURE_KEY: \${{ secrets.TURBO_REMOTE_CACHE_SIGNATURE_KEY }}
    steps:
${SETUP}
      - name: Restore the Turbo cache
        uses: ${CACHE}
        with:
          path: .turbo/cache
          key: turbo-publish-\${{ runner.os }}-\${{ matrix.shard }}-of-${shards}-\${{ github.run_id }}
          restore-keys: turbo-publish-\${{ runner.os }}-\${{ matrix.shard }}-of-${shards}-
      - run: pnpm install --frozen-lockfile
      - name: Take the snapshot of this run
        uses: ${DOWNLOAD}
        with:
          name: snapshot
          path: data
      # \`joblist split --shard\` writes this shard's slices; \`joblist shard --filters\` names their packages for Turbo.
      - name: Build shard \${{ matrix.shard }} of ${shards}
        run: |
          pnpm joblist split --shard "$SHARD"
          filters=$(pnpm exec joblist shard --shard "$SHARD" --filters)
          if [ -n "$filters" ]; then pnpm turbo run build $filters; fi
      - name: Publish shard \${{ matrix.shard }} of ${shards} to its category repositories
        # GitHub's limits are waited for until minute 25, within the job's 30: the rest is deferred to the next run.
        run: pnpm joblist publish --shard "$SHARD" --deadline-minutes 25 --remote 'https://github.com/{org}/{repo}.git'
        env:
          # A GitHub App (recommended; README "GitHub App") when JOBLIST_APP_ID is set, else the token.
          JOBLIST_APP_ID: \${{ vars.JOBLIST_APP_ID }}
          JOBLIST_APP_INSTALLATION_ID: \${{ vars.JOBLIST_APP_INSTALLATION_ID }}
          JOBLIST_APP_PRIVATE_KEY: \${{ secrets.JOBLIST_APP_PRIVATE_KEY }}
          GITHUB_TOKEN: \${{ secrets.JOBLIST_TOKEN }}

  sources:
    needs: [fetch, publish]
    if: always() && needs.fetch.outputs.code == '3'
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
      - name: Fail the run when sources failed (after publishing what was fetched)
        run: |
          echo "::error::some sources failed; see the fetch job (their previous jobs were kept)"
          exit 1

  # GitHub disables a scheduled workflow after 60 days without activity in the repository. Enabling it
  # through the API (even when it is enabled) restarts that count; this needs no commit, no checkout and
  # no write access to the code, only permission to manage this repository's workflows, for this job alone.
  keepalive:
    if: github.event_name == 'schedule'
    runs-on: ubuntu-latest
    timeout-minutes: 5
    permissions:
      actions: write
    steps:
      - name: Keep the schedule enabled
        run: gh api --method PUT "repos/\${GITHUB_REPOSITORY}/actions/workflows/publish.yml/enable"
        env:
          GH_TOKEN: \${{ github.token }}
`;
}

/**
 * Writes `publish.yml` for the project's shard count (ceil(categories / publish.shardSize)), or with
 * `check` writes nothing; says which, and returns false when `check` found it missing or stale.
 */
export async function syncPublishWorkflow(project: Project, check: boolean | undefined): Promise<boolean> {
  const shards = shardCount(project.categories.length, project.site.publish.shardSize);
  const count = plural(shards, 'shard');
  const files = [{ path: PUBLISH_WORKFLOW_FILE, text: publishWorkflow(shards) }];
  const stale = await syncFiles(project.root, files, { check });
  if (stale.length === 0) console.log(`${PUBLISH_WORKFLOW_FILE} up to date (${count})`);
  else if (!check) console.log(`wrote ${PUBLISH_WORKFLOW_FILE} (${count})`);
  else {
    console.error(
      `${PUBLISH_WORKFLOW_FILE} is stale (run \`joblist workflow\`): the config asks for ${count}`,
    );
    return false;
  }
  return true;
}
