import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { SiteSchema } from '@joblist/core-model';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { INIT_TEMPLATE, newSite, siteConfigSource } from './init.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');
const options = {
  org: 'acme-jobs',
  brand: { name: "Acme's Jobs", url: 'https://jobs.example.org', email: 'jobs@example.org' },
  sources: [{ type: 'greenhouse', board: 'acme' }],
  categories: ['full-stack', 'frontend', 'backend', 'software-engineering'],
  remote: 'https://github.com/{org}/{repo}.git',
};

describe('newSite', () => {
  it('makes a valid site with the default template and the given remote', () => {
    const site = newSite(options);
    expect(v.parse(SiteSchema, site)).toMatchObject({
      github: { org: 'acme-jobs' },
      template: INIT_TEMPLATE,
      publish: { remote: options.remote },
    });
  });

  it('refuses what the config would refuse, naming the field', () => {
    expect(() => newSite({ ...options, org: 'acme/jobs' })).toThrow(/joblist\.config\.ts.*github\.org/su);
  });
});

describe('siteConfigSource', () => {
  it('writes TypeScript in the repository’s own format (Biome leaves it as it is)', () => {
    const source = siteConfigSource(newSite(options));
    expect(source).toContain(`name: "Acme's Jobs",`);
    const formatted = execFileSync(
      join(ROOT, 'node_modules/.bin/biome'),
      ['format', '--stdin-file-path=joblist.config.ts'],
      {
        cwd: ROOT,
        input: source,
        encoding: 'utf8',
      },
    );
    expect(formatted).toBe(source);
  });
});
