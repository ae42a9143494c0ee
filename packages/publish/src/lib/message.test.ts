import { readLastUpdated } from '@joblist/markdown-writer';
import { describe, expect, it } from 'vitest';
import { commitMessage } from './message.ts';

describe('commit message', () => {
  const readme =
    '# Backend developer Jobs 2025\n\n<sub><small>Last updated: Nov 03, 2025 at 20:30 UTC</small></sub>\n';

  it('fills the reference template from the README stamp', () => {
    const updated = readLastUpdated(readme) ?? '';
    expect(commitMessage('Update {role} job listings - {updated}', 'Backend developer', updated)).toBe(
      'Update backend developer job listings - Nov 03, 2025 at 20:30 UTC',
    );
  });

  it('finds no stamp where there is none', () => {
    expect(readLastUpdated('# no stamp')).toBeUndefined();
  });
});
