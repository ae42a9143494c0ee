import { describe, expect, it } from 'vitest';
import { formatUpdated, parseUpdated } from './format.ts';

describe('the "Last updated" stamp', () => {
  it('parses and formats the stamp both ways', () => {
    const time = parseUpdated('Nov 03, 2025 at 20:30 UTC');
    expect(time?.toISOString()).toBe('2025-11-03T20:30:00.000Z');
    expect(formatUpdated(new Date('2026-01-09T04:05:00Z'))).toBe('Jan 09, 2026 at 04:05 UTC');
    expect(parseUpdated('yesterday')).toBeUndefined();
    expect(parseUpdated('Foo 03, 2025 at 20:30 UTC')).toBeUndefined();
  });
});
