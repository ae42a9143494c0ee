import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './_helpers/cli.ts';

describe('publish.yml keeps the snapshot on the state branch', () => {
  const text = readFileSync(join(ROOT, '.github/workflows/publish.yml'), 'utf8');
  const at = (needle: string | RegExp) => {
    const index = typeof needle === 'string' ? text.indexOf(needle) : text.search(needle);
    expect(index, String(needle)).toBeGreaterThan(-1);
    return index;
  };

  it('restores it after the install and before fetch, saves it after fetch even when fetch failed', () => {
    const restore = at('pnpm joblist state restore');
    const save = at('pnpm joblist state save');
    expect(at('pnpm install --frozen-lockfile')).toBeLessThan(restore);
    expect(restore).toBeLessThan(at('pnpm joblist fetch'));
    expect(at('pnpm joblist fetch')).toBeLessThan(save);
    expect(text.slice(0, save)).toMatch(
      /if: always\(\) && hashFiles\('data\/snapshot\.json'\) != ''\n\s+run: $/u,
    );
    // Both talk to this repository itself, over https.
    expect(
      text.match(
        /state (?:restore|save) --remote "https:\/\/github\.com\/\$\{\{ github\.repository \}\}\.git"/gu,
      ),
    ).toHaveLength(2);
    expect(text).toMatch(/permissions:\n\s+contents: write/u);
    expect(text.match(/GITHUB_TOKEN: \$\{\{ github\.token \}\}/gu)).toHaveLength(2);
  });
});
