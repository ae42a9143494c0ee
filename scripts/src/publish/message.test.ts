import { describe, expect, it } from 'vitest';
import { commitMessage, formatUpdatedStamp, parseUpdatedStamp, readLastUpdated } from './message.ts';

describe('commit message', () => {
  const readme =
    '# Backend developer Jobs 2025\n\n<sub><small>Last updated: Nov 03, 2025 at 20:30 UTC</small></sub>\n';

  it('fills the reference template from the README stamp', () => {
    const updated = readLastUpdated(readme) ?? '';
    expect(commitMessage('Update {role} job listings - {updated}', 'Backend developer', updated)).toBe(
      'Update backend developer job listings - Nov 03, 2025 at 20:30 UTC',
    );
  });

  it('parses and formats the stamp both ways', () => {
    const time = parseUpdatedStamp('Nov 03, 2025 at 20:30 UTC');
    expect(time?.toISOString()).toBe('2025-11-03T20:30:00.000Z');
    expect(formatUpdatedStamp(new Date('2026-01-09T04:05:00Z'))).toBe('Jan 09, 2026 at 04:05 UTC');
    expect(parseUpdatedStamp('yesterday')).toBeUndefined();
    expect(readLastUpdated('# no stamp')).toBeUndefined();
  });
});
