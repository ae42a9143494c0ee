import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { SourceAdapter } from '../types.ts';
import { planSources } from './plan-sources.ts';

const boardSource: SourceAdapter = {
  type: 'board',
  options: v.strictObject({
    type: v.literal('board'),
    board: v.pipe(v.string(), v.nonEmpty('must not be empty')),
    categories: v.optional(v.array(v.string())),
  }),
  id: (options) => `board:${(options as { board: string }).board}`,
  fetch: async () => ({ jobs: [], rejected: [] }),
};
const registry = new Map([[boardSource.type, boardSource]]);

describe('planSources', () => {
  it('plans valid entries with their id, options and categories', () => {
    const [plan] = planSources(
      [{ type: 'board', board: 'acme', categories: ['backend'] }],
      registry,
      'site.ts',
    );
    expect(plan).toMatchObject({
      index: 0,
      id: 'board:acme',
      categories: ['backend'],
      options: { board: 'acme' },
    });
  });

  it('names the file, the source index and the field of every problem', () => {
    const configs = [
      { type: 'board', board: 'ok' },
      { type: 'board', board: '' },
      { type: 'nope' },
      { board: 'x' },
      { type: 'board', board: 'y', bord: 'typo' },
    ];
    expect(() => planSources(configs, registry, 'joblist.config.ts')).toThrow(
      /^joblist\.config\.ts: invalid \(records 1, 2, 3, 4\)\n {2}- sources\.1\.board: must not be empty[^\n]*\n {2}- sources\.2\.type: unknown source type \(known: board\)[^\n]*\n {2}- sources\.3\.type: [^\n]*\n {2}- sources\.4\.bord: /u,
    );
  });

  it('rejects two sources with the same id', () => {
    const configs = [
      { type: 'board', board: 'acme' },
      { type: 'board', board: 'acme' },
    ];
    expect(() => planSources(configs, registry, 'sources.json')).toThrow(
      /sources\.1: has the same source id as sources\.0/u,
    );
  });
});
