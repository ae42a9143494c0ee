import { readFile, writeFile } from 'node:fs/promises';
import { loadProject } from '@joblist/config';
import type { Snapshot } from '@joblist/core-model';
import { parseEcbRates } from '@joblist/sources';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ReplayServer, startReplayServer } from '../../packages/sources/test/_helpers/replay-server.ts';
import { type FetchArgs, fetchProject } from '../src/commands/fetch.ts';
import { createTempProject } from './_helpers/fetch-project.ts';

/** The ECB-format daily rates the sources tests replay. */
const XML = await readFile(
  new URL('../../packages/sources/test/fixtures/ecb-eurofxref-daily.xml', import.meta.url),
  'utf8',
);
const PATH = '/stats/eurofxref/eurofxref-daily.xml';

/** `joblist fetch` of the project `config` names, without retries; its exit code. */
const fetchOnce = async (args: FetchArgs & { config: string }) =>
  (await fetchProject(loadProject(args.config), args, { retries: 0 })).code;

describe('joblist fetch pins the rates in the snapshot', () => {
  let server: ReplayServer;
  beforeAll(async () => {
    server = await startReplayServer({ [PATH]: [{ body: XML }, { status: 500 }] });
  });
  afterAll(() => server.close());

  it('writes the fetched rates, then keeps them when the next fetch fails', async () => {
    const project = await createTempProject([]);
    const config = await readFile(project.configFile, 'utf8');
    const url = `${server.url}${PATH}`;
    const salary = `"salary": { "currency": "EUR", "rates": { "url": "${url}" } }`;
    await writeFile(project.configFile, config.replace('"sources": []', `"sources": [], ${salary}`));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const args = {
        config: project.configFile,
        'cache-dir': project.cacheDir,
        now: '2026-11-27T20:30:00Z',
        'allow-loopback': true,
      };
      expect(await fetchOnce(args)).toBe(0);
      const first = JSON.parse(await readFile(project.out, 'utf8')) as Snapshot;
      expect(first.rates).toEqual(parseEcbRates(XML, url));

      expect(await fetchOnce(args)).toBe(0);
      const second = JSON.parse(await readFile(project.out, 'utf8')) as Snapshot;
      expect(second.rates).toEqual(first.rates);
      expect(errors.mock.calls.flat().join('\n')).toMatch(
        /exchange rates: .*500.*; the rates of 2026-11-27 are kept/u,
      );
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('refuses a 400-digit rate at fetch: the last rates stay and the next fetch still reads the snapshot (issue 19, row 8)', async () => {
    const bad = XML.replace("rate='1.25'", `rate='1${'0'.repeat(400)}'`);
    const badServer = await startReplayServer({ [PATH]: [{ body: XML }, { body: bad }] });
    const project = await createTempProject([]);
    const config = await readFile(project.configFile, 'utf8');
    const salary = `"salary": { "currency": "EUR", "rates": { "url": "${badServer.url}${PATH}" } }`;
    await writeFile(project.configFile, config.replace('"sources": []', `"sources": [], ${salary}`));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const args = { config: project.configFile, now: '2026-11-27T20:30:00Z', 'allow-loopback': true };
      expect(await fetchOnce(args)).toBe(0);
      expect(await fetchOnce(args)).toBe(0);
      const text = await readFile(project.out, 'utf8');
      expect(text).not.toContain('null');
      expect((JSON.parse(text) as Snapshot).rates?.rates.USD).toBe(1.25);
      expect(errors.mock.calls.flat().join('\n')).toMatch(/the rate of USD is not a finite number above 0/u);
      expect(await fetchOnce(args)).toBe(0);
    } finally {
      vi.restoreAllMocks();
      await badServer.close();
    }
  });
});
